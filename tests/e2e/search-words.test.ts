/**
 * Search in citizens' words: everyday names (content/search-words.json) lead to the intended
 * page first, short two-syllable queries included; a query that nothing answers says so and
 * offers the A–Z list and the hotline instead of passing off unrelated pages as results.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { runSearch } from '../../src/components/search/search.ts';
import { loadIndex, searchSite } from './search-index.ts';
import { launch, open } from './browser.ts';

const GUIDE = (slug: string) => `/thu-tuc/${slug}/`;
const EVENT = (slug: string) => `/su-kien/${slug}/`;
/**
 * A paper's own page is kept out of the site search (it would outrank the guides of the same
 * name), so a paper's everyday name must lead to a guide or life event whose checklist holds it.
 */
const DOC = (id: string) => `paper:${id}`;

/** [what a citizen types, where the first result must land] */
const EVERYDAY: [string, string][] = [
  ['hộ khẩu', GUIDE('dang-ky-thuong-tru')],
  ['ho khau', GUIDE('dang-ky-thuong-tru')],
  ['nhập hộ khẩu', GUIDE('dang-ky-thuong-tru')],
  ['chuyen ho khau', GUIDE('dang-ky-thuong-tru')],
  ['sổ hộ khẩu', GUIDE('dang-ky-thuong-tru')],
  ['làm giấy khai sinh', GUIDE('dang-ky-khai-sinh')],
  ['lam khai sinh', GUIDE('dang-ky-khai-sinh')],
  ['khai sinh cho con', EVENT('sinh-con')],
  ['con moi sinh', EVENT('sinh-con')],
  ['mới sinh con', EVENT('sinh-con')],
  ['thẻ bhyt cho con', GUIDE('lien-thong-khai-sinh-thuong-tru-bhyt')],
  ['bao hiem y te cho con', GUIDE('lien-thong-khai-sinh-thuong-tru-bhyt')],
  ['chứng minh thư', DOC('can-cuoc')],
  ['chung minh nhan dan', DOC('can-cuoc')],
  ['làm sổ đỏ', EVENT('cap-so-do-lan-dau')],
  ['lam so do', EVENT('cap-so-do-lan-dau')],
  ['xin so do', EVENT('cap-so-do-lan-dau')],
  ['làm sổ hồng', EVENT('cap-so-do-lan-dau')],
  ['bìa đỏ', EVENT('cap-so-do-lan-dau')],
  ['mở cửa hàng', EVENT('mo-ho-kinh-doanh')],
  ['mo quan', EVENT('mo-ho-kinh-doanh')],
  ['mở tiệm', EVENT('mo-ho-kinh-doanh')],
  ['ho ca the', EVENT('mo-ho-kinh-doanh')],
  ['xin phép xây nhà', GUIDE('cap-giay-phep-xay-dung-nha-o-rieng-le')],
  ['giay phep xay nha', GUIDE('cap-giay-phep-xay-dung-nha-o-rieng-le')],
  ['thành lập công ty', GUIDE('dang-ky-doanh-nghiep-va-ma-so-thue')],
  ['mo cong ty', GUIDE('dang-ky-doanh-nghiep-va-ma-so-thue')],
  ['bản vẽ nhà', DOC('ban-ve-thiet-ke-xay-dung')],
  ['giay uy quyen', DOC('van-ban-uy-quyen')],
  ['mẫu CT01', DOC('to-khai-thay-doi-thong-tin-cu-tru')],
  ['giấy kết hôn', DOC('giay-chung-nhan-ket-hon')],
];

/** Queries nothing on the site answers: the page must say so, not pretend. */
const UNANSWERED = ['tạm trú', 'ho chieu', 'xe may', 'nop online'];

describe('search in citizens’ words, against the built index', () => {
  const dist = inject('distDir');

  it(`holds at least 30 everyday queries (${EVERYDAY.length}), with and without marks`, () => {
    expect(EVERYDAY.length).toBeGreaterThanOrEqual(30);
    const plain = EVERYDAY.filter(([q]) => q === q.normalize('NFD').replace(/[\u0300-\u036f]/g, '') && !/[đĐ]/.test(q));
    expect(plain.length).toBeGreaterThanOrEqual(10);
  });

  for (const [q, landing] of EVERYDAY) {
    it(`"${q}" → ${landing}`, async () => {
      const hits = await searchSite(dist, q);
      if (landing.startsWith('paper:')) {
        const page = hits[0]?.page ?? '';
        const html = readFileSync(join(dist, page, 'index.html'), 'utf8');
        expect(html, `${q}: first result ${page} lists the paper`).toContain(`id="giay-to-${landing.slice('paper:'.length)}"`);
      } else expect(hits[0]?.landing).toBe(landing);
    });
  }

  for (const q of UNANSWERED) {
    it(`"${q}" is not answered by any page, and the search says so`, async () => {
      const r = await runSearch(await loadIndex(dist), q);
      expect(r.answered).toBe(false);
    });
  }

  it('the everyday queries are all answered', async () => {
    for (const [q] of EVERYDAY) expect((await runSearch(await loadIndex(dist), q)).answered, q).toBe(true);
  });
});

describe('the search page when nothing answers', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('says there is no good match and offers the A–Z list and the hotline; hidden again for a query that is answered', async () => {
    const { page, context, problems } = await open(browser, '/tim-kiem/?q=t%E1%BA%A1m+tr%C3%BA');
    const help = page.locator('#khong-khop');
    await expect.poll(() => help.isVisible(), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('#trang-thai-tim-kiem').innerText()).toContain('Không có trang nào khớp đúng “tạm trú”');
    expect(await help.locator('a[href="/thu-tuc/"]').count()).toBe(1);
    expect(await help.locator('a[href^="tel:"]').count()).toBeGreaterThan(0);
    await page.fill('#tu-khoa', 'hộ khẩu');
    await expect.poll(() => help.isVisible(), { timeout: 10_000 }).toBe(false);
    expect(await page.locator('#ket-qua-tim-kiem li a').first().getAttribute('href')).toBe(GUIDE('dang-ky-thuong-tru'));
    expect(problems).toEqual([]);
    await context.close();
  });
});
