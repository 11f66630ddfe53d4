/**
 * Markup that only Pagefind needs: the folded search alias in each page's head (see
 * src/components/SearchMeta.astro). Pagefind copies it into its index, so once the site is
 * indexed it is removed from the published pages, where it would only add bytes to every
 * first load (about 0.7 KB gzip on a long guide).
 */

const ALIAS = /<meta (?:name="search-alias" )?data-pagefind-meta="search_alias\[content\]" content="[^"]*">/g;

/** The page without its search alias. */
export function stripIndexOnlyMarkup(html: string): string {
  return html.replace(ALIAS, '');
}
