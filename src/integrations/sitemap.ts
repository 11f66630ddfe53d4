/**
 * The sitemap, by @astrojs/sitemap: sitemap-index.xml plus sitemap-0.xml, sitemap-1.xml... of at
 * most SITEMAP_ENTRY_LIMIT URLs each, with the pages `inSitemap` keeps (no staff page, no embed,
 * no search page). The current sitemap carried no lastmod, so none is added.
 */
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { inSitemap, SITEMAP_ENTRY_LIMIT } from '../data/sitemap.ts';

export default function siteSitemap(entryLimit = SITEMAP_ENTRY_LIMIT): AstroIntegration {
  return sitemap({ filter: inSitemap, entryLimit });
}
