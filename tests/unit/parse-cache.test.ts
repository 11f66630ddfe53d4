/**
 * The parse cache only saves time: content read with it is the content read without it, a
 * problem found in a cached file still names its line, and an edit is read from the new text.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/checks/read-content.ts';
import { ParseCache } from '../../src/checks/parse-cache.ts';
import { loadParseCache, saveParseCache } from '../../scripts/lib/parse-cache-file.ts';
import { cleanup, projectWithFixture } from '../content-fixtures.ts';

const TODAY = '2026-11-28';
const roots: string[] = [];
afterAll(() => roots.forEach(cleanup), 60_000);

/** Read as the build does: the cache loaded from its file before, and saved after. */
function read(root: string, cache: string, includeDrafts = false) {
  const c = loadParseCache(cache);
  const r = readContent(root, TODAY, { includeDrafts, parseCache: c });
  saveParseCache(cache, c);
  return r;
}

function project(): { root: string; cache: string } {
  const root = projectWithFixture(undefined);
  roots.push(root);
  return { root, cache: join(root, '.build', 'cache', 'parsed-content.json') };
}

describe('parsed content cached between builds', () => {
  it('gives the same content and problems as reading without it, and is used the second time', () => {
    const { root, cache } = project();
    const plain = readContent(root, TODAY, { includeDrafts: true });
    const first = read(root, cache, true);
    const second = read(root, cache, true);
    expect(first.content).toEqual(plain.content);
    expect(second.content).toEqual(plain.content);
    expect(second.problems).toEqual(plain.problems);
    expect(Object.keys(JSON.parse(readFileSync(cache, 'utf8'))).length).toBe(plain.files);
    const counted = loadParseCache(cache);
    expect(counted.get(ParseCache.key(readFileSync(join(root, 'content', 'fields.json'), 'utf8'), 'json'))).toBeDefined();
  });

  it('reads an edited file from its new text, and a rule broken in a cached file names its line', () => {
    const { root, cache } = project();
    read(root, cache);
    const guide = join(root, 'content', 'procedures', 'dang-ky-khai-sinh.md');
    const text = readFileSync(guide, 'utf8');
    const fieldLine = text.split('\n').findIndex((l) => l.startsWith('field:')) + 1;
    writeFileSync(guide, text.replace(/^field: .*$/m, 'field: khong-co-linh-vuc-nay'));
    const once = read(root, cache).problems.filter((p) => p.severity === 'error');
    const again = read(root, cache).problems.filter((p) => p.severity === 'error');
    expect(once).toHaveLength(1);
    expect(again).toEqual(once);
    expect(again[0]).toMatchObject({ file: expect.stringContaining('dang-ky-khai-sinh.md'), line: fieldLine });
  });

  it('a damaged cache file is ignored', () => {
    const { root, cache } = project();
    read(root, cache);
    writeFileSync(cache, '{ not json');
    expect(read(root, cache).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});
