import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import siteSitemap from '../integrations/sitemap.ts';
import { inSitemap, isNoindex } from './sitemap.ts';

const SITE = 'https://example.vn';
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs the sitemap integration's hooks as `astro build` does, on these page paths, into a temporary folder. */
async function build(pathnames: string[], entryLimit?: number): Promise<Record<string, string>> {
  const dir = mkdtempSync(join(tmpdir(), 'sitemap-'));
  dirs.push(dir);
  const hooks = siteSitemap(entryLimit).hooks as Record<string, (arg: unknown) => unknown>;
  const logger = {
    info: () => {},
    warn: () => {},
    error: (m: string) => {
      throw new Error(m);
    },
  };
  await hooks['astro:routes:resolved']!({ routes: [], logger });
  await hooks['astro:config:done']!({ config: { site: SITE, base: '/', trailingSlash: 'always', build: { format: 'directory' } }, logger });
  await hooks['astro:build:done']!({ dir: pathToFileURL(`${dir}/`), pages: pathnames.map((pathname) => ({ pathname })), logger });
  return Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

describe('sitemap', () => {
  it('keeps indexable pages and leaves out staff pages, embeds, the search page, the 404 page and non-pages', () => {
    for (const p of ['/', '/thu-tuc/dang-ky-khai-sinh/', '/thu-tuc/danh-sach/a-z/2/', '/giay-to/can-cuoc/'])
      expect(inSitemap(`${SITE}${p}`), p).toBe(true);
    for (const p of [
      '/can-bo/',
      '/can-bo/tinh-trang/qua-han/2/',
      '/nhung/so-sanh-muc-cat-giam/',
      '/tim-kiem/',
      '/404/',
      '/robots.txt',
      '/du-lieu/chi-so.csv',
    ]) {
      expect(inSitemap(`${SITE}${p}`), p).toBe(false);
    }
  });

  it('writes a sitemap index with one file while under the limit, pointing at absolute URLs', async () => {
    const files = await build(['', 'thu-tuc/dang-ky-khai-sinh/', 'can-bo/', 'nhung/x/', 'tim-kiem/']);
    expect(Object.keys(files).sort()).toEqual(['sitemap-0.xml', 'sitemap-index.xml']);
    expect(locs(files['sitemap-index.xml']!)).toEqual([`${SITE}/sitemap-0.xml`]);
    expect(locs(files['sitemap-0.xml']!).sort()).toEqual([`${SITE}/`, `${SITE}/thu-tuc/dang-ky-khai-sinh/`]);
  });

  it('splits into several files listed by the index once the pages pass the limit (lowered here to 3)', async () => {
    const pages = Array.from({ length: 8 }, (_, i) => `thu-tuc/g-${i}/`);
    const files = await build([...pages, 'can-bo/linh-vuc/ho-tich/'], 3);
    expect(locs(files['sitemap-index.xml']!)).toEqual([0, 1, 2].map((i) => `${SITE}/sitemap-${i}.xml`));
    const all = [0, 1, 2].flatMap((i) => locs(files[`sitemap-${i}.xml`]!));
    expect(all.sort()).toEqual(pages.map((p) => `${SITE}/${p}`).sort());
    for (const i of [0, 1, 2]) expect(locs(files[`sitemap-${i}.xml`]!).length).toBeLessThanOrEqual(3);
  });

  it('recognises noindex only in a robots meta tag', () => {
    expect(isNoindex('<meta name="robots" content="noindex">')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex in text">')).toBe(false);
    expect(isNoindex('<p>noindex</p>')).toBe(false);
  });
});
