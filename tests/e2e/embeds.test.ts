/**
 * Embeds in another site's article: the frame fits its content (the host script resizes it), keeps
 * a fallback height that shows the chart and its source line without that script, takes a theme,
 * puts the chart before its summary, and is discoverable by oEmbed. The PNG carries its legend.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { baseUrl, launch } from './browser.ts';
import { EMBED_FALLBACK_HEIGHT } from '../../src/utils/embed-code.ts';

const SUMMARY = 'so-sanh-muc-cat-giam';
const PERIOD = 'dang-ky-kinh-doanh-so-ngay';
let browser: Browser;
let host: Server;
let hostOrigin: string;
/** The embed code exactly as the report offers it, pointed at the local build instead of the public site. */
const codes = new Map<string, string>();

beforeAll(async () => {
  browser = await launch();
  const page = await browser.newPage();
  await page.goto(new URL('/bao-cao/', baseUrl()).href);
  for (const id of [SUMMARY, PERIOD]) {
    const code = await page.locator(`#${id}-ma-nhung`).inputValue();
    const site = new URL(/src="([^"]+)"/.exec(code)?.[1] ?? '').origin;
    codes.set(id, code.replaceAll(site, new URL(baseUrl()).origin));
  }
  await page.close();
  // The article page lives on another origin (localhost vs 127.0.0.1), as on a newspaper's site.
  host = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const width = url.searchParams.get('w') ?? '680';
    const id = url.searchParams.get('id') ?? SUMMARY;
    let code = codes.get(id) ?? '';
    if (url.searchParams.has('noscript')) code = code.replace(/<script[^>]*><\/script>/, '');
    if (url.searchParams.has('theme')) code = code.replace('theme=light', `theme=${url.searchParams.get('theme')}`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="vi"><title>Bài báo</title><body style="margin:0;background:#fff">
      <article style="width:${width}px;margin:0 auto"><p>Đoạn mở đầu.</p>${code}<p id="after">Đoạn sau.</p></article></body></html>`);
  }).listen(0, '127.0.0.1');
  await new Promise((r) => host.once('listening', r));
  hostOrigin = `http://localhost:${(host.address() as AddressInfo).port}`;
}, 60_000);

afterAll(async () => {
  await browser?.close();
  host?.close();
});

async function article(query: string, options: { colorScheme?: 'light' | 'dark'; javaScriptEnabled?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1000, height: 900 }, reducedMotion: 'reduce', ...options });
  const page = await context.newPage();
  await page.goto(`${hostOrigin}/?${query}`, { waitUntil: 'networkidle' });
  return page;
}

/** The frame's height on the host page, and its document's own height. */
async function heights(page: Page): Promise<{ frame: number; content: number; sourceBottom: number; canvasShown: boolean }> {
  const frame = page.frameLocator('iframe[data-motcua-nhung]');
  await frame.locator('[data-chart-box]:not([hidden])').waitFor({ timeout: 10_000 });
  await page.waitForTimeout(300);
  const box = await page.locator('iframe[data-motcua-nhung]').boundingBox();
  const inner = await frame.locator('html').evaluate((html) => {
    const source = html.querySelector('.source-line')?.getBoundingClientRect();
    const canvasBox = html.querySelector<HTMLElement>('[data-chart-box]');
    return {
      content: Math.ceil(html.getBoundingClientRect().height),
      sourceBottom: Math.ceil(source?.bottom ?? 1e9),
      canvasShown: !canvasBox?.hidden,
    };
  });
  return { frame: Math.round(box?.height ?? 0), ...inner };
}

describe('an embedded chart in an article', () => {
  for (const width of [680, 360]) {
    it(`fits its content in a ${width} px column, with the host script`, async () => {
      const page = await article(`w=${width}&id=${SUMMARY}`);
      const h = await heights(page);
      console.log(`embed ${SUMMARY} in ${width} px: frame ${h.frame} px, content ${h.content} px`);
      expect(h.canvasShown).toBe(true);
      expect(Math.abs(h.frame - h.content)).toBeLessThanOrEqual(2);
      expect(h.sourceBottom).toBeLessThanOrEqual(h.frame);
      await page.context().close();
    });
  }

  it('without the host script keeps a fallback height that still shows the chart and the source line at 680 px', async () => {
    for (const [id, kind] of [
      [SUMMARY, 'summary'],
      [PERIOD, 'period'],
    ] as const) {
      const page = await article(`w=680&id=${id}&noscript`);
      const h = await heights(page);
      console.log(`embed ${id} without the host script at 680 px: frame ${h.frame} px, source line ends at ${h.sourceBottom} px`);
      expect(h.frame).toBe(EMBED_FALLBACK_HEIGHT[kind]);
      expect(h.sourceBottom, `${id}: source line inside the fallback frame`).toBeLessThanOrEqual(h.frame);
      await page.context().close();
    }
  });

  it('is light by default, even for a reader in dark mode; dark and auto follow the theme parameter', async () => {
    const bg = async (query: string, colorScheme: 'light' | 'dark') => {
      const page = await article(query, { colorScheme });
      const frame = page.frameLocator('iframe[data-motcua-nhung]');
      await frame.locator('[data-chart-box]:not([hidden])').waitFor();
      const value = await frame.locator('html').evaluate((el) => getComputedStyle(el).backgroundColor);
      await page.context().close();
      return value;
    };
    expect(await bg(`id=${PERIOD}`, 'dark')).toBe('rgb(255, 255, 255)');
    expect(await bg(`id=${PERIOD}&theme=dark`, 'light')).toBe('rgb(18, 22, 28)');
    expect(await bg(`id=${PERIOD}&theme=auto`, 'dark')).toBe('rgb(18, 22, 28)');
    expect(await bg(`id=${PERIOD}&theme=auto`, 'light')).toBe('rgb(255, 255, 255)');
  });
});

describe('the embed page', () => {
  it('puts the chart first and its summary and table one click away; without JavaScript the table is open', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(new URL(`/nhung/${SUMMARY}/`, baseUrl()).href, { waitUntil: 'networkidle' });
    const order = await page.evaluate(() => {
      const y = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1;
      return { canvas: y('[data-chart-box]'), source: y('.source-line'), more: y('details[data-embed-more]') };
    });
    expect(order.canvas).toBeLessThan(order.source);
    expect(order.source).toBeLessThan(order.more);
    expect(await page.locator('details[data-embed-more]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await context.close();
    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const plain = await noJs.newPage();
    await plain.goto(new URL(`/nhung/${SUMMARY}/`, baseUrl()).href);
    await expect(plain.locator('details[data-embed-more] table').isVisible()).resolves.toBe(true);
    await noJs.close();
  });

  it('announces an oEmbed answer that carries the same embed code', async () => {
    const page = await browser.newPage();
    await page.goto(new URL(`/nhung/${PERIOD}/`, baseUrl()).href);
    const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
    expect(href).toMatch(new RegExp(`/nhung/${PERIOD}/oembed\\.json$`));
    const local = new URL(new URL(href ?? '').pathname, baseUrl()).href;
    const answer = (await (await fetch(local)).json()) as Record<string, unknown>;
    expect(answer).toMatchObject({ version: '1.0', type: 'rich', height: EMBED_FALLBACK_HEIGHT.period });
    expect(String(answer['html'])).toContain(`/nhung/${PERIOD}/?theme=light`);
    expect(String(answer['html'])).toContain('/nhung/khung.js');
    await page.close();
  });
});

describe('the PNG of the comparison chart', () => {
  it('carries the legend: a solid swatch for days and a striped one for trips', async () => {
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL('/bao-cao/', baseUrl()).href, { waitUntil: 'networkidle' });
    const figure = page.locator(`#${SUMMARY}`);
    await figure.scrollIntoViewIfNeeded();
    await figure.locator('[data-chart-box]:not([hidden])').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), figure.locator('[data-action="png"]').click()]);
    const bytes = await (await download.createReadStream()).toArray();
    const png = Buffer.concat(bytes as Buffer[]).toString('base64');
    // Count legend-coloured pixels in the band between the title and the chart.
    const counts = await page.evaluate(async (b64) => {
      // An <img> (img-src allows data:), not fetch (connect-src is 'self').
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = new OffscreenCanvas(img.width, img.height);
      const ctx = c.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const scale = img.width / (document.querySelector('#so-sanh-muc-cat-giam canvas')?.clientWidth ?? img.width);
      const band = ctx.getImageData(0, Math.round(30 * scale), img.width, Math.round(40 * scale)).data;
      const probe = getComputedStyle(document.documentElement);
      const hex = (name: string) => probe.getPropertyValue(name).trim();
      const rgb = (h: string) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));
      const count = (h: string) => {
        const [r, g, bl] = rgb(h);
        let n = 0;
        for (let i = 0; i < band.length; i += 4)
          if (Math.abs(band[i]! - r!) + Math.abs(band[i + 1]! - g!) + Math.abs(band[i + 2]! - bl!) < 30) n++;
        return n;
      };
      return { days: count(hex('--chart-1')), trips: count(hex('--chart-3')) };
    }, png);
    expect(counts.days).toBeGreaterThan(100);
    expect(counts.trips).toBeGreaterThan(20);
    await context.close();
  });
});
