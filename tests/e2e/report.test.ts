/** The report shows every figure of the source article exactly, and unknowns as unknown. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch, open } from './browser.ts';
import { seedRows } from '../seed.ts';

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launch();
  ({ page } = await open(browser, '/bao-cao/'));
});
afterAll(async () => {
  await browser?.close();
});

describe('reform report table', () => {
  const rows = seedRows();

  it('has one table per procedure of the article', async () => {
    const names = new Set(rows.map((r) => r.procedure));
    expect(await page.locator('table.metric-table').count()).toBe(names.size);
    for (const name of names) {
      await expect(page.getByRole('heading', { level: 2, name, exact: true }).count()).resolves.toBe(1);
    }
  });

  for (const row of rows) {
    it(`${row.procedure} · ${row.period}: every figure as the article gives it`, async () => {
      const section = page.locator('section.metric-section', {
        has: page.getByRole('heading', { level: 2, name: row.procedure, exact: true }),
      });
      const tr = section.locator(`tr[data-period="${row.period}"]`);
      expect(await tr.count()).toBe(1);
      const label = (await tr.locator('th').innerText()).split('\n')[0];
      expect(label).toBe(row.period === 'before' ? 'Trước cải cách' : `Năm ${row.period}`);
      for (const key of ['days', 'trips', 'agencies', 'onlineLevel'] as const) {
        const td = tr.locator(`td[data-measure="${key}"]`);
        const seed = row[key];
        expect(await td.getAttribute('data-value'), key).toBe(seed.value === null ? '' : String(seed.value));
        const text = await td.innerText();
        if (seed.value === null) {
          expect(text, key).toContain('Chưa có số liệu');
          expect(text, key).not.toMatch(/^\s*0\b/);
        } else {
          expect(text.split('\n')[0], key).toBe(seed.atLeast ? `≥ ${seed.value}` : String(seed.value));
        }
      }
    });
  }

  it('no period is shown as a made-up year and every section names its source', async () => {
    expect(await page.locator('text=/Năm (2013|2014)/').count()).toBe(0);
    const sections = page.locator('section.metric-section');
    for (let i = 0; i < (await sections.count()); i++) {
      expect(await sections.nth(i).locator('.source-line a[href^="/nguon/#"]').count()).toBeGreaterThan(0);
    }
  });
});
