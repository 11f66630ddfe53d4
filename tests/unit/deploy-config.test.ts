/** deploy/nginx.conf is generated from deploy/headers.ts and must not drift from it. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderNginxConf } from '../../deploy/nginx-conf.ts';
import { cacheControl, contentType, cspHeader } from '../../deploy/headers.ts';

describe('the web server configuration', () => {
  it('deploy/nginx.conf is in sync with the headers table (run "npm run deploy:nginx" after editing it)', () => {
    expect(readFileSync('deploy/nginx.conf', 'utf8')).toBe(renderNginxConf());
  });

  it('caches hashed assets for a year and makes everything else revalidate', () => {
    expect(cacheControl('/_astro/BaseLayout.CFU5h8Yb.css')).toContain('immutable');
    expect(cacheControl('/pagefind/fragment/vi_1297d5a.pf_fragment')).toContain('immutable');
    expect(cacheControl('/pagefind/pagefind.vi_b2527a2081.pf_meta')).toContain('immutable');
    for (const p of [
      '/thu-tuc/x/index.html',
      '/pagefind/pagefind.js',
      '/pagefind/pagefind-entry.json',
      '/pagefind/wasm.vi.pagefind',
      '/du-lieu/chi-so.csv',
    ])
      expect(cacheControl(p)).toBe('no-cache');
  });

  it('gives text its charset and Pagefind files a binary type', () => {
    expect(contentType('/thu-tuc/x/')).toBe('text/html; charset=utf-8');
    expect(contentType('/du-lieu/chi-so.csv')).toBe('text/csv; charset=utf-8');
    expect(contentType('/x.wasm')).toBe('application/wasm');
    expect(contentType('/pagefind/index/vi_1.pf_index')).toBe('application/octet-stream');
  });

  it('forbids framing pages and allows framing embeds', () => {
    expect(cspHeader('page')).toContain("frame-ancestors 'none'");
    expect(cspHeader('embed')).not.toContain('frame-ancestors');
  });
});
