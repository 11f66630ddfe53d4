import { chromium } from 'playwright-core';
import { startServer } from '../scripts/serve.ts';
const server = await startServer('dist', 4391);
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const paths = process.argv.slice(2);
for (const path of paths) {
  const name = path.replace(/\//g, '_') || 'home';
  for (const [mode, opts] of [
    ['390', { viewport: { width: 390, height: 844 } }],
    ['1280', { viewport: { width: 1280, height: 900 } }],
    ['dark390', { viewport: { width: 390, height: 844 }, colorScheme: 'dark' }],
    ['print', { viewport: { width: 800, height: 1100 } }],
  ] as const) {
    const ctx = await browser.newContext({ ...opts, reducedMotion: 'reduce' });
    const page = await ctx.newPage();
    await page.goto(`http://127.0.0.1:4391${path}`);
    if (mode === 'print') await page.emulateMedia({ media: 'print' });
    const h = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({
      path: `/tmp/sb-shots/${name}-${mode}.png`,
      fullPage: true,
      clip: { x: 0, y: 0, width: opts.viewport.width, height: Math.min(h, 1600) },
    });
    await ctx.close();
  }
}
await browser.close();
server.close();
