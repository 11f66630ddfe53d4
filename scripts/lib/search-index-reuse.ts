/**
 * Pagefind has no incremental mode: it reads every page and writes the whole index, the longest
 * phase after Astro's (about 12 s at 2,000 guides). When no page changed (the daily build on a day
 * without an edit, a rebuild after a change that shows on no page), the index it would write is
 * the one the published site already has. So the build hashes what Pagefind reads (every page
 * Astro wrote, and the Pagefind version) and, when the hash is the one recorded for the published
 * site, copies that site's index instead of running Pagefind.
 */
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { walk } from './dist-files.ts';
import { publishedSite } from './publish.ts';

const stampOf = (root: string) => join(root, '.build', 'cache', 'search-index.json');

/**
 * What Pagefind leaves out besides the markup that carries data-pagefind-ignore: the few words
 * before each checklist paper's notes (original or copy, required or when), the same on every paper
 * of every guide, so each of them matched every guide (0.46 GB of Pagefind's memory at 20,000
 * guides). A selector here adds no byte to the guides, which weigh against their budget.
 */
export const SEARCH_EXCLUDE_SELECTORS = ['.checklist .meta > span:first-child'] as const;

/** Pagefind's command line for a staged site. */
export function pagefindArgs(staging: string): string[] {
  return ['--site', staging, '--silent', ...SEARCH_EXCLUDE_SELECTORS.flatMap((s) => ['--exclude-selectors', s])];
}

/** A hash of Pagefind's input: the built pages (by path and content), the Pagefind package and what it is told to leave out. */
export function searchInputDigest(root: string, staging: string, excluded: readonly string[] = SEARCH_EXCLUDE_SELECTORS): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify(excluded)).update('\0');
  const pagefindPackage = join(root, 'node_modules', 'pagefind', 'package.json');
  hash.update(existsSync(pagefindPackage) ? readFileSync(pagefindPackage) : 'no pagefind');
  for (const file of walk(staging)
    .filter((f) => f.endsWith('.html'))
    .sort()) {
    hash.update(relative(staging, file)).update('\0').update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
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
