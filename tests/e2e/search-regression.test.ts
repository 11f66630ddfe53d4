/**
 * Search regression: queries a citizen types, with and without diacritics (đ included), run
 * against the built Pagefind index exactly as the search page runs them, each with the page
 * (or checklist item) that must come first. A change to the content, the index options or the
 * folding that moves one of these answers fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { loadIndex, searchSite } from './search-index.ts';

const GUIDE = (slug: string) => `/thu-tuc/${slug}/`;
const EVENT = (slug: string) => `/su-kien/${slug}/`;

/** [query, where the first result must land] */
const EXPECTED: [string, string][] = [
  ['đăng ký khai sinh', GUIDE('dang-ky-khai-sinh')],
  ['dang ky khai sinh', GUIDE('dang-ky-khai-sinh')],
  // Tones typed, đ not: one search, Pagefind folds the tones to meet the folded alias.
  ['dang ký khai sinh', GUIDE('dang-ky-khai-sinh')],
  ['khai sinh', GUIDE('dang-ky-khai-sinh')],
  ['đăng ký kinh doanh', GUIDE('dang-ky-ho-kinh-doanh')],
  ['dang ky kinh doanh', GUIDE('dang-ky-ho-kinh-doanh')],
  ['doanh nghiep', GUIDE('dang-ky-doanh-nghiep-va-ma-so-thue')],
  ['ma so thue', GUIDE('dang-ky-doanh-nghiep-va-ma-so-thue')],
  ['mã số thuế', GUIDE('dang-ky-doanh-nghiep-va-ma-so-thue')],
  ['giay chung sinh', `${GUIDE('dang-ky-khai-sinh')}#giay-to-giay-chung-sinh`],
  // "Sinh con" now lists one path at a time, so the paper ranks first on the birth registration guide.
  ['giấy chứng sinh', `${GUIDE('dang-ky-khai-sinh')}#giay-to-giay-chung-sinh`],
  ['so do', EVENT('cap-so-do-lan-dau')],
  ['sổ đỏ', EVENT('cap-so-do-lan-dau')],
  ['dat dai', GUIDE('dang-ky-dat-dai-cap-giay-chung-nhan-lan-dau')],
  ['đất đai', GUIDE('dang-ky-dat-dai-cap-giay-chung-nhan-lan-dau')],
  ['DAT DAI', GUIDE('dang-ky-dat-dai-cap-giay-chung-nhan-lan-dau')],
  ['giấy chứng nhận quyền sử dụng đất', GUIDE('dang-ky-dat-dai-cap-giay-chung-nhan-lan-dau')],
  // A fee or a paper that a life event and its guide both hold: since a guide's index leaves out its
  // steps and notes (ProcedureGuide.astro), the event, which holds it in the order it is paid or
  // brought, comes first, and its line lands in the event's checklist or fees.
  ['le phi truoc ba', EVENT('cap-so-do-lan-dau')],
  ['giay phep xay dung', GUIDE('cap-giay-phep-xay-dung-nha-o-rieng-le')],
  ['giấy phép xây dựng', GUIDE('cap-giay-phep-xay-dung-nha-o-rieng-le')],
  ['xây nhà', EVENT('xay-nha')],
  // A paper lands on its line in a checklist (its own page, /giay-to/<id>/, is linked from there).
  ['ban ve thiet ke', `${EVENT('xay-nha')}#giay-to-ban-ve-thiet-ke-xay-dung`],
  ['sinh con', EVENT('sinh-con')],
  ['mo ho kinh doanh', EVENT('mo-ho-kinh-doanh')],
  ['hộ kinh doanh', EVENT('mo-ho-kinh-doanh')],
  ['thuong tru', GUIDE('dang-ky-thuong-tru')],
  ['thường trú', GUIDE('dang-ky-thuong-tru')],
  ['bao hiem y te', GUIDE('lien-thong-khai-sinh-thuong-tru-bhyt')],
  // Since 01/09/2026 the liên thông filing can also ask for the child's căn cước card (NĐ 301/2026).
  ['can cuoc', GUIDE('lien-thong-khai-sinh-thuong-tru-bhyt')],
  // The alias is in the page's search alias only, not in the checklist line's text: no anchor chosen.
  ['CCCD', EVENT('sinh-con')],
];

describe('search regression against the built index', () => {
  const dist = inject('distDir');

  it(`covers at least 20 queries, with and without diacritics (${EXPECTED.length} today)`, () => {
    expect(EXPECTED.length).toBeGreaterThanOrEqual(20);
    const plain = EXPECTED.filter(([q]) => q === q.normalize('NFD').replace(/[\u0300-\u036f]/g, '') && !/[đĐ]/.test(q));
    expect(plain.length).toBeGreaterThanOrEqual(10);
    expect(EXPECTED.length - plain.length).toBeGreaterThanOrEqual(10);
  });

  for (const [q, landing] of EXPECTED) {
    it(`"${q}" → ${landing}`, async () => {
      const hits = await searchSite(dist, q);
      expect(hits.length).toBeGreaterThan(0);
      expect(hits[0]!.landing).toBe(landing);
    });
  }

  it('the same words with and without marks find the same page first', async () => {
    for (const [a, b] of [
      ['đăng ký khai sinh', 'dang ky khai sinh'],
      ['đất đai', 'dat dai'],
      ['sổ đỏ', 'so do'],
      ['thường trú', 'thuong tru'],
    ] as const) {
      const [ha, hb] = [await searchSite(dist, a), await searchSite(dist, b)];
      expect(ha[0]!.page, `${a} / ${b}`).toBe(hb[0]!.page);
    }
  });

  it('filters narrow the results to one field (lĩnh vực)', async () => {
    const all = await searchSite(dist, 'dang ky');
    const civil = await searchSite(dist, 'dang ky', { linh_vuc: 'Hộ tịch' });
    expect(civil.length).toBeGreaterThan(0);
    expect(civil.length).toBeLessThan(all.length);
    expect(civil.map((h) => h.page)).toContain(GUIDE('dang-ky-khai-sinh'));
    expect(civil.map((h) => h.page)).not.toContain(GUIDE('dang-ky-ho-kinh-doanh'));
  });

  it('the staff review page and the chart embeds are kept out of search', async () => {
    for (const q of ['rà soát', 'can bo', 'bieu do', 'nhung']) {
      const pages = (await searchSite(dist, q)).map((h) => h.page);
      expect(
        pages.filter((p) => p.startsWith('/can-bo/') || p.startsWith('/nhung/')),
        q,
      ).toEqual([]);
    }
    expect((await searchSite(dist, 'rà soát')).length).toBeGreaterThan(0);
  });

  it('the folded alias lives in the index only: published pages do not carry it', () => {
    const guide = readFileSync(join(dist, 'thu-tuc', 'dang-ky-khai-sinh', 'index.html'), 'utf8');
    expect(guide).not.toContain('search_alias');
    expect(guide).toContain('name="search-kind" data-pagefind-meta="kind[content]"');
  });

  it("a guide's index holds what it is searched by (papers' notes, fees, agency, code, legal basis), not its steps or each paper's form", async () => {
    const pf = await loadIndex(dist);
    const found = (await pf.search('khai sinh'))?.results ?? [];
    const pages = await Promise.all(found.map((r) => r.data()));
    const guide = pages.find((p) => p.url === GUIDE('dang-ky-khai-sinh'));
    expect(guide).toBeDefined();
    const text = guide!.content;
    for (const kept of [
      'giấy chứng sinh',
      'Lệ phí đăng ký khai sinh',
      'Ủy ban nhân dân phường',
      '1.001193',
      '120/2025/NĐ-CP',
      'Sắp thay đổi',
    ])
      expect(text, kept).toContain(kept);
    for (const left of [
      'Chuẩn bị tờ khai và giấy chứng sinh',
      'Bắt buộc',
      'Bản chính hay bản sao',
      'Thời hạn giải quyết',
      'Số lần đi lại dự kiến',
      'Giờ làm việc',
      'Lịch sử thay đổi',
    ])
      expect(text, left).not.toContain(left);
    const event = pages.find((p) => p.url === EVENT('sinh-con'));
    expect(event?.content).toContain('Giấy tờ cần mang');
    expect(event?.content).not.toContain('Bao lâu, mấy lần đi lại');
  });

  it('a word that is nowhere on the site finds nothing', async () => {
    expect(await searchSite(dist, 'xyzzyqq')).toEqual([]);
  });
});
