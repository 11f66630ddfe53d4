/**
 * What the site search is made from, and when it need not be made again.
 *
 * Pagefind indexes only the pages that carry data-pagefind-body (BaseLayout's `searchable`), but it
 * reads and parses every page it is pointed at: at 20,000 guides the 7,000 catalogue, staff and
 * document pages it then drops cost it 1.1 GB of memory and 12 s. So the build points it at a
 * folder of hard links to the searchable pages only (`linkSearchInput`), and the index is the same.
 *
 * Pagefind has no incremental mode: it writes the whole index each time. When no searchable page
 * changed (the daily build on a day without an edit, a change that shows on no searchable page),
 * the index it would write is the one the published site already has. So the build hashes what
 * Pagefind reads (the searchable pages, the Pagefind version and what it is told to leave out) and,
 * when the hash is the one recorded for the published site, copies that site's index instead.
 */
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  readSync,
  realpathSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { walk } from './dist-files.ts';
import { publishedSite } from './publish.ts';

const stampOf = (root: string) => join(root, '.build', 'cache', 'search-index.json');

/**
 * What the site search leaves out of a page, by selector: text much the same from guide to guide,
 * or repeated from the page's own head alias, so that each common word matched every guide. At
 * 20,000 guides that text held Pagefind at 9.5 GB and a search at about a second (issue 10's
 * bench). Selectors, not data-pagefind-ignore attributes: they add no byte to the guides, which
 * weigh against their budget. The search regression tests check what a guide's index holds.
 */
export const SEARCH_EXCLUDE_SELECTORS = [
  // The key facts line repeats the summary (guides and life events).
  '.key-facts',
  // A guide's summary keeps its fees (3), deciding agency (7) and national code (8); its deadline,
  // trips, places, hours and online level are mostly the same notes on every guide.
  ...[1, 2, 4, 5, 6].map((n) => `.guide-summary dl > div:nth-child(${n})`),
  // A guide's steps, conditions, result, points to confirm, staff's notes, history, related guides
  // and reform figures (ProcedureGuide.astro, GuideHistory.astro, GuideReferences.astro).
  ...['cac-buoc', 'doi-tuong', 'ket-qua', 'can-xac-nhan', 'lich-su-thay-doi', 'lien-quan', 'ket-qua-cai-cach'].map(
    (id) => `.guide section[aria-labelledby="${id}"]`,
  ),
  '.guide .body',
  // A life event's procedures in order and its time table: its guides' own words, found on them.
  ...['cac-thu-tuc', 'thoi-gian'].map((id) => `.life-event section[aria-labelledby="${id}"]`),
  // The few words before each paper's notes (original or copy, required or when).
  '.checklist .meta > span:first-child',
];

/** Pagefind's command line: index the pages under `input`, write the index into `site`/pagefind. */
export function pagefindArgs(input: string, site: string): string[] {
  return [
    '--site',
    input,
    '--output-path',
    join(site, 'pagefind'),
    '--silent',
    ...SEARCH_EXCLUDE_SELECTORS.flatMap((s) => ['--exclude-selectors', s]),
  ];
}

const BODY_ATTRIBUTE = 'data-pagefind-body';

/** A page Pagefind would index: an element of it carries data-pagefind-body. */
export const isSearchable = (html: string) => /<[a-z][^>]*\sdata-pagefind-body[\s=>]/i.test(html);

export interface SearchInput {
  /** The searchable pages, relative to the site, sorted. */
  pages: string[];
  /** A hash of them (path and content), the Pagefind package and what it leaves out. */
  digest: string;
}

/** The pages of a staged site that the search is made from, and their hash. */
export function searchInput(root: string, staging: string, excluded: readonly string[] = SEARCH_EXCLUDE_SELECTORS): SearchInput {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(excluded)).update('\0');
  const pagefindPackage = join(root, 'node_modules', 'pagefind', 'package.json');
  hash.update(existsSync(pagefindPackage) ? readFileSync(pagefindPackage) : 'no pagefind');
  const pages: string[] = [];
  const reader = reusedReader();
  for (const file of walk(staging)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    const html = reader(file);
    // The byte search first: most pages that are not searchable never need decoding.
    if (!html.includes(BODY_ATTRIBUTE) || !isSearchable(html.toString('utf8'))) continue;
    const rel = relative(staging, file);
    pages.push(rel);
    hash.update(rel).update('\0').update(html).update('\0');
  }
  return { pages, digest: hash.digest('hex') };
}

/**
 * Reads files into one buffer, grown as needed, and returns a view of it valid until the next read.
 * A buffer per page would leave this process 0.9 GB bigger at 20,000 guides, while Pagefind runs.
 */
function reusedReader(): (file: string) => Buffer {
  let buf = Buffer.alloc(1 << 20);
  return (file) => {
    const size = statSync(file).size;
    if (size > buf.length) buf = Buffer.alloc(size * 2);
    const fd = openSync(file, 'r');
    try {
      let read = 0;
      while (read < size) {
        const n = readSync(fd, buf, read, size - read, read);
        if (n === 0) break;
        read += n;
      }
      return buf.subarray(0, read);
    } finally {
      closeSync(fd);
    }
  };
}

/** A fresh folder at `dir` holding hard links to the searchable pages of `staging`, at their own paths. */
export function linkSearchInput(staging: string, pages: readonly string[], dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const rel of pages) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    linkSync(join(staging, rel), join(dir, rel));
  }
}

/** Copies the published site's index into `staging` when it was made from the same input; true when it did. */
export function reuseSearchIndex(root: string, staging: string, digest: string): boolean {
  const site = publishedSite(root);
  if (!site || !existsSync(stampOf(root)) || !existsSync(join(site, 'pagefind', 'pagefind-entry.json'))) return false;
  const stamp = JSON.parse(readFileSync(stampOf(root), 'utf8')) as { digest?: string; site?: string };
  if (stamp.digest !== digest || stamp.site !== realpathSync(site)) return false;
  // Only Pagefind's own files: the .gz/.br beside them are written again by the precompress step.
  cpSync(join(site, 'pagefind'), join(staging, 'pagefind'), { recursive: true, filter: (src) => !/\.(gz|br)$/.test(src) });
  return true;
}

/** After publishing: record which input the published site's index was made from. */
export function stampSearchIndex(root: string, site: string, digest: string): void {
  mkdirSync(dirname(stampOf(root)), { recursive: true });
  writeFileSync(stampOf(root), `${JSON.stringify({ digest, site: realpathSync(site) })}\n`);
}
