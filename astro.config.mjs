// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from './src/integrations/sitemap.ts';
import { cssChunk } from './src/integrations/css-chunks.ts';
import { readSettings } from './src/checks/read-content.ts';
import { CSP_DIRECTIVES, SCRIPT_SOURCES } from './deploy/headers.ts';

/** The public origin comes from the staff-edited settings (read by the one content reader). */
const settings = readSettings(fileURLToPath(new URL('.', import.meta.url)));

export default defineConfig({
  site: settings.siteUrl,
  trailingSlash: 'always',
  // scripts/build.ts builds into a fresh folder and swaps it in only when every check passed.
  outDir: process.env['ASTRO_OUT_DIR'] ?? './dist',
  // Keep whitespace between inline elements (Astro 7 defaults to 'jsx', which drops it).
  compressHTML: true,
  // CSS as files, never inlined: the CSP header (deploy/headers.ts) is one for the whole site and
  // allows only 'self' styles; inline <style> would need per-page hashes the header cannot carry.
  // Inlining would save a round trip (Lighthouse mobile: a guide's LCP about 1.1 s -> 0.8 s).
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Two stylesheets in all instead of one per component (src/integrations/css-chunks.ts).
  vite: {
    build: {
      rollupOptions: {
        output: {
          manualChunks: cssChunk,
        },
      },
    },
  },
  // Astro's caches (the content store and the incremental build's pages) live in .build/cache, which
  // CI keeps between runs (README). In the project, not in node_modules: the scale bench links that.
  cacheDir: './.build/cache/astro',
  // Guides and life events whose cache key (src/data/cache-key.ts) and code are unchanged are
  // copied from the previous build instead of rendered again. Needs build.concurrency 1 (the default).
  experimental: { incrementalBuild: true },
  integrations: [mdx(), sitemap()],
  markdown: { syntaxHighlight: false },
  security: {
    // A <meta> copy of the CSP, with the hashes Astro computes; the web server sends the
    // authoritative header (deploy/headers.ts), which adds what a <meta> cannot: frame-ancestors.
    csp: {
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...SCRIPT_SOURCES] },
    },
  },
});
