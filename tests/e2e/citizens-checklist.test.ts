/**
 * The checklist on a guide: ticks survive a reload and follow the person from page to page (per
 * registry paper), can be cleared with an undo, bad stored data is ignored, older stored ticks are
 * migrated, text can be shared with a link that carries the ticks.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, open } from './browser.ts';

const GUIDE = '/thu-tuc/dang-ky-khai-sinh/';
const PAPERS = 'motcua.papers.v1';
const OLD_KEY = 'motcua.checklist.v2.thu-tuc/dang-ky-khai-sinh';
const EVENT = '/su-kien/sinh-con/';
const LIEN_THONG = '/thu-tuc/lien-thong-khai-sinh-thuong-tru-bhyt/';
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const ticked = (page: Page) =>
  page.$$eval('.checklist li[data-key]', (lis) =>
    lis.filter((li) => li.querySelector('input')!.checked).map((li) => li.getAttribute('data-key')),
  );

describe('guide checklist', () => {
  it('ticks survive a reload; "Bỏ chọn tất cả" is the last button, clears them and offers "Hoàn tác"', async () => {
    const { page, context, problems } = await open(browser, GUIDE);
    await page.getByLabel('Giấy chứng sinh', { exact: true }).check();
    await page.getByLabel('Tờ khai đăng ký khai sinh', { exact: true }).check();
    await expect(page.locator('.checklist .progress').textContent()).resolves.toBe('Đã có 2/6 giấy tờ.');
    await page.reload({ waitUntil: 'networkidle' });
    expect((await ticked(page)).sort()).toEqual(['giay-chung-sinh', 'to-khai-dang-ky-khai-sinh']);
    const buttons = await page.locator('.checklist .actions > button:visible').allInnerTexts();
    expect(buttons.at(-1)).toBe('Bỏ chọn tất cả');
    expect(buttons[0]).not.toBe('Bỏ chọn tất cả');
    await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
    expect(await ticked(page)).toEqual([]);
    const status = page.getByRole('status');
    expect((await status.innerText()).replace(/\s+/g, ' ').trim()).toBe('Đã bỏ chọn 2 mục. Hoàn tác');
    await status.getByRole('button', { name: 'Hoàn tác' }).click();
    expect((await ticked(page)).sort()).toEqual(['giay-chung-sinh', 'to-khai-dang-ky-khai-sinh']);
    expect(await page.locator('.checklist .progress').textContent()).toBe('Đã khôi phục 2 mục. Đã có 2/6 giấy tờ.');
    expect(await status.getByRole('button', { name: 'Hoàn tác' }).isVisible()).toBe(false);
    await page.reload({ waitUntil: 'networkidle' });
    expect((await ticked(page)).sort()).toEqual(['giay-chung-sinh', 'to-khai-dang-ky-khai-sinh']);
    await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).click();
    await page.reload({ waitUntil: 'networkidle' });
    expect(await ticked(page)).toEqual([]);
    expect(await page.evaluate((k) => localStorage.getItem(k), PAPERS)).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('three papers ticked on "Sinh con" are ticked on the liên thông guide, and unticking there unticks them on "Sinh con"', async () => {
    const { page, context, problems } = await open(browser, EVENT);
    for (const name of ['Giấy chứng sinh', 'Tờ khai đăng ký khai sinh', 'Thẻ căn cước (căn cước công dân)']) {
      await page.getByLabel(name, { exact: true }).check();
    }
    await page.goto(new URL(LIEN_THONG, baseUrl()).href, { waitUntil: 'networkidle' });
    expect((await ticked(page)).sort()).toEqual(['can-cuoc', 'giay-chung-sinh', 'to-khai-dang-ky-khai-sinh']);
    expect(await page.locator('.checklist .progress').textContent()).toBe('Đã có 3/6 giấy tờ.');
    // The separate birth registration lists the same papers: they are ticked there too.
    await page.goto(new URL(GUIDE, baseUrl()).href, { waitUntil: 'networkidle' });
    expect((await ticked(page)).sort()).toEqual(['can-cuoc', 'giay-chung-sinh', 'to-khai-dang-ky-khai-sinh']);
    await page.getByLabel('Thẻ căn cước (căn cước công dân)', { exact: true }).uncheck();
    await page.goto(new URL(EVENT, baseUrl()).href, { waitUntil: 'networkidle' });
    expect((await ticked(page)).sort()).toEqual(['giay-chung-sinh', 'to-khai-dang-ky-khai-sinh']);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('a shared link carries the ticks: opening it ticks them, says so, offers undo and cleans the address', async () => {
    const { page, context, problems } = await open(browser, EVENT, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByLabel('Giấy chứng sinh', { exact: true }).check();
    await page.getByLabel('Thẻ căn cước (căn cước công dân)', { exact: true }).check();
    await page.getByRole('button', { name: 'Sao chép danh sách' }).click();
    await page.waitForFunction(() => /Đã sao chép/.test(document.querySelector('.checklist .progress')?.textContent ?? ''));
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const link = text
      .split('\n')
      .at(-1)!
      .replace(/^Xem hướng dẫn: /, '');
    expect(link).toMatch(/\/su-kien\/sinh-con\/\?da-co=can-cuoc,giay-chung-sinh$/);
    await context.close();

    // A family member's phone: nothing stored yet.
    const other = await open(browser, new URL(link).pathname + new URL(link).search);
    expect((await ticked(other.page)).sort()).toEqual(['can-cuoc', 'giay-chung-sinh']);
    expect(await other.page.locator('.checklist .progress').textContent()).toBe('Đã đánh dấu 2 giấy tờ theo đường dẫn được gửi cho bạn.');
    expect(await other.page.getByRole('button', { name: 'Hoàn tác' }).isVisible()).toBe(true);
    expect(new URL(other.page.url()).search).toBe('');
    await other.page.reload({ waitUntil: 'networkidle' });
    expect((await ticked(other.page)).sort()).toEqual(['can-cuoc', 'giay-chung-sinh']);
    expect(problems).toEqual([]);
    expect(other.problems).toEqual([]);
    await other.context.close();
  });

  it('ticks stored by the previous version of the site are kept: registry papers move to the shared entry', async () => {
    const { page, context } = await open(browser, '/nguon/');
    await page.evaluate((k) => localStorage.setItem(k, '{"v":2,"ticked":["giay-chung-sinh"],"saved":"2026-11-28T08:00:00Z"}'), OLD_KEY);
    await page.goto(new URL(GUIDE, baseUrl()).href, { waitUntil: 'networkidle' });
    expect(await ticked(page)).toEqual(['giay-chung-sinh']);
    expect(await page.evaluate((k) => localStorage.getItem(k), OLD_KEY)).toBeNull();
    expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PAPERS))!)).toMatchObject({ v: 1, ticked: ['giay-chung-sinh'] });
    await page.goto(new URL(EVENT, baseUrl()).href, { waitUntil: 'networkidle' });
    expect(await ticked(page)).toEqual(['giay-chung-sinh']);
    await context.close();
  });

  for (const [what, value] of [
    ['broken JSON', '{"v":1,"ticked":['],
    ['a wrong shape', '{"v":1,"ticked":"giay-chung-sinh"}'],
    ['an older format', '["giay-chung-sinh"]'],
    ['papers no longer listed', '{"v":1,"ticked":["so-ho-khau"]}'],
  ] as const) {
    it(`stored data with ${what} is ignored without an error`, async () => {
      const { page, context, problems } = await open(browser, '/nguon/');
      await page.evaluate(
        ([k, v, old]) => {
          localStorage.setItem(k!, v!);
          localStorage.setItem(old!, v!.replace('"v":1', '"v":2'));
        },
        [PAPERS, value, OLD_KEY],
      );
      await page.goto(new URL(GUIDE, baseUrl()).href, { waitUntil: 'networkidle' });
      expect(await ticked(page)).toEqual([]);
      expect(await page.locator('.checklist .progress').textContent()).toBe('Đã có 0/6 giấy tờ.');
      // Ticking still works and replaces the bad entry; a paper this page does not list stays stored (another page may list it).
      await page.getByLabel('Giấy chứng sinh', { exact: true }).check();
      const stored = JSON.parse((await page.evaluate((k) => localStorage.getItem(k), PAPERS))!);
      expect(stored).toMatchObject({ v: 1 });
      expect(stored.ticked.filter((k: string) => k !== 'so-ho-khau')).toEqual(['giay-chung-sinh']);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('an entry left by an older version of the site is removed', async () => {
    const { page, context } = await open(browser, '/nguon/');
    await page.evaluate(() => localStorage.setItem('motcua.checklist.v1.thu-tuc/dang-ky-khai-sinh', '["giay-chung-sinh"]'));
    await page.goto(new URL(GUIDE, baseUrl()).href, { waitUntil: 'networkidle' });
    expect(await page.evaluate(() => localStorage.getItem('motcua.checklist.v1.thu-tuc/dang-ky-khai-sinh'))).toBeNull();
    await context.close();
  });

  it('"Sao chép danh sách" copies the checklist as plain text for Zalo or SMS', async () => {
    const { page, context } = await open(browser, GUIDE, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByLabel('Giấy chứng sinh', { exact: true }).check();
    await page.getByRole('button', { name: 'Sao chép danh sách' }).click();
    await page.waitForFunction(() => /Đã sao chép/.test(document.querySelector('.checklist .progress')?.textContent ?? ''));
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const lines = text.split('\n');
    expect(lines[0]).toBe('Đăng ký khai sinh: giấy tờ cần mang');
    expect(lines).toContain('☑ Giấy chứng sinh (Bản chính)');
    expect(lines.filter((l) => l.startsWith('☐'))).toHaveLength(5);
    expect(lines.at(-1)).toMatch(/^Xem hướng dẫn: https?:\/\/.+\/thu-tuc\/dang-ky-khai-sinh\/\?da-co=giay-chung-sinh$/);
    expect(text).not.toMatch(/<[a-z]/);
    await context.close();
  });

  it('the Web Share button appears only where the browser can share', async () => {
    const { page, context } = await open(browser, GUIDE);
    const share = page.getByRole('button', { name: 'Chia sẻ' });
    expect(await share.isVisible()).toBe(await page.evaluate(() => typeof navigator.share === 'function'));
    await context.close();
  });

  it('without JavaScript the checklist is a readable list and the script-only buttons stay hidden', async () => {
    const { page, context } = await open(browser, GUIDE, { javaScriptEnabled: false });
    const items = page.locator('.checklist li[data-key]');
    expect(await items.count()).toBe(6);
    expect(await items.first().innerText()).toMatch(/Tờ khai đăng ký khai sinh\s+Bản chính hay bản sao[^·]*cần xác nhận · Bắt buộc/);
    expect(await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).count()).toBe(0);
    await context.close();
  });

  it("a life event's one-off papers are stored under the page's own key", async () => {
    const { page, context, problems } = await open(browser, '/su-kien/sinh-con/lam-rieng/');
    const oneOff = page.locator('.checklist li[data-key]:not([data-doc]) input');
    await oneOff.first().check();
    await page.reload({ waitUntil: 'networkidle' });
    expect(await ticked(page)).toEqual(['dang-ky-thuong-tru-rieng-1']);
    expect(await page.evaluate(() => Object.keys(localStorage))).toContain('motcua.checklist.v3.su-kien/sinh-con/lam-rieng');
    expect(problems).toEqual([]);
    await context.close();
  });
});
