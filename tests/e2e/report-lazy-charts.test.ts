/**
 * The report stays fast on a phone: chart.js is fetched only when the first chart nears the
 * screen, each chart is drawn as it comes into view, and every chart's box already has its size.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { baseUrl, launch, open } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('charts drawn as they come into view', () => {
  it('on a phone, charts far below the screen are not drawn until the reader scrolls to them', async () => {
    const { page, context, problems } = await open(browser, '/bao-cao/', { viewport: { width: 360, height: 740 } });
    const far = await page.$$eval('canvas[data-chart]', (cs) =>
      cs.map((c) => ({ id: c.closest('figure')!.id, top: c.getBoundingClientRect().top, drawn: Boolean(c.dataset['drawn']) })),
    );
    const below = far.filter((c) => c.top > 740 + 1500);
    expect(below.length, 'most charts start well below the first screen').toBeGreaterThan(5);
    for (const c of below) expect(c.drawn, c.id).toBe(false);
    // Every box already has its final height, so drawing later moves nothing.
    const heights = await page.$$eval('[data-chart-box]', (bs) => bs.map((b) => (b as HTMLElement).offsetHeight));
    for (const h of heights) expect(h).toBeGreaterThan(200);
    const last = page.locator(`figure#${below.at(-1)!.id}`);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.locator('canvas').getAttribute('data-drawn'), { timeout: 10_000 }).toBeTruthy();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('chart.js is fetched once, and only when a chart nears the screen', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await page.goto(new URL('/bao-cao/', baseUrl()).href, { waitUntil: 'networkidle' });
    const firstTop = await page.$eval('figure.chart', (f) => f.getBoundingClientRect().top);
    const lazy = () => scripts.filter((s) => s.includes('draw-chart'));
    // 300 px: how far ahead of the screen reform-chart.client.ts starts (NEAR).
    expect(lazy().length, `first chart at ${firstTop}px`).toBe(firstTop > 740 + 300 ? 0 : 1);
    expect(
      scripts.some((s) => s.includes('ChartFigure')),
      'the small chart script loads up front',
    ).toBe(true);
    await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
    await expect.poll(() => page.locator('figure.chart').first().locator('canvas').getAttribute('data-drawn')).toBeTruthy();
    await page.locator('figure.chart').last().scrollIntoViewIfNeeded();
    await page.waitForLoadState('networkidle');
    expect(lazy().length, 'chart.js fetched once for all charts').toBe(1);
    await context.close();
  });
});
