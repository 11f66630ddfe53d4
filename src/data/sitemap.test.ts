import { describe, expect, it } from 'vitest';
import { isNoindex, sitemapXml } from './sitemap.ts';

describe('sitemap', () => {
  const page = (path: string, head = '') => ({ path, html: `<html><head>${head}</head><body></body></html>` });

  it('lists indexable pages as absolute URLs and leaves out noindex pages and the 404 page', () => {
    const xml = sitemapXml(
      [
        page('/'),
        page('/thu-tuc/dang-ky-khai-sinh/'),
        page('/can-bo/', '<meta name="robots" content="noindex, nofollow">'),
        page('/tim-kiem/', "<meta content='noindex' name='robots'>"),
        page('/404.html'),
      ],
      'https://example.vn',
    );
    expect(xml).toContain('<loc>https://example.vn/</loc>');
    expect(xml).toContain('<loc>https://example.vn/thu-tuc/dang-ky-khai-sinh/</loc>');
    expect(xml).not.toMatch(/can-bo|tim-kiem|404/);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  });

  it('recognises noindex only in a robots meta tag', () => {
    expect(isNoindex('<meta name="robots" content="noindex">')).toBe(true);
    expect(isNoindex('<meta name="description" content="noindex in text">')).toBe(false);
    expect(isNoindex('<p>noindex</p>')).toBe(false);
  });
});
