/**
 * Markup that only Pagefind needs: the folded search alias in each page's head (see
 * src/components/SearchMeta.astro). Pagefind copies it into its index, so once the site is
 * indexed it is removed from the published pages, where it would only add bytes to every
 * first load (about 0.7 KB gzip on a long guide).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { walk } from '../check-build.ts';

const ALIAS = /<meta (?:name="search-alias" )?data-pagefind-meta="search_alias\[content\]" content="[^"]*">/g;

/** The page without its search alias. */
export function stripIndexOnlyMarkup(html: string): string {
  return html.replace(ALIAS, '');
}

/** Strips every built page in `dir`; returns how many pages changed. */
export function stripIndexOnlyMarkupIn(dir: string): number {
  let changed = 0;
  for (const file of walk(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const out = stripIndexOnlyMarkup(html);
    if (out !== html) {
      writeFileSync(file, out);
      changed++;
    }
  }
  return changed;
}
