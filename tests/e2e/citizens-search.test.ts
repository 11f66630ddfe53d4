/** Search in the browser: by keyboard only, code fetched on first use, filters, landing on the checklist item, axe-clean. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, launch, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('site search', () => {
  it('keyboard only: from the header box on a guide to the checklist item of the paper searched for', async () => {
    const { page, context, problems } = await open(browser, '/thu-tuc/dang-ky-thuong-tru/', { viewport: { width: 1280, height: 900 } });
    const pagefindRequests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/pagefind/')) pagefindRequests.push(r.url());
    });
    // Tab from the top of the page until the header search box has focus.
    for (let i = 0; i < 15 && (await page.evaluate(() => document.activeElement?.id)) !== 'tim-kiem-nhanh'; i++)
      await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tim-kiem-nhanh');
    expect(pagefindRequests, 'no search code before the citizen searches').toEqual([]);

    await page.keyboard.type('giay chung sinh');
    await Promise.all([page.waitForURL(/\/tim-kiem\/\?q=giay\+chung\+sinh/), page.keyboard.press('Enter')]);
    await page.locator('#ket-qua-tim-kiem li').first().waitFor();
    expect(pagefindRequests.some((u) => u.endsWith('/pagefind/pagefind.js'))).toBe(true);
    await expect(page.locator('#trang-thai-tim-kiem').textContent()).resolves.toMatch(/kết quả cho “giay chung sinh”/);
    const first = page.locator('#ket-qua-tim-kiem li').first();
    expect(await first.locator('a.title').getAttribute('href')).toBe('/thu-tuc/dang-ky-khai-sinh/#giay-to-giay-chung-sinh');
    expect(await first.innerText()).toContain('Trong danh sách giấy tờ: Giấy chứng sinh');

    // The query is in the search field; Tab moves through the filters and the button to the first result.
    await page.locator('#tu-khoa').focus();
    for (let i = 0; i < 6 && !(await page.evaluate(() => document.activeElement?.closest('#ket-qua-tim-kiem') !== null)); i++) {
      await page.keyboard.press('Tab');
    }
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(
      '/thu-tuc/dang-ky-khai-sinh/#giay-to-giay-chung-sinh',
    );
    await Promise.all([page.waitForURL(/dang-ky-khai-sinh\/#giay-to-giay-chung-sinh$/), page.keyboard.press('Enter')]);
    expect(await page.evaluate(() => document.querySelector(':target')?.getAttribute('data-key'))).toBe('giay-chung-sinh');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('pages other than the search page load no search code up front', async () => {
    for (const path of ['/', '/thu-tuc/dang-ky-khai-sinh/', '/su-kien/sinh-con/', '/giay-to/']) {
      const { page, context } = await open(browser, path);
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
      expect(
        loaded.filter((u) => u.includes('/pagefind/')),
        path,
      ).toEqual([]);
      await context.close();
    }
  });

  it('the search page without a query fetches nothing until the citizen types', async () => {
    const { page, context } = await open(browser, '/tim-kiem/');
    const before = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
    expect(before.filter((u) => u.includes('/pagefind/'))).toEqual([]);
    await page.locator('#tu-khoa').fill('so do');
    await page.locator('#ket-qua-tim-kiem li').first().waitFor();
    expect(await page.locator('#ket-qua-tim-kiem li a.title').first().getAttribute('href')).toBe('/su-kien/cap-so-do-lan-dau/');
    await context.close();
  });

  it('filters by field (lĩnh vực) and by deciding agency', async () => {
    const { page, context } = await open(browser, '/tim-kiem/?q=dang+ky&linh_vuc=%C4%90%E1%BA%A5t+%C4%91ai');
    await page.locator('#ket-qua-tim-kiem li').first().waitFor();
    const hrefs = await page.$$eval('#ket-qua-tim-kiem a.title', (as) => as.map((a) => a.getAttribute('href')!.split('#')[0]));
    expect(hrefs.length).toBeGreaterThan(0);
    expect(
      hrefs.every((h) =>
        ['/thu-tuc/dang-ky-dat-dai-cap-giay-chung-nhan-lan-dau/', '/su-kien/cap-so-do-lan-dau/', '/su-kien/xay-nha/'].includes(h!),
      ),
    ).toBe(true);
    expect(await page.locator('#loc-linh-vuc').inputValue()).toBe('Đất đai');

    await page.locator('#loc-linh-vuc').selectOption('');
    await page.locator('#loc-co-quan').selectOption('Công an phường');
    await page.waitForURL(/co_quan=/);
    await page.waitForFunction(
      () => document.querySelector('#ket-qua-tim-kiem a.title')?.getAttribute('href') === '/thu-tuc/dang-ky-thuong-tru/',
    );
    // The guide the police decide, and the life event that bundles it; nothing else.
    const byAgency = await page.$$eval('#ket-qua-tim-kiem a.title', (as) => as.map((a) => a.getAttribute('href')!.split('#')[0]));
    expect(byAgency).toEqual(['/thu-tuc/dang-ky-thuong-tru/', '/su-kien/sinh-con/']);
    expect(page.url()).toContain('co_quan=C%C3%B4ng+an+ph%C6%B0%E1%BB%9Dng');
    await context.close();
  });

  it('a query with no match says so in the live status line', async () => {
    const { page, context } = await open(browser, '/tim-kiem/?q=xyzxyz');
    await page.waitForFunction(() => /Không tìm thấy/.test(document.getElementById('trang-thai-tim-kiem')?.textContent ?? ''));
    expect(await page.locator('#trang-thai-tim-kiem').getAttribute('role')).toBe('status');
    await context.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the search page with results passes axe (${scheme})`, async () => {
      const { page, context, problems } = await open(browser, '/tim-kiem/?q=khai+sinh', { colorScheme: scheme });
      await page.locator('#ket-qua-tim-kiem li').first().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
