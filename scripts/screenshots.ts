/**
 * npm run screenshots [-- /path/ ...]: PNGs of built pages at phone (360 px) and desktop (1280 px)
 * widths, in light and dark, and as printed, into screenshots/. For looking at what users see.
 */
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { startServer } from './serve.ts';
import { ensureChromium } from '../tests/e2e/find-chromium.ts';

const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['/', '/thu-tuc/', '/bao-cao/', '/giay-to/', '/nguon/'];
const server = await startServer('dist', 0);
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const browser = await chromium.launch({
  executablePath: ensureChromium(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
mkdirSync('screenshots', { recursive: true });
const name = (p: string) => p.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
for (const path of paths) {
  for (const [label, opts] of [
    ['phone', { viewport: { width: 360, height: 780 }, deviceScaleFactor: 1 }],
    ['desktop', { viewport: { width: 1280, height: 900 } }],
    ['dark', { viewport: { width: 1280, height: 900 }, colorScheme: 'dark' as const }],
  ] as const) {
    const context = await browser.newContext({ reducedMotion: 'reduce', ...opts });
    const page = await context.newPage();
    await page.goto(base + path, { waitUntil: 'networkidle' });
    // Charts are drawn as they near the screen: scroll down once so every one is drawn.
    await page.evaluate(async () => {
      for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((done) => setTimeout(done, 150));
      }
      scrollTo(0, 0);
    });
    await page.waitForLoadState('networkidle');
    if (label === 'phone') {
      // Tall phone pages are cut into screen-sized parts so each PNG stays readable.
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0, i = 1; y < height && i <= 6; y += 1400, i++) {
        const clip = { x: 0, y, width: 360, height: Math.min(1400, height - y) };
        await page.screenshot({ path: `screenshots/${name(path)}-phone-${i}.png`, fullPage: true, clip });
      }
    } else {
      await page.screenshot({ path: `screenshots/${name(path)}-${label}.png`, fullPage: true });
    }
    if (label === 'desktop') {
      await page.pdf({ path: `screenshots/${name(path)}-print.pdf`, format: 'A4', printBackground: false });
    }
    await context.close();
  }
}
await browser.close();
server.close();
console.log(`Ảnh chụp trong screenshots/ / screenshots written for ${paths.length} page(s)`);
