/**
 * Staff tools on the built site: the review page lists every guide with its review date and status
 * and stays out of search engines and the site search; each guide links to its file for editing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { axeViolations, launch, open } from './browser.ts';
import { readContent } from '../../src/checks/read-content.ts';
import { ROOT } from '../content-fixtures.ts';

const { content, settings } = readContent(ROOT, new Date().toISOString().slice(0, 10), { includeDrafts: true });
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('staff review page /can-bo/', () => {
  it('lists every guide with its last-reviewed date and a review status', async () => {
    const { page, context, problems } = await open(browser, '/can-bo/');
    const rows = page.locator('li.row');
    expect(await rows.count()).toBe(content.procedures.length);
    for (const p of content.procedures) {
      const row = page.locator(`li.row[id="${p.id}"]`);
      expect(await row.locator('h3').innerText()).toBe(p.data.title);
      expect(await row.locator('time').getAttribute('datetime')).toBe(p.data.lastReviewed);
      expect(await row.locator('.badge').first().innerText()).toMatch(/Đã rà soát|Cần rà soát|Bản nháp/);
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is marked noindex and kept out of the site search index', async () => {
    const html = readFileSync(join(inject('distDir'), 'can-bo/index.html'), 'utf8');
    expect(html).toMatch(/<meta name="robots" content="noindex, nofollow">/);
    expect(html).not.toMatch(/data-pagefind-body/);
    const { page, context } = await open(browser, '/');
    // Every page Pagefind indexed (a null search returns them all).
    // A string, so that Vitest does not rewrite the browser's import().
    const urls = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const r = await pagefind.search(null);
      return Promise.all(r.results.map(async (x) => (await x.data()).url));
    })()`)) as string[];
    // The index is complete (every published guide is in it) and the staff page is not.
    for (const p of content.procedures.filter((x) => !x.data.draft)) expect(urls).toContain(`/thu-tuc/${p.id}/`);
    expect(urls.filter((u) => u.includes('/can-bo'))).toEqual([]);
    await context.close();
  });

  it('is absent from any sitemap the build writes', () => {
    const dist = inject('distDir');
    for (const f of readdirSync(dist).filter((n) => /^sitemap.*\.xml$/.test(n))) {
      expect(readFileSync(join(dist, f), 'utf8'), f).not.toContain('/can-bo/');
    }
    expect(existsSync(join(dist, 'can-bo/index.html'))).toBe(true);
  });

  it('passes axe in the dark colour scheme too', async () => {
    const { page, context } = await open(browser, '/can-bo/', { colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

describe('"Sửa trang này" on each guide', () => {
  it('links to the guide file under the edit address of the settings', async () => {
    const p = content.procedures.find((x) => !x.data.draft)!;
    const { page, context } = await open(browser, `/thu-tuc/${p.id}/`);
    const link = page.locator('footer.guide-footer').getByRole('link', { name: 'Sửa trang này' });
    expect(await link.count()).toBe(1);
    expect(await link.getAttribute('href')).toBe(`${settings!.editBaseUrl!}procedures/${p.id}.md`);
    await context.close();
  });
});
