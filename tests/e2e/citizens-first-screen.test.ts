/**
 * The checklist first: on a phone (390 × 844) every guide and life event shows, below its title,
 * one sentence, the key facts on one line and the first box of the checklist on the first screen.
 * The notice about the 2025 reorganisation is one line that opens, with or without JavaScript.
 * Prints each page's position of the first box, for the record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtPages, launch, open } from './browser.ts';
import { isLifeEventPath } from '../../src/utils/routes.ts';

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 };
const pages = builtPages().filter((p) => /^\/thu-tuc\/[^/]+\/$/.test(p) || isLifeEventPath(p));
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('the checklist first, on a phone', () => {
  it('finds every guide, every life event and its paths', () => {
    expect(pages.filter((p) => p.startsWith('/thu-tuc/')).length).toBeGreaterThanOrEqual(7);
    expect(pages).toContain('/su-kien/sinh-con/lam-rieng/');
  });

  const positions: Record<string, number> = {};
  for (const path of pages) {
    it(`${path}: the first checkbox is on the first screen, after one sentence and the key facts`, async () => {
      const { page, context, problems } = await open(browser, path, PHONE);
      const layout = await page.evaluate(() => {
        const top = (sel: string) => document.querySelector(sel)?.getBoundingClientRect().top ?? -1;
        const notice = document.querySelector('.notice');
        return {
          box: top('.checklist input[type=checkbox]'),
          h1: top('h1'),
          facts: top('.key-facts'),
          factCount: document.querySelectorAll('.key-facts li').length,
          summary: top('.guide-summary, #cac-thu-tuc'),
          noticeHeight: notice?.getBoundingClientRect().height ?? 0,
          noticeOpen: notice?.querySelector('details')?.open ?? null,
        };
      });
      positions[path] = Math.round(layout.box);
      expect(layout.box).toBeGreaterThan(layout.facts);
      expect(layout.facts).toBeGreaterThan(layout.h1);
      expect(layout.factCount).toBe(4);
      expect(layout.box, `first checkbox at ${layout.box} px`).toBeLessThan(844);
      // The full summary (a guide) or the procedures (a life event) come after the checklist.
      expect(layout.summary).toBeGreaterThan(layout.box);
      expect(layout.noticeOpen).toBe(false);
      expect(layout.noticeHeight).toBeLessThan(60);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  afterAll(() => {
    console.log(
      `first checkbox, px from the top at 390 × 844:\n${Object.entries(positions)
        .map(([p, y]) => `  ${p} ${y}`)
        .join('\n')}`,
    );
  });

  it('the notice opens to its full text without JavaScript', async () => {
    const { page, context } = await open(browser, '/thu-tuc/dang-ky-khai-sinh/', { ...PHONE, javaScriptEnabled: false });
    const notice = page.locator('.notice');
    expect(await notice.getByText('Nghị quyết 1656/NQ-UBTVQH15').isVisible()).toBe(false);
    await notice.locator('summary').click();
    expect(await notice.getByText('Nghị quyết 1656/NQ-UBTVQH15').isVisible()).toBe(true);
    await context.close();
  });
});
