/**
 * Browsing the built catalogue without JavaScript: from /thu-tuc/ every published guide is reached
 * exactly once through the field pages and exactly once through the A–Z pages (following the
 * rel="next" links); every page link and letter link resolves; each paper's page lists exactly the
 * guides and life events that need it. Read from dist/, as a crawler or a browser without JS would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { readContent } from '../../src/checks/read-content.ts';
import { ROOT } from '../content-fixtures.ts';

const dist = inject('distDir');
const { content } = readContent(ROOT, new Date().toISOString().slice(0, 10));
const published = content.procedures.filter((p) => !p.data.draft);
const guideHrefs = published.map((p) => `/thu-tuc/${p.id}/`).sort();

const fileOf = (path: string) => join(dist, path.split('#')[0]!, path.endsWith('/') || path.includes('/#') ? 'index.html' : '');
const html = (path: string) => readFileSync(fileOf(path), 'utf8');
const hrefsIn = (text: string, scope: RegExp) => [...(text.match(scope)?.[0] ?? '').matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
const ids = (text: string) => new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
const nextOf = (text: string) => text.match(/<link rel="next" href="([^"]+)"/)?.[1];

/** The pages of a paginated list, first to last, by its rel="next" links; each link checked on the way. */
function chain(first: string): { path: string; text: string }[] {
  const out: { path: string; text: string }[] = [];
  for (let path: string | undefined = first; path;) {
    const text = html(path);
    out.push({ path, text });
    const nav = hrefsIn(text, /<nav class="pagination[\s\S]*?<\/nav>/);
    for (const h of nav) expect(existsSync(fileOf(h)), `${path} → ${h}`).toBe(true);
    const prev = text.match(/<link rel="prev" href="([^"]+)"/)?.[1];
    if (out.length > 1) expect(prev).toBe(out.at(-2)!.path);
    if (nav.length > 0) expect(text).toMatch(/aria-current="page"/);
    path = nextOf(text);
    expect(out.length).toBeLessThan(10_000);
  }
  return out;
}

const guideLinks = (text: string) =>
  [...text.matchAll(/href="(\/thu-tuc\/([^/"#]+)\/)"/g)].map((m) => m[1]!).filter((h) => guideHrefs.includes(h));

describe('the guides by field and from A to Z', () => {
  const index = html('/thu-tuc/');

  it('reaches every published guide exactly once through the field pages', () => {
    const fields = [...index.matchAll(/href="(\/thu-tuc\/linh-vuc\/[^"]+)"/g)].map((m) => m[1]!);
    expect(fields.length).toBe(new Set(published.map((p) => p.data.field)).size);
    const main = (t: string) => t.match(/<main[\s\S]*<\/main>/)![0].replace(/<nav[\s\S]*?<\/nav>/g, '');
    const seen = fields.flatMap((f) => chain(f).flatMap((p) => guideLinks(main(p.text))));
    expect([...seen].sort()).toEqual(guideHrefs);
  });

  it('reaches every published guide exactly once through the A–Z pages, each letter link landing on its heading', () => {
    const pages = chain('/thu-tuc/danh-sach/a-z/');
    const main = (t: string) => t.match(/<main[\s\S]*<\/main>/)![0].replace(/<nav[\s\S]*?<\/nav>/g, '');
    const seen = pages.flatMap((p) => guideLinks(main(p.text)));
    expect([...seen].sort()).toEqual(guideHrefs);
    const letters = hrefsIn(index, /<nav aria-labelledby="theo-chu-cai"[\s\S]*?<\/nav>/);
    expect(letters.length).toBeGreaterThan(0);
    for (const l of letters) {
      const [path, anchor] = l.split('#');
      expect(ids(html(path!)).has(anchor!), l).toBe(true);
    }
    // Đăng ký... is under Đ, not D.
    expect(letters.some((l) => l.endsWith('#chu-dd'))).toBe(true);
  });

  it('keeps the catalogue lists out of the site search (their guides have their own pages)', () => {
    for (const p of ['/thu-tuc/', '/thu-tuc/danh-sach/a-z/', '/giay-to/']) expect(html(p), p).not.toContain('data-pagefind-body');
  });
});

describe('a page per paper of the registry', () => {
  const main = (t: string) => t.match(/<main[\s\S]*<\/main>/)![0].replace(/<nav[\s\S]*?<\/nav>/g, '');
  const pages = [
    ...new Set(chain('/giay-to/').flatMap((p) => [...main(p.text).matchAll(/href="(\/giay-to\/[^/"#]+\/)"/g)].map((m) => m[1]!))),
  ];

  it('the index links to every published paper', () => {
    expect(pages.sort()).toEqual(
      content.documents
        .filter((d) => !d.data.draft)
        .map((d) => `/giay-to/${d.id}/`)
        .sort(),
    );
  });

  it("each paper's page lists exactly the guides and life events that need it", () => {
    for (const d of content.documents.filter((x) => !x.data.draft)) {
      const listed = chain(`/giay-to/${d.id}/`).flatMap((p) =>
        [...p.text.matchAll(/href="\/thu-tuc\/([^/"#]+)\/#giay-to-([^"]+)"/g)].map((m) => [m[1]!, m[2]!] as const),
      );
      expect(listed.every(([, doc]) => doc === d.id)).toBe(true);
      const want = published.filter((p) => p.data.requirements.some((r) => r.document === d.id)).map((p) => p.id);
      expect(listed.map(([g]) => g).sort(), d.id).toEqual(want.sort());
      // A life event with paths links to the first path that needs the paper (/su-kien/<id>/<path>/#…).
      const events = [...html(`/giay-to/${d.id}/`).matchAll(/href="\/su-kien\/([^/"#]+)\/(?:[^/"#]+\/)?#giay-to-/g)].map((m) => m[1]!);
      const wantEvents = content.lifeEvents.filter((e) => e.data.procedures.some((s) => want.includes(s.procedure))).map((e) => e.id);
      expect(events.sort(), d.id).toEqual(wantEvents.sort());
    }
  });
});
