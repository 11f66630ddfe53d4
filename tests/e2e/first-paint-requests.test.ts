/**
 * What a guide's first paint waits for on a phone (Lighthouse mobile counted each): one
 * stylesheet, and the checklist's script with every chunk it imports requested at once
 * (modulepreload), not one round trip after another. Checked on the built site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { chunkFinder } from '../../scripts/lib/module-preload.ts';
import { procedureHref, routes } from '../../src/utils/routes.ts';

const dist = inject('distDir');
const html = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');
const hrefs = (page: string, rel: string) =>
  [...page.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((t) => t.includes(`rel="${rel}"`))
    .map((t) => /href="([^"]+)"/.exec(t)![1]!);

describe('requests before a first paint', () => {
  const chunksOf = chunkFinder(dist);

  it.each([procedureHref('dang-ky-khai-sinh'), routes.search, routes.report])('%s preloads every chunk its scripts import', (path) => {
    const page = html(path);
    const scripts = [...page.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    const needed = new Set(scripts.flatMap((s) => chunksOf(s)));
    expect(needed.size).toBeGreaterThan(0);
    expect(new Set(hrefs(page, 'modulepreload'))).toEqual(needed);
  });

  it('a guide links one stylesheet, the report its own second one', () => {
    expect(hrefs(html(procedureHref('dang-ky-khai-sinh')), 'stylesheet')).toHaveLength(1);
    expect(hrefs(html(routes.report), 'stylesheet')).toHaveLength(2);
  });
});
