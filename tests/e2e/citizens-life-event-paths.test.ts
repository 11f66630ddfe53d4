/**
 * One path at a time: "Sinh con" asks once (online in one filing, or each separately) and each
 * page shows that path's papers, procedures and totals only, without JavaScript too; the text a
 * parent copies holds that path only, with no "Chỉ khi làm riêng" and no brackets in brackets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const procedures = (page: Page) => page.$$eval('#cac-thu-tuc ~ ol.steps > li > a', (as) => as.map((a) => a.getAttribute('href')));
const copied = async (page: Page) => {
  await page.getByRole('button', { name: 'Sao chép danh sách' }).click();
  await page.waitForFunction(() => /Đã sao chép/.test(document.querySelector('.checklist .progress')?.textContent ?? ''));
  return page.evaluate(() => navigator.clipboard.readText());
};

describe('a life event with two paths', () => {
  it('the event page asks once and shows the liên thông path only', async () => {
    const { page, context, problems } = await open(browser, '/su-kien/sinh-con/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const choice = page.getByRole('navigation', { name: 'Bạn muốn làm theo cách nào?' });
    expect(await choice.getByRole('link').allInnerTexts()).toEqual(['Nộp trực tuyến một lần (liên thông)', 'Làm riêng từng việc']);
    expect(await choice.locator('[aria-current="page"]').innerText()).toBe('Nộp trực tuyến một lần (liên thông)');
    expect(await procedures(page)).toEqual(['/thu-tuc/lien-thong-khai-sinh-thuong-tru-bhyt/']);
    const main = await page.locator('main').innerText();
    expect(main).not.toMatch(/Chỉ khi làm riêng/);
    expect(await page.locator('section[aria-labelledby="thoi-gian"] tr[data-procedure]').count()).toBe(1);
    const text = await copied(page);
    expect(text.split('\n')[0]).toBe('Sinh con – Nộp trực tuyến một lần (liên thông): giấy tờ cần mang');
    expect(text).not.toMatch(/làm riêng|cần cho/i);
    for (const line of text.split('\n')) expect(line).not.toMatch(/\([^)]*\(/);
    expect(text.length).toBeLessThan(1000);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('without JavaScript, the other answer is a link to the separate path, which shows its own papers and steps only', async () => {
    const { page, context, problems } = await open(browser, '/su-kien/sinh-con/', { javaScriptEnabled: false });
    await page.getByRole('link', { name: 'Làm riêng từng việc' }).click();
    await page.waitForURL(/\/su-kien\/sinh-con\/lam-rieng\/$/);
    expect(await page.locator('.paths [aria-current="page"]').innerText()).toBe('Làm riêng từng việc');
    expect(await procedures(page)).toEqual(['/thu-tuc/dang-ky-khai-sinh/', '/thu-tuc/dang-ky-thuong-tru/']);
    expect(await page.locator('.checklist li[data-key]').count()).toBeGreaterThan(3);
    const main = await page.locator('main').innerText();
    expect(main).not.toMatch(/Chỉ khi làm riêng/);
    expect(await page.locator('.checklist').innerText()).not.toMatch(/liên thông/i);
    expect(await page.locator('h1').innerText()).toBe('Sinh con');
    expect(problems).toEqual([]);
    await context.close();
  });

  it("the separate path's shared text names that path and has no brackets in brackets", async () => {
    const { page, context } = await open(browser, '/su-kien/sinh-con/lam-rieng/', { permissions: ['clipboard-read', 'clipboard-write'] });
    const text = await copied(page);
    expect(text.split('\n')[0]).toBe('Sinh con – Làm riêng từng việc: giấy tờ cần mang');
    expect(text).not.toMatch(/liên thông|Chỉ khi làm riêng/i);
    for (const line of text.split('\n')) expect(line).not.toMatch(/\([^)]*\(/);
    expect(text).toMatch(/Xem hướng dẫn: https?:\/\/.+\/su-kien\/sinh-con\/lam-rieng\/$/);
    await context.close();
  });
});
