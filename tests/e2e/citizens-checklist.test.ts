/** The checklist on a guide: ticks survive a reload, can be cleared, bad stored data is ignored, text can be shared. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch, open } from './browser.ts';

const GUIDE = '/thu-tuc/dang-ky-khai-sinh/';
const KEY = 'motcua.checklist.v2.thu-tuc/dang-ky-khai-sinh';
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
  it('ticks survive a reload and "Bỏ chọn tất cả" clears them', async () => {
    const { page, context, problems } = await open(browser, GUIDE);
    await page.getByLabel('Giấy chứng sinh', { exact: true }).check();
    await page.getByLabel('Tờ khai đăng ký khai sinh', { exact: true }).check();
    await expect(page.locator('.checklist .progress').textContent()).resolves.toBe('Đã có 2/5 giấy tờ.');
    await page.reload({ waitUntil: 'networkidle' });
    expect((await ticked(page)).sort()).toEqual(['giay-chung-sinh', 'to-khai-dang-ky-khai-sinh']);
    const clear = page.getByRole('button', { name: 'Bỏ chọn tất cả' });
    expect(await clear.isVisible()).toBe(true);
    await clear.click();
    expect(await ticked(page)).toEqual([]);
    await page.reload({ waitUntil: 'networkidle' });
    expect(await ticked(page)).toEqual([]);
    expect(await page.evaluate((k) => localStorage.getItem(k), KEY)).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ticks are kept per procedure: another guide starts empty', async () => {
    const { page, context } = await open(browser, GUIDE);
    await page.getByLabel('Giấy chứng sinh', { exact: true }).check();
    await page.goto(new URL('/thu-tuc/lien-thong-khai-sinh-thuong-tru-bhyt/', baseUrl()).href, { waitUntil: 'networkidle' });
    expect(await ticked(page)).toEqual([]);
    await context.close();
  });

  for (const [what, value] of [
    ['broken JSON', '{"v":2,"ticked":['],
    ['a wrong shape', '{"v":2,"ticked":"giay-chung-sinh"}'],
    ['an older format', '["giay-chung-sinh"]'],
    ['papers no longer listed', '{"v":2,"ticked":["so-ho-khau"]}'],
  ] as const) {
    it(`stored data with ${what} is ignored without an error`, async () => {
      const { page, context, problems } = await open(browser, '/nguon/');
      await page.evaluate(([k, v]) => localStorage.setItem(k!, v!), [KEY, value]);
      await page.goto(new URL(GUIDE, baseUrl()).href, { waitUntil: 'networkidle' });
      expect(await ticked(page)).toEqual([]);
      expect(await page.locator('.checklist .progress').textContent()).toBe('Đã có 0/5 giấy tờ.');
      // Ticking still works and replaces the bad entry.
      await page.getByLabel('Giấy chứng sinh', { exact: true }).check();
      expect(JSON.parse((await page.evaluate((k) => localStorage.getItem(k), KEY))!)).toMatchObject({ v: 2, ticked: ['giay-chung-sinh'] });
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
    // The guide's facts count as one source until it gives its certainty: the line carries the mark.
    expect(lines).toContain('☑ Giấy chứng sinh (Bản chính hoặc bản sao; một nguồn — hãy xác nhận với nơi nộp hồ sơ)');
    expect(lines.filter((l) => l.startsWith('☐'))).toHaveLength(4);
    expect(lines.at(-1)).toMatch(/^Xem hướng dẫn: https?:\/\/.+\/thu-tuc\/dang-ky-khai-sinh\/$/);
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
    expect(await items.count()).toBe(5);
    expect(await items.first().innerText()).toMatch(
      /Tờ khai đăng ký khai sinh\s+Bản chính · (\(một nguồn — hãy xác nhận với nơi nộp hồ sơ\) · )?Bắt buộc/,
    );
    expect(await page.getByRole('button', { name: 'Bỏ chọn tất cả' }).count()).toBe(0);
    await context.close();
  });

  it('a life event has its own checklist, stored under its own key', async () => {
    const { page, context, problems } = await open(browser, '/su-kien/sinh-con/');
    await page.getByLabel('Giấy chứng sinh', { exact: true }).check();
    await page.reload({ waitUntil: 'networkidle' });
    expect(await ticked(page)).toEqual(['giay-chung-sinh']);
    expect(await page.evaluate(() => Object.keys(localStorage))).toContain('motcua.checklist.v2.su-kien/sinh-con');
    expect(problems).toEqual([]);
    await context.close();
  });
});
