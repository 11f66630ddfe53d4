/**
 * Text stays text. Two lines of defence: the checker refuses anything that looks like an HTML tag
 * or entity in a text field (see the guide-fee-html, guide-html-in-title and body fixtures), and
 * whatever text does reach a page is escaped by Astro, so "<", ">", "&" and quotes that are
 * allowed (e.g. "Trẻ < 6 tuổi") are shown as characters and never parsed as markup.
 */
import { describe, expect, it } from 'vitest';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import ProcedureGuide from '../../src/components/ProcedureGuide.astro';
import ReviewList from '../../src/components/ReviewList.astro';
import { procedureView } from '../../src/data/procedures.ts';
import { reviewData } from '../../src/data/review.ts';
import type { ContentSet } from '../../src/checks/content-set.ts';
import { ProcedureSchema, type Procedure, type Settings } from '../../src/schemas/index.ts';
import { parseWithFriendlyErrors } from '../../src/schemas/friendly-errors.ts';
import { validProcedure } from '../valid-procedure.ts';

const SCRIPT = '<script>alert("x")</script>';
const BOLD = '<b>Miễn phí</b>';

function contentWith(data: Procedure): ContentSet {
  const one = <T>(id: string, file: string, d: T) => [{ id, file, data: d }];
  return {
    procedures: one('thu', 'content/procedures/thu.md', data),
    documents: one('giay-chung-sinh', 'content/documents/giay-chung-sinh.json', {
      name: 'Giấy chứng sinh',
      aliases: [],
      description: 'x',
      sources: [],
      draft: false,
    }),
    metrics: [],
    sources: one('tong-hop-quy-dinh-2026', 'content/sources/t.json', { publisher: 'P', title: 'T', date: 2026, kind: 'office' as const }),
    fields: one('ho-tich', 'content/fields.json', { id: 'ho-tich', name: 'Hộ tịch' }),
    agencies: [
      { id: 'ubnd-phuong', file: 'content/agencies.json', data: { id: 'ubnd-phuong', name: 'UBND phường', kind: 'office' as const } },
      {
        id: 'diem-phuc-vu-hcc-phuong',
        file: 'content/agencies.json',
        data: { id: 'diem-phuc-vu-hcc-phuong', name: 'Điểm', kind: 'office' as const },
      },
    ],
    lifeEvents: [],
    searchWords: [],
  };
}
const settings = {
  siteName: 'S',
  officeName: 'O',
  address: 'A',
  openingHours: ['H'],
  hotlines: [{ number: '1', label: 'L' }],
  siteUrl: 'https://example.vn',
  editBaseUrl: 'https://example.invalid/edit/content/',
} satisfies Settings;

async function renderGuide(data: Procedure): Promise<string> {
  const container = await AstroContainer.create();
  return container.renderToString(ProcedureGuide, {
    props: { procedure: procedureView(contentWith(data), 'thu', settings), settings },
    slots: { default: '<p>Lưu ý.</p>' },
  });
}

describe('text stays text', () => {
  it('the checker refuses a tag in any text field: title, fee note, step, condition', () => {
    const cases: [string, object][] = [
      ['title', { title: `Khai sinh ${SCRIPT}` }],
      ['fees[0].note', { fees: [{ name: 'Lệ phí', amountVnd: 0, note: BOLD }] }],
      ['steps[0].detail', { steps: [{ title: 'Nộp', detail: '<img src=x onerror=alert(1)>' }] }],
      ['conditions[0]', { conditions: ['<a href="javascript:alert(1)">bấm</a>'] }],
      ['summary', { summary: 'Tóm tắt &lt;b&gt; đã mã hóa' }],
    ];
    for (const [field, extra] of cases) {
      const r = parseWithFriendlyErrors(ProcedureSchema, { ...validProcedure, ...extra }, 'content/procedures/x.md');
      expect(r.ok, field).toBe(false);
      if (!r.ok) expect(r.problems[0]).toMatchObject({ field, message: expect.stringMatching(/HTML/) as unknown });
    }
  });

  it('allows "<", ">", "&" and quotes used as text, and the page shows them as characters', async () => {
    const data = ProcedureSchema.parse({
      ...validProcedure,
      title: 'Khai sinh cho trẻ < 6 tuổi & "cha mẹ"',
      fees: [{ name: 'Lệ phí > 60 ngày', amountVnd: 5000, note: "Theo NQ 06/2020 (a < b & c's)" }],
    });
    const html = await renderGuide(data);
    expect(html).toContain('Khai sinh cho trẻ &lt; 6 tuổi &amp; &quot;cha mẹ&quot;');
    expect(html).toContain('Theo NQ 06/2020 (a &lt; b &amp; c&#39;s)');
  });

  it('even markup that got past the checker is escaped on the page, never run: title, fee note, requirement', async () => {
    const data = ProcedureSchema.parse(validProcedure);
    data.title = `Khai sinh ${SCRIPT}`;
    data.fees = [{ name: 'Lệ phí', amountVnd: 0, note: BOLD }];
    data.requirements = [{ name: '<img src=x onerror=alert(1)>', form: 'original' }];
    const html = await renderGuide(data);
    // Inside a quoted attribute value "<" is only text; look for elements outside attributes.
    const markup = html.replace(/="[^"]*"/g, '=""');
    expect(markup).not.toContain(SCRIPT);
    expect(markup).not.toContain(BOLD);
    expect(markup).not.toMatch(/<img[^>]*onerror/);
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;Miễn phí&lt;/b&gt;');
  });

  it('the staff review page shows titles and checker messages as text', async () => {
    const data = ProcedureSchema.parse(validProcedure);
    data.title = `Thủ tục ${BOLD}`;
    const review = reviewData(
      contentWith(data),
      [{ file: 'content/procedures/thu.md', line: 3, field: 'title', message: `nhận được "${SCRIPT}"`, severity: 'warning' }],
      '2026-11-28',
      undefined,
    );
    const container = await AstroContainer.create();
    const html = await container.renderToString(ReviewList, { props: { review } });
    expect(html).not.toContain(BOLD);
    expect(html).not.toContain(SCRIPT);
    expect(html).toContain('Thủ tục &lt;b&gt;Miễn phí&lt;/b&gt;');
    expect(html).toContain('content/procedures/thu.md:3');
  });

  it('the edit link points at the guide file under the edit address from settings', async () => {
    const html = await renderGuide(ProcedureSchema.parse(validProcedure));
    expect(html).toMatch(/<a href="https:\/\/example\.invalid\/edit\/content\/procedures\/thu\.md"[^>]*>\s*Sửa trang này\s*<\/a>/);
  });
});
