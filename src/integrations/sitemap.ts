/**
 * Writes sitemap.xml after the build, from the pages actually built, so that a page added by
 * anyone appears in it and a noindex page (e.g. /can-bo/) never does.
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapXml, type BuiltPage } from '../data/sitemap.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return n === 'pagefind' || n === '_astro' ? [] : htmlFiles(p);
    return n.endsWith('.html') ? [p] : [];
  });
}

export default function sitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'motcua-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages: BuiltPage[] = htmlFiles(root).map((f) => {
          const rel = relative(root, f).split(sep).join('/');
          const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
          return { path, html: readFileSync(f, 'utf8') };
        });
        const xml = sitemapXml(pages, site);
        writeFileSync(join(root, 'sitemap.xml'), xml);
        logger.info(`sitemap.xml: ${(xml.match(/<url>/g) ?? []).length} trang / pages`);
      },
    },
  };
}
