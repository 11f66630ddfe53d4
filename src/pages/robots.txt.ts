import type { APIRoute } from 'astro';

/** Every page may be crawled; noindex pages say so themselves. The sitemap lists the rest. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
