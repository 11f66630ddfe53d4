/**
 * The sitemap lists every page search engines may index: a page that says
 * <meta name="robots" content="noindex…"> (staff pages, the search page) is left out, and so is
 * the 404 page. Pure: the build hook reads the built files and writes the result.
 */
export interface BuiltPage {
  /** URL path, e.g. "/thu-tuc/dang-ky-khai-sinh/". */
  path: string;
  html: string;
}

export function isNoindex(html: string): boolean {
  for (const tag of html.match(/<meta\b[^>]*>/gi) ?? []) {
    if (/\bname=["']?robots["']?/i.test(tag) && /\bcontent=["'][^"']*noindex/i.test(tag)) return true;
  }
  return false;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(pages: readonly BuiltPage[], site: string): string {
  const urls = pages
    .filter((p) => !/^\/404(\.html|\/)?$/.test(p.path) && !isNoindex(p.html))
    .map((p) => new URL(p.path, site).href)
    .sort();
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...urls.map((u) => `  <url><loc>${escapeXml(u)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}
