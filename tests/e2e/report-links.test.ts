/**
 * Links that press and leaders rely on: every chart has a permalink and an embed page that keeps
 * its table and source line and works inside another site's iframe; each chart links to its guide
 * and each guide links back to its figures; the report has a share image made at build time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, builtPages, launch, open } from './browser.ts';

let browser: Browser;
let report: Page;
beforeAll(async () => {
  browser = await launch();
  ({ page: report } = await open(browser, '/bao-cao/'));
});
afterAll(async () => {
  await browser?.close();
});

const embeds = builtPages().filter((p) => p.startsWith('/nhung/'));

describe('permalinks and embeds', () => {
  it('there is one embed page per chart of the report, and each chart links to its own', async () => {
    const ids = await report.locator('figure.chart').evaluateAll((els) => els.map((e) => e.id));
    expect(ids.length).toBeGreaterThanOrEqual(11);
    expect(embeds.sort()).toEqual(ids.map((id) => `/nhung/${id}/`).sort());
    for (const id of ids) {
      const figure = report.locator(`figure#${id}`);
      expect(await figure.locator(`a[href="#${id}"]`).count(), `${id} permalink`).toBe(1);
      expect(await figure.locator('textarea').inputValue()).toContain(`/nhung/${id}/`);
    }
  });

  for (const path of embeds) {
    it(`${path} keeps the chart's title, table, source line and a link back to the report`, async () => {
      const id = path.split('/')[2]!;
      const { page, context, problems } = await open(browser, path);
      const reportTitle = await report.locator(`figure#${id} .chart-title`).innerText();
      expect(await page.locator('h1').innerText()).toBe(reportTitle);
      expect(await page.locator('table.chart-table').count()).toBe(1);
      expect(await page.locator('table.chart-table tbody tr').count()).toBe(
        await report.locator(`figure#${id} table.chart-table tbody tr`).count(),
      );
      expect(await page.locator('.source-line a[href^="/nguon/#"]').count()).toBeGreaterThan(0);
      const back = page.locator(`a[href="/bao-cao/#${id}"]`);
      expect(await back.getAttribute('target')).toBe('_top');
      expect(await page.locator('meta[name="robots"]').getAttribute('content')).toBe('noindex');
      expect(await page.locator('header, footer, nav').count(), 'no site chrome in an embed').toBe(0);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('an embed draws inside another site’s iframe', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const src = new URL('/nhung/lien-thong-khai-sinh-thuong-tru-bhyt-so-ngay/', baseUrl()).href;
    await page.setContent(`<!doctype html><title>Báo khác</title><iframe src="${src}" width="600" height="640"></iframe>`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('canvas[data-drawn]').count(), { timeout: 10_000 }).toBe(1);
    // The chart comes first with its source line; the table is folded into the details under it.
    expect(await frame.locator('.source-line').isVisible()).toBe(true);
    expect(await frame.locator('details[data-embed-more] table.chart-table').count()).toBe(1);
    await context.close();
  });
});

describe('two-way links between charts and guides', () => {
  it('each procedure chart links to its guide, and that guide links back to the section and to both charts', async () => {
    const figures = report.locator('figure.chart--period');
    const n = await figures.count();
    expect(n).toBe(10);
    const guides = new Map<string, string[]>();
    for (let i = 0; i < n; i++) {
      const f = figures.nth(i);
      const href = await f.locator('a[href^="/thu-tuc/"]').getAttribute('href');
      expect(href, (await f.getAttribute('id')) ?? '').toMatch(/^\/thu-tuc\/[a-z0-9-]+\/$/);
      guides.set(href!, [...(guides.get(href!) ?? []), (await f.getAttribute('id'))!]);
    }
    expect(guides.size).toBe(5);
    for (const [href, chartIds] of guides) {
      const { page, context, problems } = await open(browser, href);
      const section = chartIds[0]!.replace(/-so-(ngay|lan-di-lai)$/, '');
      expect(await page.locator(`a[href="/bao-cao/#${section}"]`).count(), `${href} → section`).toBeGreaterThan(0);
      for (const id of chartIds) expect(await page.locator(`a[href="/bao-cao/#${id}"]`).count(), `${href} → ${id}`).toBe(1);
      // The guide's headline cut is the report's.
      const text = await page.locator('section.reform').innerText();
      const reportCut = await report.locator(`section#${section} .cuts li`).first().innerText();
      expect(text).toContain(/\((giảm [^)]+)\)/.exec(reportCut)?.[1] ?? 'Chưa đủ số liệu');
      expect(problems).toEqual([]);
      await context.close();
    }
  });

  it('every report anchor a guide points to exists on the report', async () => {
    const ids = new Set(await report.locator('[id]').evaluateAll((els) => els.map((e) => e.id)));
    for (const p of builtPages().filter((x) => /^\/thu-tuc\/[^/]+\/$/.test(x))) {
      const { page, context } = await open(browser, p);
      for (const href of await page.locator('a[href^="/bao-cao/#"]').evaluateAll((els) => els.map((e) => e.getAttribute('href')!))) {
        expect(ids.has(href.slice('/bao-cao/#'.length)), `${p}: ${href}`).toBe(true);
      }
      await context.close();
    }
  });
});

describe('share image', () => {
  it('the report names a 1200 × 630 PNG made at build time as its Open Graph image', async () => {
    const og = await report.locator('meta[property="og:image"]').getAttribute('content');
    expect(og).toMatch(/^https?:\/\/[^/]+\/bao-cao\/og\.png$/);
    const res = await fetch(new URL('/bao-cao/og.png', baseUrl()));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await res.arrayBuffer());
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
