/**
 * Printed checklists, as Chromium prints them to PDF on A4: a typical guide fits one page, the
 * longest life event one or two; the sheet carries the empty tick boxes, the office address and
 * hours, the last-reviewed date and the QR code back to the guide.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { builtPages, launch, open } from './browser.ts';
import { isLifeEventPath } from '../../src/utils/routes.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** Pages in a PDF made by Chromium: one "/Type /Page" dictionary each (the tree is "/Type /Pages"). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g) ?? []).length;
}

async function printed(path: string): Promise<{ pages: number; page: Page; close: () => Promise<void> }> {
  const { page, context, problems } = await open(browser, path, { viewport: { width: 1280, height: 900 } });
  // Tick something first: the paper sheet must still show empty boxes.
  await page.locator('.checklist input[type=checkbox]').first().check();
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
  expect(problems).toEqual([]);
  return { pages: pdfPageCount(pdf), page, close: () => context.close() };
}

const guides = builtPages().filter((p) => /^\/thu-tuc\/[^/]+\/$/.test(p));
const events = builtPages().filter(isLifeEventPath);

describe('printed checklists (A4, Chromium PDF)', () => {
  it('finds the guides and life events to print', () => {
    expect(guides.length).toBeGreaterThanOrEqual(5);
    expect(events.length).toBeGreaterThanOrEqual(4);
  });

  it('a typical guide (đăng ký khai sinh) prints on one page', async () => {
    const { pages, close } = await printed('/thu-tuc/dang-ky-khai-sinh/');
    expect(pages).toBe(1);
    await close();
  });

  for (const path of guides) {
    it(`${path} prints on one or two pages`, async () => {
      const { pages, close } = await printed(path);
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(pages).toBeLessThanOrEqual(2);
      await close();
    });
  }

  it('the life event with the longest checklist prints on one or two pages, and so does every other', async () => {
    const counts: Record<string, { items: number; pages: number }> = {};
    for (const path of events) {
      const { pages, page, close } = await printed(path);
      counts[path] = { items: await page.locator('.checklist li').count(), pages };
      await close();
    }
    const longest = Object.entries(counts).sort((a, b) => b[1].items - a[1].items)[0]!;
    expect(longest[1].items).toBeGreaterThan(3);
    for (const [path, c] of Object.entries(counts)) expect(c.pages, path).toBeLessThanOrEqual(2);
  });

  it('the printed sheet shows empty tick boxes, the office, its hours, the review date and a QR code, and hides the screen-only parts', async () => {
    const { page, close } = await printed('/thu-tuc/dang-ky-khai-sinh/');
    const sheet = await page.evaluate(() => {
      const visible = (el: Element | null) => !!el && getComputedStyle(el).display !== 'none' && el.getBoundingClientRect().height > 0;
      const item = document.querySelector('.checklist li')!;
      const box = getComputedStyle(item, '::before');
      return {
        box: box.content !== 'none' && box.borderTopStyle === 'solid',
        checkboxShown: visible(document.querySelector('.checklist input')),
        info: visible(document.querySelector('.print-info')) ? document.querySelector('.print-info')!.textContent : '',
        qr: visible(document.querySelector('.print-info svg, .qr svg')),
        header: visible(document.querySelector('.site-header')),
        buttons: visible(document.querySelector('.checklist .actions')),
      };
    });
    expect(sheet.box).toBe(true);
    expect(sheet.checkboxShown).toBe(false);
    expect(sheet.info).toMatch(/Rà soát lần cuối: \d{2}\/\d{2}\/\d{4}/);
    expect(sheet.info).toMatch(/[Gg]iờ/);
    expect(sheet.qr).toBe(true);
    expect(sheet.header).toBe(false);
    expect(sheet.buttons).toBe(false);
    await close();
  });
});
