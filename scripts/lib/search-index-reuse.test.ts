import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pagefindArgs, reuseSearchIndex, SEARCH_EXCLUDE_SELECTORS, searchInputDigest, stampSearchIndex } from './search-index-reuse.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A project with a published site (dist -> .build/site-1) that has an index, and a new staging folder. */
function project(): { site: string; staging: string } {
  root = mkdtempSync(join(tmpdir(), 'index-reuse-'));
  const site = join(root, '.build', 'site-1');
  const staging = join(root, '.build', 'dist-2');
  for (const dir of [site, staging]) {
    mkdirSync(join(dir, 'thu-tuc', 'a'), { recursive: true });
    writeFileSync(join(dir, 'thu-tuc', 'a', 'index.html'), '<main data-pagefind-body>Khai sinh</main>');
  }
  mkdirSync(join(site, 'pagefind', 'index'), { recursive: true });
  writeFileSync(join(site, 'pagefind', 'pagefind-entry.json'), '{"version":"1"}');
  writeFileSync(join(site, 'pagefind', 'index', 'a.pf_index'), 'index');
  writeFileSync(join(site, 'pagefind', 'pagefind-entry.json.gz'), 'gz');
  symlinkSync(join('.build', 'site-1'), join(root, 'dist'));
  return { site, staging };
}

describe('the search index is reused only when no page changed', () => {
  it('copies the published index (not its compressed copies) when the pages are the same', () => {
    const { site, staging } = project();
    stampSearchIndex(root, site, searchInputDigest(root, site));
    expect(reuseSearchIndex(root, staging, searchInputDigest(root, staging))).toBe(true);
    expect(readFileSync(join(staging, 'pagefind', 'index', 'a.pf_index'), 'utf8')).toBe('index');
    expect(() => readFileSync(join(staging, 'pagefind', 'pagefind-entry.json.gz'))).toThrow();
  });

  it('runs Pagefind again when a page changed', () => {
    const { site, staging } = project();
    stampSearchIndex(root, site, searchInputDigest(root, site));
    writeFileSync(join(staging, 'thu-tuc', 'a', 'index.html'), '<main data-pagefind-body>Khai sinh (đã sửa)</main>');
    expect(reuseSearchIndex(root, staging, searchInputDigest(root, staging))).toBe(false);
  });

  it('runs Pagefind again when a page was added', () => {
    const { site, staging } = project();
    stampSearchIndex(root, site, searchInputDigest(root, site));
    mkdirSync(join(staging, 'thu-tuc', 'b'));
    writeFileSync(join(staging, 'thu-tuc', 'b', 'index.html'), '<main data-pagefind-body>Thường trú</main>');
    expect(reuseSearchIndex(root, staging, searchInputDigest(root, staging))).toBe(false);
  });

  it('runs Pagefind again when what it leaves out changed, though no page did', () => {
    const { site, staging } = project();
    stampSearchIndex(root, site, searchInputDigest(root, site, ['.a']));
    expect(reuseSearchIndex(root, staging, searchInputDigest(root, staging, ['.a', '.b']))).toBe(false);
    expect(reuseSearchIndex(root, staging, searchInputDigest(root, staging, ['.a']))).toBe(true);
  });

  it('tells Pagefind what to leave out', () => {
    expect(pagefindArgs('/s')).toEqual([
      '--site',
      '/s',
      '--silent',
      ...SEARCH_EXCLUDE_SELECTORS.flatMap((x) => ['--exclude-selectors', x]),
    ]);
    expect(SEARCH_EXCLUDE_SELECTORS.length).toBeGreaterThan(0);
  });

  it('runs Pagefind again when the stamp is for another site than the published one, or missing', () => {
    const { staging } = project();
    expect(reuseSearchIndex(root, staging, searchInputDigest(root, staging))).toBe(false);
    const other = join(root, '.build', 'site-0');
    mkdirSync(other, { recursive: true });
    stampSearchIndex(root, other, searchInputDigest(root, staging));
    expect(reuseSearchIndex(root, staging, searchInputDigest(root, staging))).toBe(false);
  });
});
