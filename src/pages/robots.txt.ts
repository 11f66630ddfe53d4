import type { APIRoute } from 'astro';
import { SITEMAP_INDEX } from '../data/sitemap.ts';

/** Every page may be crawled; noindex pages say so themselves. The sitemap index lists the rest. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(SITEMAP_INDEX, site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
