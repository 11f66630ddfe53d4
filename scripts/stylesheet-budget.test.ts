/** A guide links one render-blocking stylesheet: a second costs a phone another connection before the first paint. */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBuild } from './check-build.ts';

const dist = mkdtempSync(join(tmpdir(), 'stylesheet-budget-'));
const page = (path: string, links: string) => {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(
    join(dist, path, 'index.html'),
    `<!doctype html><html lang="vi"><head><title>T</title><meta name="description" content="D">${links}</head><body></body></html>`,
  );
};
mkdirSync(join(dist, '_astro'));
for (const f of ['site.css', 'report.css', 'dark.css']) writeFileSync(join(dist, '_astro', f), 'body{color:red}');
const link = (f: string, media = '') => `<link rel="stylesheet" href="/_astro/${f}"${media ? ` media="${media}"` : ''}>`;
page('thu-tuc/mot', link('site.css') + link('dark.css', 'not all'));
page('thu-tuc/hai', link('site.css') + link('report.css'));
page('su-kien/ba', link('site.css') + link('report.css'));
page('bao-cao', link('site.css') + link('report.css'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('render-blocking stylesheets', () => {
  it('fails a guide or a life event with two, not the report, and does not count a stylesheet that is off', () => {
    const errors = checkBuild(dist).errors.filter((e) => e.includes('render-blocking stylesheets'));
    expect(errors.map((e) => e.split(':')[0]).sort()).toEqual(['/su-kien/ba/', '/thu-tuc/hai/']);
  });
});
