/**
 * The incremental build is never stale: on a copy of the project, a rebuild with no change gives
 * a byte-identical dist/, and after a change to a shared input (a field's name, a registry
 * document, an agency, the settings) every page that shows it carries the new text.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/bench/project-copy.ts';
import { treeDigest } from '../../scripts/bench/tree-digest.ts';

const repo = join(import.meta.dirname, '..', '..');
let dir = '';

function build(): string {
  const r = spawnSync(process.execPath, [join(dir, 'scripts', 'build.ts')], {
    cwd: dir,
    env: { ...process.env, CONTENT_TODAY: '2026-12-01' },
    encoding: 'utf8',
  });
  expect(r.status, r.stderr + r.stdout.slice(-3000)).toBe(0);
  return r.stdout;
}

const page = (path: string) => readFileSync(join(dir, 'dist', path, 'index.html'), 'utf8');
const guide = (id: string) => page(`thu-tuc/${id}`);
/** The guides whose frontmatter has `text` (an id they refer to). */
const guidesWith = (pattern: RegExp) =>
  ['cap-giay-phep-xay-dung-nha-o-rieng-le', 'dang-ky-khai-sinh', 'dang-ky-thuong-tru', 'dang-ky-ho-kinh-doanh'].filter((id) =>
    pattern.test(readFileSync(join(dir, 'content', 'procedures', `${id}.md`), 'utf8')),
  );

function edit(file: string, from: string, to: string): void {
  const path = join(dir, 'content', file);
  const text = readFileSync(path, 'utf8');
  expect(text).toContain(from);
  writeFileSync(path, text.replace(from, to));
}

describe('incremental rebuilds', { timeout: 900_000 }, () => {
  beforeAll(() => {
    dir = copyProject(repo, 'incremental-');
    build();
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a rebuild with no change copies the pages from the cache and gives a byte-identical dist/', () => {
    const before = treeDigest(join(dir, 'dist'));
    const log = build();
    expect(treeDigest(join(dir, 'dist')).differs(before)).toEqual([]);
    expect(log).toMatch(/\(cached\)|\(restored\)/);
    expect(log).toContain('the search index is reused');
  });

  it("a field's new name shows on every guide of that field", () => {
    edit('fields.json', '"name": "Hộ tịch"', '"name": "Hộ tịch và chứng thực"');
    // Pages changed, so Pagefind indexes them again rather than the old index being copied.
    expect(build()).not.toContain('the search index is reused');
    for (const id of guidesWith(/^field: ho-tich$/m)) expect(guide(id)).toContain('Hộ tịch và chứng thực');
  });

  it("a registry document's new name shows on every guide that asks for it", () => {
    edit('documents/giay-chung-sinh.json', '"name": "Giấy chứng sinh"', '"name": "Giấy chứng sinh (bản mới)"');
    build();
    const showing = guidesWith(/document: giay-chung-sinh$/m);
    expect(showing.length).toBeGreaterThan(0);
    for (const id of showing) expect(guide(id)).toContain('Giấy chứng sinh (bản mới)');
  });

  it("an agency's new name shows on every guide it decides", () => {
    edit('agencies.json', '"name": "Ủy ban nhân dân phường"', '"name": "Ủy ban nhân dân phường (tên mới)"');
    build();
    const showing = guidesWith(/^decidingAgency: ubnd-phuong$/m);
    expect(showing.length).toBeGreaterThan(1);
    for (const id of showing) expect(guide(id)).toContain('Ủy ban nhân dân phường (tên mới)');
  });

  it('a new site name in the settings shows on every page', () => {
    edit('settings.json', '"siteName": "Một cửa Nam Từ Liêm"', '"siteName": "Một cửa Nam Từ Liêm (mới)"');
    build();
    for (const id of guidesWith(/./)) expect(guide(id)).toContain('Một cửa Nam Từ Liêm (mới)');
    expect(page('su-kien/sinh-con')).toContain('Một cửa Nam Từ Liêm (mới)');
  });
});
