/**
 * The life events on the real content: the bundles the issue asks for, with totals taken from
 * the guides (now) and the 2016 figures (before), unknowns left unknown.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/read-content.ts';
import { lifeEventView } from '../../src/data/life-events.ts';
import { ROOT } from '../content-fixtures.ts';

const { content, problems } = readContent(ROOT, '2026-11-28');
const view = (id: string, path?: string) => lifeEventView(content, id, { siteUrl: 'https://example.vn' }, path);

describe('life events on the real content', () => {
  it('the content has no error, so every procedure a life event names resolves', () => {
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('having a baby, online in one filing: only the liên thông papers, steps and totals', () => {
    const e = view('sinh-con');
    expect(e.href).toBe('/su-kien/sinh-con/');
    expect(e.paths.map((p) => [p.id, p.href, p.current])).toEqual([
      ['lien-thong', '/su-kien/sinh-con/', true],
      ['lam-rieng', '/su-kien/sinh-con/lam-rieng/', false],
    ]);
    expect(e.steps.map((s) => s.id)).toEqual(['lien-thong-khai-sinh-thuong-tru-bhyt']);
    expect(e.totals.now.days).toMatchObject({ value: 3, unknown: 0 });
    // No source gives the trips of the online bundle: unknown, never 0.
    expect(e.totals.now.trips).toMatchObject({ value: null, unknown: 1 });
    expect(e.totals.before.days).toMatchObject({ value: 27, unknown: 0 });
    expect(e.totals.before.trips).toMatchObject({ value: 6, unknown: 0 });
    const birth = e.checklist.filter((i) => i.documentId === 'giay-chung-sinh');
    expect(birth).toHaveLength(1);
    expect(birth[0]!.neededBy.map((n) => n.procedure.id)).toEqual(['lien-thong-khai-sinh-thuong-tru-bhyt']);
    const lines = e.checklistView.items.map((i) => i.shareLine);
    expect(lines.join('\n')).not.toMatch(/làm riêng|cần cho/i);
    for (const l of lines) expect(l).not.toMatch(/\([^)]*\(/);
    expect(e.keyFacts.map((f) => f.text)).toEqual([
      '3 ngày làm việc',
      'Số lần đi lại: cần xác nhận',
      'Phí: 0–5.000 đ, có khoản chưa rõ',
      'Nộp tại: Cổng DVCQG, VNeID',
    ]);
  });

  it('having a baby, each separately: the two guides only, no "Chỉ khi làm riêng" left on any paper', () => {
    const e = view('sinh-con', 'lam-rieng');
    expect(e.href).toBe('/su-kien/sinh-con/lam-rieng/');
    expect(e.checklistView.scope).toBe('su-kien/sinh-con/lam-rieng');
    expect(e.checklistView.title).toBe('Sinh con – Làm riêng từng việc');
    expect(e.steps.map((s) => s.id)).toEqual(['dang-ky-khai-sinh', 'dang-ky-thuong-tru']);
    expect(e.totals.rows.map((r) => r.procedure.id)).toEqual(['dang-ky-khai-sinh', 'dang-ky-thuong-tru']);
    expect(e.checklist.some((i) => i.neededBy.some((n) => n.procedure.id.startsWith('lien-thong')))).toBe(false);
    const text = e.checklistView.items.map((i) => [i.condition ?? '', i.shareLine].join(' ')).join('\n');
    expect(text).not.toMatch(/Chỉ khi làm riêng|liên thông/i);
    for (const i of e.checklistView.items) expect(i.shareLine, i.key).not.toMatch(/\([^)]*\(/);
  });

  it("opening a household business: the tax code is the owner's 12-digit ID number, no separate procedure", () => {
    const e = view('mo-ho-kinh-doanh');
    expect(e.steps.map((s) => s.id)).toEqual(['dang-ky-ho-kinh-doanh']);
    expect(e.data.notes.join(' ')).toMatch(/số định danh cá nhân 12 số/);
    expect(e.totals.now.days).toMatchObject({ value: 3, unknown: 0 });
    // Trips under today's rules are not verified: unknown, not 0.
    expect(e.totals.now.trips).toMatchObject({ value: null, unknown: 1 });
    expect(e.totals.before.trips).toMatchObject({ value: 2 });
  });

  it('first land certificate: includes the financial obligations among its fees', () => {
    const e = view('cap-so-do-lan-dau');
    expect(e.steps.map((s) => s.id)).toEqual(['dang-ky-dat-dai-cap-giay-chung-nhan-lan-dau']);
    const fees = e.fees.flatMap((f) => f.fees.map((x) => x.name)).join(' | ');
    expect(fees).toMatch(/Lệ phí trước bạ/);
    expect(fees).toMatch(/Tiền sử dụng đất/);
    expect(e.totals.now.days.value).toBe(20);
    expect(e.totals.before.days.value).toBe(55);
    expect(e.totals.before.trips.value).toBe(6);
  });

  it('building a house: the permit, with the first land certificate only if the land has none; unknown totals stay unknown', () => {
    const e = view('xay-nha');
    expect(e.steps.map((s) => [s.id, s.condition !== undefined])).toEqual([
      ['dang-ky-dat-dai-cap-giay-chung-nhan-lan-dau', true],
      ['cap-giay-phep-xay-dung-nha-o-rieng-le', false],
    ]);
    expect(e.totals.now.days).toMatchObject({ value: null, unknown: 1 });
    expect(e.totals.before.days).toMatchObject({ value: 15, unknown: 0 });
    expect(e.totals.before.trips.value).toBeNull();
    expect(e.checklist[0]!.always).toBe(true);
  });
});
