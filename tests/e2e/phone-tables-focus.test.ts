/**
 * What a phone or keyboard user notices: wide tables can be reached and scrolled by keyboard and
 * say that they scroll; the focus ring is visible on light and dark pages; the header search box
 * follows dark mode; the search page has one search box and does not jump when results arrive.
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

const phone = { viewport: { width: 360, height: 740 } };
const desktop = { viewport: { width: 1280, height: 900 } };

/** WCAG contrast ratio of two CSS colours, computed in the page. */
function contrast(page: Page, a: string, b: string): Promise<number> {
  return page.evaluate(
    ([x, y]) => {
      const rgb = (css: string) => {
        const probe = document.createElement('span');
        probe.style.color = css;
        document.body.append(probe);
        const m = /(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?),\s*(\d+(?:\.\d+)?)/.exec(getComputedStyle(probe).color)!;
        probe.remove();
        return [m[1], m[2], m[3]].map((v) => Number(v) / 255);
      };
      const lum = (css: string) => {
        const [r, g, b] = rgb(css).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const [hi, lo] = [lum(x), lum(y)].sort((p, q) => q - p) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    },
    [a, b] as const,
  );
}

interface Wrapper {
  label: string | null;
  caption: string | undefined;
  role: string | null;
  tabindex: string | null;
  overflows: boolean;
  hintShown: boolean;
  shadows: boolean;
}

const wrappers = (page: Page) =>
  page.$$eval('[data-table-scroll]', (els) =>
    els.map((el): Wrapper => ({
      label: el.getAttribute('aria-label'),
      caption: el.querySelector('caption')?.textContent?.trim(),
      // A <section> with a name is a region (the axe run checks the rest).
      role: el.tagName === 'SECTION' && el.getAttribute('aria-label') ? 'region' : el.getAttribute('role'),
      tabindex: el.getAttribute('tabindex'),
      overflows: el.scrollWidth > el.clientWidth + 1,
      hintShown: ((hint) => !!hint && hint.offsetHeight > 0 && getComputedStyle(hint).visibility === 'visible')(
        el.querySelector<HTMLElement>('.scroll-hint'),
      ),
      shadows: getComputedStyle(el).backgroundImage.includes('radial-gradient'),
    })),
  );

describe('wide tables on a phone', () => {
  for (const path of ['/bao-cao/', '/du-lieu/']) {
    it(`${path}: a table wider than the screen is a named, focusable region that says it scrolls`, async () => {
      const { page, context } = await open(browser, path, phone);
      const all = await wrappers(page);
      expect(all.length).toBeGreaterThan(0);
      expect(all.filter((w) => w.overflows).length, 'some table is wider than 360 px').toBeGreaterThan(0);
      for (const w of all) {
        expect(w.role).toBe('region');
        expect(w.tabindex).toBe('0');
        expect(w.label, 'the region is named by its caption').toBe(w.caption);
        expect(w.shadows).toBe(true);
        expect(w.hintShown, `${w.label}: hint shown exactly when the table overflows`).toBe(w.overflows);
      }
      await context.close();
    });
  }

  it('the keyboard reaches a wide table, shows the focus ring and scrolls it with the arrow keys', async () => {
    const { page, context } = await open(browser, '/du-lieu/', phone);
    const region = page.locator('[data-table-scroll]').first();
    for (let i = 0; i < 60 && !(await region.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    expect(await region.evaluate((el) => el === document.activeElement), 'reached by Tab').toBe(true);
    const ring = await region.evaluate((el) => {
      const s = getComputedStyle(el);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth), color: s.outlineColor };
    });
    expect(ring.style).toBe('solid');
    expect(ring.width).toBeGreaterThanOrEqual(2);
    expect(await contrast(page, ring.color, '#ffffff')).toBeGreaterThanOrEqual(3);
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    await context.close();
  });

  it('at desktop width a table that fits shows no hint', async () => {
    const { page, context } = await open(browser, '/du-lieu/', desktop);
    const [w] = await wrappers(page);
    expect(w!.overflows).toBe(false);
    expect(w!.hintShown).toBe(false);
    await context.close();
  });
});

describe('focus ring and dark mode', () => {
  const ringOf = (page: Page, selector: string) =>
    page.evaluate((sel) => {
      const el = document.querySelector<HTMLElement>(sel)!;
      el.focus({ focusVisible: true } as FocusOptions);
      const s = getComputedStyle(el);
      return { color: s.outlineColor, style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    }, selector);
  const pageBg = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  it('the focus ring has at least 3:1 contrast against white and against the dark background', async () => {
    const light = await open(browser, '/', desktop);
    const dark = await open(browser, '/', { ...desktop, colorScheme: 'dark' });
    const darkBg = await pageBg(dark.page);
    expect(await contrast(dark.page, darkBg, '#ffffff'), 'the dark page is dark').toBeGreaterThan(10);
    for (const { page } of [light, dark]) {
      const ring = await ringOf(page, 'main a[href]');
      expect(ring.style).toBe('solid');
      expect(ring.width).toBeGreaterThanOrEqual(2);
      expect(await contrast(page, ring.color, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(await contrast(page, ring.color, darkBg)).toBeGreaterThanOrEqual(3);
      expect(await contrast(page, ring.color, await pageBg(page))).toBeGreaterThanOrEqual(3);
      // On the red header bar the ring takes a light colour that stands out there.
      const header = await ringOf(page, '.site-header nav a');
      const bar = await page.evaluate(() => getComputedStyle(document.querySelector('.site-header')!).backgroundColor);
      expect(await contrast(page, header.color, bar)).toBeGreaterThanOrEqual(3);
    }
    await light.context.close();
    await dark.context.close();
  });

  it('the header search box follows dark mode instead of staying white', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, context } = await open(browser, '/', { ...desktop, colorScheme });
      const box = await page.$eval('#tim-kiem-nhanh', (el) => ({
        bg: getComputedStyle(el).backgroundColor,
        fg: getComputedStyle(el).color,
      }));
      const bg = await pageBg(page);
      expect(box.bg, colorScheme).toBe(bg);
      if (colorScheme === 'dark') expect(box.bg).not.toBe('rgb(255, 255, 255)');
      expect(await contrast(page, box.fg, box.bg)).toBeGreaterThanOrEqual(4.5);
      await context.close();
    }
  });
});

describe('the search page', () => {
  it('has one search box (the header one is left out there); other pages keep the header box', async () => {
    const search = await open(browser, '/tim-kiem/', desktop);
    expect(await search.page.locator('input[type="search"]').count()).toBe(1);
    expect(await search.page.locator('[role="search"]').count()).toBe(1);
    await search.context.close();
    const home = await open(browser, '/', desktop);
    expect(await home.page.locator('.site-header input[type="search"]').count()).toBe(1);
    await home.context.close();
  });

  it('results arrive without moving what is on screen (layout shift under 0.02 on a phone)', async () => {
    const { page, context } = await open(browser, '/tim-kiem/?q=khai+sinh', phone);
    await expect.poll(() => page.locator('#ket-qua-tim-kiem li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await page.waitForTimeout(300);
    const shift = await page.evaluate(
      () =>
        new Promise<number>((done) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
              if (!e.hadRecentInput) sum += e.value;
            }
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => done(sum), 200);
        }),
    );
    expect(shift).toBeLessThan(0.02);
    await context.close();
  });
});
