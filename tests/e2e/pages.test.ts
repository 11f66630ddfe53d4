/** Every built page loads without errors and passes axe (WCAG 2.2 A/AA), at phone and desktop widths. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { axeViolations, builtPages, launch, open } from './browser.ts';

const pages = builtPages();
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('every page', () => {
  it('the build produced the pages a citizen needs', () => {
    for (const p of ['/', '/thu-tuc/', '/bao-cao/', '/nguon/', '/giay-to/', '/404.html']) expect(pages).toContain(p);
    expect(pages.filter((p) => /^\/thu-tuc\/[^/]+\/$/.test(p)).length).toBeGreaterThanOrEqual(5);
  });

  for (const path of pages) {
    it(`${path} loads with no console error and no axe violation`, async () => {
      const { page, context, problems } = await open(browser, path, { viewport: { width: 1280, height: 900 } });
      expect(await page.getAttribute('html', 'lang')).toBe('vi');
      expect((await page.title()).length).toBeGreaterThan(3);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await axeViolations(page)).toEqual([]);
      // Vietnamese puts no space before , ; : (a template line break can add one).
      const text = await page.locator('body').innerText();
      expect(text.match(/\S[ \u00a0]+[,;:](?=\s|$)/g) ?? []).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  // One fresh browser context per page, serially: allow for a loaded machine.
  it('phone width (360 px): no page scrolls sideways and every page passes axe', { timeout: 300_000 }, async () => {
    const wide: string[] = [];
    const violations: string[] = [];
    for (const path of pages) {
      const { page, context } = await open(browser, path, { viewport: { width: 360, height: 740 } });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 1) wide.push(`${path}: ${overflow}px`);
      // Tables that scroll sideways only exist at this width: axe must see them here too.
      for (const v of await axeViolations(page)) violations.push(`${path}: ${v}`);
      await context.close();
    }
    expect(wide).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('dark colour scheme: the home, a guide and the report pass axe', async () => {
    for (const path of ['/', pages.find((p) => /^\/thu-tuc\/[^/]+\/$/.test(p))!, '/bao-cao/']) {
      const { page, context } = await open(browser, path, { colorScheme: 'dark' });
      expect(await axeViolations(page), path).toEqual([]);
      await context.close();
    }
  });

  it('from the home page a citizen reaches every guide and every life event in one click', async () => {
    const { page, context } = await open(browser, '/');
    const hrefs = await page.$$eval('main a[href]', (as) => as.map((a) => a.getAttribute('href')));
    for (const p of pages.filter((x) => /^\/(thu-tuc|su-kien)\/[^/]+\/$/.test(x))) expect(hrefs, p).toContain(p);
    await context.close();
  });
});
