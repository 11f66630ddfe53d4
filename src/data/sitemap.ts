/**
 * Which pages the sitemap lists: every page search engines may index. Pages that say
 * <meta name="robots" content="noindex…"> (the staff pages, the search page, the chart embeds)
 * are left out by their address, since @astrojs/sitemap sees addresses, not HTML; `isNoindex`
 * lets the tests prove that no listed page says noindex. Files that are not pages (CSV, JSON,
 * robots.txt) and the 404 page are left out too.
 */
import { isEmbedPath, isStaffPath, routes } from '../utils/routes.ts';

/**
 * URLs per sitemap file. The protocol allows 50,000 URLs or 50 MB per file; at about 100 bytes
 * a URL entry, 45,000 entries come to under 5 MB, so the count is the limit that binds. Past it,
 * @astrojs/sitemap writes several files listed by sitemap-index.xml.
 */
export const SITEMAP_ENTRY_LIMIT = 45_000;
/** The file robots.txt points to: the index, which lists the sitemap files. */
export const SITEMAP_INDEX = '/sitemap-index.xml';

export function isNoindex(html: string): boolean {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (/\bname=["']?robots["']?/i.test(tag) && /\bcontent=["'][^"']*noindex/i.test(tag)) return true;
  }
  return false;
}

/** Whether the page at this absolute URL (or path) belongs in the sitemap. */
export function inSitemap(url: string): boolean {
  const path = new URL(url, 'https://x.invalid').pathname;
  if (!path.endsWith('/')) return false;
  if (/^\/(404|500)\/$/.test(path)) return false;
  return !isStaffPath(path) && !isEmbedPath(path) && path !== routes.search;
}
