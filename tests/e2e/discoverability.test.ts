/**
 * What search engines and link previews read, on the built pages: JSON-LD (GovernmentService on
 * guides, HowTo on life events), meta descriptions, Open Graph tags, canonical links, the
 * sitemap and robots.txt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { builtPages } from './browser.ts';
import { jsonLd } from '../../src/data/structured-data.ts';

const dist = inject('distDir');
const html = (path: string) => readFileSync(join(dist, path, path.endsWith('/') ? 'index.html' : ''), 'utf8');
const meta = (page: string, attr: 'name' | 'property', key: string) =>
  new RegExp(`<meta ${attr}="${key}" content="([^"]*)"`).exec(page)?.[1];
const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
const ld = (page: string) => {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page);
  return m ? (JSON.parse(m[1]!) as Record<string, unknown>) : undefined;
};
const h1 = (page: string) =>
  decode(
    /<h1[^>]*>([\s\S]*?)<\/h1>/
      .exec(page)![1]!
      .replace(/<[^>]+>/g, '')
      .trim(),
  );

const pages = builtPages();
const guides = pages.filter((p) => /^\/thu-tuc\/[^/]+\/$/.test(p));
const events = pages.filter((p) => /^\/su-kien\/[^/]+\/$/.test(p));
const settings = JSON.parse(readFileSync('content/settings.json', 'utf8')) as { siteUrl: string };

describe('discoverability', () => {
  it('has guides and life events to check', () => {
    expect(guides.length).toBeGreaterThanOrEqual(5);
    expect(events.length).toBeGreaterThanOrEqual(4);
  });

  for (const path of guides) {
    it(`${path}: GovernmentService JSON-LD, description, Open Graph and canonical agree with the page`, () => {
      const page = html(path);
      const data = ld(page)!;
      const url = new URL(path, settings.siteUrl).href;
      expect(data['@context']).toBe('https://schema.org');
      expect(data['@type']).toBe('GovernmentService');
      expect(data['name']).toBe(h1(page));
      expect(data['url']).toBe(url);
      expect((data['provider'] as { name: string }).name.length).toBeGreaterThan(3);
      expect(data['dateModified']).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(decode(meta(page, 'name', 'description') ?? '').length).toBeGreaterThan(30);
      expect(decode(meta(page, 'property', 'og:title') ?? '')).toBe(h1(page));
      expect(meta(page, 'property', 'og:url')).toBe(url);
      expect(meta(page, 'property', 'og:locale')).toBe('vi_VN');
      expect(page).toContain(`<link rel="canonical" href="${url}">`);
    });
  }

  for (const path of events) {
    it(`${path}: HowTo JSON-LD with its steps and papers`, () => {
      const page = html(path);
      const data = ld(page)!;
      expect(data['@type']).toBe('HowTo');
      expect(data['name']).toBe(h1(page));
      expect((data['step'] as unknown[]).length).toBeGreaterThanOrEqual(1);
      expect((data['supply'] as unknown[]).length).toBeGreaterThanOrEqual(1);
      expect(decode(meta(page, 'name', 'description') ?? '').length).toBeGreaterThan(30);
    });
  }

  it('the sitemap lists every guide and life event, and no page marked noindex', () => {
    // robots.txt points to the index; the index lists the sitemap files (one today, more past 45,000 pages).
    const loc = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const files = loc(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'));
    expect(files.length).toBeGreaterThanOrEqual(1);
    const locs = files.flatMap((f) => loc(readFileSync(join(dist, f), 'utf8')));
    expect(new Set(locs).size).toBe(locs.length);
    for (const p of [...guides, ...events, '/', '/bao-cao/', '/giay-to/']) expect(locs).toContain(p);
    for (const p of pages) {
      if (/<meta name="robots" content="[^"]*noindex/.test(html(p))) expect(locs, p).not.toContain(p);
    }
    expect(locs).not.toContain('/can-bo/');
    expect(locs.some((l) => l.startsWith('/nhung/'))).toBe(false);
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${new URL('/sitemap-index.xml', settings.siteUrl).href}`);
  });

  it('JSON-LD text cannot close its script block', () => {
    const out = jsonLd({ name: '</script><script>alert(1)</script> & co' });
    expect(out).not.toContain('<');
    expect(JSON.parse(out)).toEqual({ name: '</script><script>alert(1)</script> & co' });
  });
});
