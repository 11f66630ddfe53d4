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
import { reviewData } from '../../src/data/review.ts';

const today = new Date().toISOString().slice(0, 10);
const { content, settings, problems } = readContent(ROOT, today, { includeDrafts: true });
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('staff review page /can-bo/', () => {
  const review = reviewData(content, problems, today, settings!.editBaseUrl);

  it('counts the guides, life events, papers and points to confirm as the content has them', async () => {
    const { page, context, problems: errors } = await open(browser, '/can-bo/');
    const counts = await page.locator('p.counts').innerText();
    expect(counts).toContain(`${content.procedures.length} hướng dẫn`);
    expect(counts).toContain(`${content.lifeEvents.length} sự kiện`);
    expect(counts).toContain(`${content.documents.length} giấy tờ`);
    expect(counts).toContain(`${review.counts.points} điểm cần xác nhận`);
    expect(review.counts.points).toBeGreaterThan(content.procedures.length);
    const guide = page.getByRole('link', { name: 'Hướng dẫn sửa nội dung (content/README.md)' });
    expect(await guide.getAttribute('href')).toBe(`${settings!.editBaseUrl!}README.md`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lists every guide, life event and paper once across the status lists, with its date, points and edit link', () => {
    // Read from dist/ (a browser per list page is slow): the lists' pages, first to last by rel="next".
    const dist = inject('distDir');
    const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
    const overview = html('/can-bo/');
    const section = overview.match(/<section aria-labelledby="theo-tinh-trang"[\s\S]*?<\/section>/)![0];
    const lists = [...section.matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    expect(lists.length).toBe(4);
    const seen: string[] = [];
    for (const first of lists) {
      for (let path: string | undefined = first; path; path = html(path).match(/<link rel="next" href="([^"]+)"/)?.[1]) {
        for (const row of html(path).split('<li class="row"').slice(1)) {
          const file = row.match(/data-file="([^"]+)"/)![1]!;
          seen.push(file);
          const r = review.rows.find((x) => x.file === file)!;
          expect(r, file).toBeDefined();
          if (r.lastReviewed) expect(row).toContain(`datetime="${r.lastReviewed}"`);
          const points = row.match(/<ul class="points"[^>]*>([\s\S]*?)<\/ul>/)?.[1] ?? '';
          expect((points.match(/<li/g) ?? []).length, file).toBe(r.points.length);
          expect(row).toContain(`href="${r.editUrl!}"`);
        }
      }
    }
    expect(seen.sort()).toEqual([...content.procedures, ...content.lifeEvents, ...content.documents].map((e) => e.file).sort());
  });

  it('is linked from every page footer as "Dành cho cán bộ"', async () => {
    const { page, context } = await open(browser, '/');
    expect(await page.locator('footer').getByRole('link', { name: 'Dành cho cán bộ' }).getAttribute('href')).toBe('/can-bo/');
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
