/** Report charts are drawn as they near the viewport: tests that look at every chart scroll to each first. */
import type { Page } from 'playwright-core';

/** Scroll every chart into view in turn, wait until each is drawn, then go back to the top. */
export async function drawAllCharts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    for (const c of document.querySelectorAll<HTMLCanvasElement>('canvas[data-chart]')) {
      c.closest('figure')?.scrollIntoView();
      const start = performance.now();
      while (!c.dataset['drawn']) {
        if (performance.now() - start > 15_000) throw new Error(`chart not drawn: ${c.closest('figure')?.id ?? '?'}`);
        await new Promise((done) => setTimeout(done, 25));
      }
    }
    scrollTo(0, 0);
    // chart.js paints on the next animation frames: let them pass before reading pixels.
    for (let i = 0; i < 3; i++) await new Promise((done) => requestAnimationFrame(() => done(null)));
  });
}
