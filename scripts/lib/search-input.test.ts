import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  isSearchable,
  linkSearchInput,
  pagefindArgs,
  reuseSearchIndex,
  SEARCH_EXCLUDE_SELECTORS,
  searchInput,
  stampSearchIndex,
} from './search-input.ts';

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
    stampSearchIndex(root, site, searchInput(root, site).digest);
    expect(reuseSearchIndex(root, staging, searchInput(root, staging).digest)).toBe(true);
    expect(readFileSync(join(staging, 'pagefind', 'index', 'a.pf_index'), 'utf8')).toBe('index');
    expect(() => readFileSync(join(staging, 'pagefind', 'pagefind-entry.json.gz'))).toThrow();
  });

  it('runs Pagefind again when a page changed', () => {
    const { site, staging } = project();
    stampSearchIndex(root, site, searchInput(root, site).digest);
    writeFileSync(join(staging, 'thu-tuc', 'a', 'index.html'), '<main data-pagefind-body>Khai sinh (đã sửa)</main>');
    expect(reuseSearchIndex(root, staging, searchInput(root, staging).digest)).toBe(false);
  });

  it('runs Pagefind again when a page was added', () => {
    const { site, staging } = project();
    stampSearchIndex(root, site, searchInput(root, site).digest);
    mkdirSync(join(staging, 'thu-tuc', 'b'));
    writeFileSync(join(staging, 'thu-tuc', 'b', 'index.html'), '<main data-pagefind-body>Thường trú</main>');
    expect(reuseSearchIndex(root, staging, searchInput(root, staging).digest)).toBe(false);
  });

  it('runs Pagefind again when what it leaves out changed, though no page did', () => {
    const { site, staging } = project();
    stampSearchIndex(root, site, searchInput(root, site, ['.a']).digest);
    expect(reuseSearchIndex(root, staging, searchInput(root, staging, ['.a', '.b']).digest)).toBe(false);
    expect(reuseSearchIndex(root, staging, searchInput(root, staging, ['.a']).digest)).toBe(true);
  });

  it('tells Pagefind where the searchable pages are, where the index goes and what to leave out', () => {
    expect(pagefindArgs('/in', '/s')).toEqual([
      '--site',
      '/in',
      '--output-path',
      join('/s', 'pagefind'),
      '--silent',
      ...SEARCH_EXCLUDE_SELECTORS.flatMap((x) => ['--exclude-selectors', x]),
    ]);
    expect(SEARCH_EXCLUDE_SELECTORS.length).toBeGreaterThan(0);
  });

  it('Pagefind reads the searchable pages only, hard-linked at their own paths', () => {
    const { staging } = project();
    mkdirSync(join(staging, 'can-bo'), { recursive: true });
    writeFileSync(join(staging, 'can-bo', 'index.html'), '<main id="noi-dung">Rà soát</main>');
    const input = searchInput(root, staging);
    expect(input.pages).toEqual([join('thu-tuc', 'a', 'index.html')]);
    const dir = join(root, '.build', 'search-input-3');
    linkSearchInput(staging, input.pages, dir);
    const linked = join(dir, 'thu-tuc', 'a', 'index.html');
    expect(statSync(linked).ino).toBe(statSync(join(staging, 'thu-tuc', 'a', 'index.html')).ino);
    expect(existsSync(join(dir, 'can-bo'))).toBe(false);
  });

  it('a page that is not searchable changes nothing Pagefind reads', () => {
    const { site, staging } = project();
    stampSearchIndex(root, site, searchInput(root, site).digest);
    mkdirSync(join(staging, 'can-bo'), { recursive: true });
    writeFileSync(join(staging, 'can-bo', 'index.html'), '<main id="noi-dung">Rà soát</main>');
    expect(reuseSearchIndex(root, staging, searchInput(root, staging).digest)).toBe(true);
  });

  it('a page larger than the read buffer is hashed whole', () => {
    const { staging } = project();
    const big = (last: string) => `<main data-pagefind-body>${'x'.repeat(3 << 20)}${last}</main>`;
    writeFileSync(join(staging, 'thu-tuc', 'a', 'index.html'), big('a'));
    const before = searchInput(root, staging).digest;
    writeFileSync(join(staging, 'thu-tuc', 'a', 'index.html'), big('b'));
    expect(searchInput(root, staging).digest).not.toBe(before);
  });

  it('knows a searchable page by the attribute on an element, not by the words in its text', () => {
    expect(isSearchable('<main id="noi-dung" class="container" data-pagefind-body>')).toBe(true);
    expect(isSearchable('<main data-pagefind-body="">')).toBe(true);
    expect(isSearchable('<main id="noi-dung"><p>data-pagefind-body</p></main>')).toBe(false);
    expect(isSearchable('<main data-pagefind-bodyx>')).toBe(false);
  });

  it('runs Pagefind again when the stamp is for another site than the published one, or missing', () => {
    const { staging } = project();
    expect(reuseSearchIndex(root, staging, searchInput(root, staging).digest)).toBe(false);
    const other = join(root, '.build', 'site-0');
    mkdirSync(other, { recursive: true });
    stampSearchIndex(root, other, searchInput(root, staging).digest);
    expect(reuseSearchIndex(root, staging, searchInput(root, staging).digest)).toBe(false);
  });
});
