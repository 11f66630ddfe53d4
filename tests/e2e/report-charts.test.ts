/**
 * The report's charts in Chromium: each canvas draws real bars in the colours of the CSS tokens,
 * follows dark mode and print, leaves a gap for an unknown value, keeps still under reduced
 * motion, and without JavaScript the summary and table remain with no blank box. Downloads and
 * the embed-code button work.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, launch, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

const allDrawn = (page: Page) =>
  page.waitForFunction(() => [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].every((c) => c.dataset['drawn']));

/**
 * Pixels of each chart's canvas close to its first series' colour token, as read from the canvas's
 * own computed style right now, optionally only in the part of the canvas right of `fromX` (0–1).
 */
function barPixels(page: Page, fromX = 0) {
  return page.evaluate((from) => {
    const rgb = (css: string) => {
      const probe = document.createElement('span');
      probe.style.color = css;
      document.body.append(probe);
      const m = /(\d+), (\d+), (\d+)/.exec(getComputedStyle(probe).color)!;
      probe.remove();
      return [Number(m[1]), Number(m[2]), Number(m[3])];
    };
    return [...document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')].map((c) => {
      const data = JSON.parse(c.dataset['chart']!) as { series: { color: string }[] };
      const token = getComputedStyle(c).getPropertyValue(data.series[0]!.color).trim();
      const [r, g, b] = rgb(token);
      const ctx = c.getContext('2d')!;
      const x0 = Math.floor(c.width * from);
      const px = ctx.getImageData(x0, 0, c.width - x0, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) {
        if (Math.abs(px[i]! - r!) < 6 && Math.abs(px[i + 1]! - g!) < 6 && Math.abs(px[i + 2]! - b!) < 6 && px[i + 3]! > 250) n++;
      }
      return { id: c.closest('figure')!.id, token, n, visible: c.getBoundingClientRect().height > 50 };
    });
  }, fromX);
}

describe('report charts in Chromium', () => {
  it('every canvas draws visible bars in its colour token, with no console error', async () => {
    const { page, context, problems } = await open(browser, '/bao-cao/');
    await allDrawn(page);
    const charts = await barPixels(page);
    expect(charts.length).toBeGreaterThanOrEqual(10);
    for (const c of charts) {
      expect(c.visible, c.id).toBe(true);
      expect(c.n, `${c.id}: bar pixels in ${c.token}`).toBeGreaterThan(300);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an unknown value is a gap, not a bar: nothing is drawn where 2016 trips would be', async () => {
    const { page, context } = await open(browser, '/bao-cao/');
    await allDrawn(page);
    const id = 'lien-thong-khai-sinh-thuong-tru-bhyt-so-lan-di-lai';
    // Bars: before 6, 2015 2, 2016 unknown. The right quarter of the canvas holds only the 2016 slot.
    const right = (await barPixels(page, 0.75)).find((c) => c.id === id)!;
    const all = (await barPixels(page)).find((c) => c.id === id)!;
    expect(all.n).toBeGreaterThan(300);
    expect(right.n).toBe(0);
    await context.close();
  });

  it('dark mode: bars take the dark tokens, and switch back when the scheme changes', async () => {
    const { page, context, problems } = await open(browser, '/bao-cao/', { colorScheme: 'dark' });
    await allDrawn(page);
    const dark = await barPixels(page);
    expect(dark[0]!.token.toLowerCase()).toBe('#8cc4ff');
    for (const c of dark) expect(c.n, c.id).toBeGreaterThan(300);
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForTimeout(100);
    const light = await barPixels(page);
    expect(light[0]!.token.toLowerCase()).toBe('#0b5394');
    for (const c of light) expect(c.n, c.id).toBeGreaterThan(300);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('printing from dark mode redraws the charts in the paper palette and keeps the tables', async () => {
    const { page, context } = await open(browser, '/bao-cao/', { colorScheme: 'dark' });
    await allDrawn(page);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    // The print layout resizes the canvases; chart.js redraws them on its next frame.
    await expect.poll(async () => Math.min(...(await barPixels(page)).map((c) => c.n)), { timeout: 5000 }).toBeGreaterThan(300);
    const printed = await barPixels(page);
    expect(printed[0]!.token.toLowerCase()).toBe('#0b5394');
    for (const c of printed) {
      expect(c.visible, c.id).toBe(true);
      expect(c.n, c.id).toBeGreaterThan(300);
    }
    expect(await page.locator('table.chart-table').first().isVisible()).toBe(true);
    expect(await page.locator('.chart-actions').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(50_000);
    await context.close();
  });

  it('no animation when the reader asks for reduced motion', async () => {
    const still = await open(browser, '/bao-cao/', { reducedMotion: 'reduce' });
    await allDrawn(still.page);
    expect(await still.page.locator('canvas[data-animation="on"]').count()).toBe(0);
    await still.context.close();
    const moving = await open(browser, '/bao-cao/', { reducedMotion: 'no-preference' });
    await allDrawn(moving.page);
    expect(await moving.page.locator('canvas[data-animation="off"]').count()).toBe(0);
    await moving.context.close();
  });

  it('without JavaScript: summaries, tables and CSV links remain, no blank chart box, no dead buttons', async () => {
    const { page, context } = await open(browser, '/bao-cao/', { javaScriptEnabled: false });
    const figures = page.locator('figure.chart');
    const n = await figures.count();
    expect(n).toBeGreaterThanOrEqual(11);
    for (let i = 0; i < n; i++) {
      const f = figures.nth(i);
      expect(await f.locator('.chart-text').isVisible()).toBe(true);
      expect(await f.locator('table').isVisible()).toBe(true);
      expect(await f.locator('a[href^="/du-lieu/bieu-do/"]').isVisible()).toBe(true);
    }
    expect(await page.locator('canvas').evaluateAll((els) => els.filter((e) => e.getBoundingClientRect().height > 0).length)).toBe(0);
    // The header search box is a plain GET form to /tim-kiem/: it works without a script.
    expect(await page.locator('main button:visible').count()).toBe(0);
    await context.close();
  });

  it('each chart says what it counts: unit, kind of day, and a source line linking to its source', async () => {
    const { page, context } = await open(browser, '/bao-cao/');
    const figures = page.locator('figure.chart');
    for (let i = 0; i < (await figures.count()); i++) {
      const f = figures.nth(i);
      const caption = await f.locator('figcaption').innerText();
      expect(caption).toMatch(/Đơn vị:/);
      if ((await f.getAttribute('id'))!.endsWith('-so-ngay')) expect(caption).toMatch(/Loại ngày:/);
      expect(await f.locator('.source-line a[href="/nguon/#kinhtedothi-2016"]').count()).toBe(1);
      expect(await f.getAttribute('id')).toBeTruthy();
    }
    // The period before the reform is never shown as a year.
    expect(await page.locator('figure.chart').first().innerText()).not.toMatch(/Năm 201[0-4]/);
    await context.close();
  });

  it('downloads a PNG of a chart, with its title and source drawn in', async () => {
    const { page, context } = await open(browser, '/bao-cao/');
    await allDrawn(page);
    const figure = page.locator('figure#lien-thong-khai-sinh-thuong-tru-bhyt-so-ngay');
    const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('[data-action="png"]').click()]);
    expect(download.suggestedFilename()).toBe('lien-thong-khai-sinh-thuong-tru-bhyt-so-ngay.png');
    const png = readFileSync((await download.path())!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const canvasHeight = await figure.locator('canvas').evaluate((c: HTMLCanvasElement) => c.height);
    expect(png.readUInt32BE(20), 'PNG taller than the chart: title and source added').toBeGreaterThan(canvasHeight);
    await context.close();
  });

  it('the embed-code button copies an iframe of the chart’s embed page', async () => {
    const { page, context, problems } = await open(browser, '/bao-cao/', { permissions: ['clipboard-read', 'clipboard-write'] });
    await allDrawn(page);
    const figure = page.locator('figure#so-sanh-muc-cat-giam');
    await figure.locator('details.embed summary').click();
    await figure.locator('[data-action="copy-embed"]').click();
    await expect.poll(() => figure.locator('[data-copy-status]').innerText()).toBe('Đã sao chép mã nhúng.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^<iframe src="https?:\/\/[^"]+\/nhung\/so-sanh-muc-cat-giam\/\?theme=light" title="[^"]+"/);
    expect(copied).toMatch(/<script src="https?:\/\/[^"]+\/nhung\/khung\.js" async><\/script>$/);
    expect(copied).toBe(await figure.locator('textarea').inputValue());
    expect(problems).toEqual([]);
    await context.close();
  });

  it('an embed page with ?theme=dark draws its chart in the dark palette and passes axe', async () => {
    // A light reader: the dark palette comes from the theme parameter alone; bars in the dark token's colour.
    const { page, context, problems } = await open(browser, '/nhung/lien-thong-dat-dai-lan-dau-so-ngay/?theme=dark', {
      colorScheme: 'light',
    });
    await allDrawn(page);
    await expect.poll(async () => (await barPixels(page))[0]!.n).toBeGreaterThan(300);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--chart-1').trim())).toBe('#8cc4ff');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
