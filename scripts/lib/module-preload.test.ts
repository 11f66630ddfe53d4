import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addModulePreloads, chunkFinder } from './module-preload.ts';

const dir = mkdtempSync(join(tmpdir(), 'module-preload-'));
mkdirSync(join(dir, '_astro'));
writeFileSync(join(dir, '_astro', 'checklist.js'), 'import{n as e}from"./vi.js";import{t}from"./enhance.js";e(t);');
writeFileSync(join(dir, '_astro', 'search.js'), 'import{n as e}from"./vi.js";import("./lazy.js");e();');
writeFileSync(join(dir, '_astro', 'vi.js'), 'import{x}from"./strings.js";export const n=x;');
writeFileSync(join(dir, '_astro', 'strings.js'), 'export const x=1;');
writeFileSync(join(dir, '_astro', 'enhance.js'), 'export const t=1;');
writeFileSync(join(dir, '_astro', 'lazy.js'), 'export {};');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const script = (name: string) => `<script type="module" src="/_astro/${name}"></script>`;
const preload = (name: string) => `<link rel="modulepreload" href="/_astro/${name}">`;

describe('module preloads', () => {
  const chunksOf = chunkFinder(dir);

  it('lists every chunk a script imports statically, through its chunks, and not dynamic imports', () => {
    expect(chunksOf('/_astro/checklist.js')).toEqual(['/_astro/enhance.js', '/_astro/strings.js', '/_astro/vi.js']);
    expect(chunksOf('/_astro/search.js')).toEqual(['/_astro/strings.js', '/_astro/vi.js']);
    expect(chunksOf('/_astro/missing.js')).toEqual([]);
  });

  it('adds one preload per chunk after the script that needs it, once per page', () => {
    const html = `<head>${script('checklist.js')}${script('search.js')}</head>`;
    expect(addModulePreloads(html, chunksOf)).toBe(
      `<head>${script('checklist.js')}${preload('enhance.js')}${preload('strings.js')}${preload('vi.js')}${script('search.js')}</head>`,
    );
  });

  it('changes nothing on a second pass, or on a page without module scripts', () => {
    const once = addModulePreloads(`<head>${script('checklist.js')}</head>`, chunksOf);
    expect(addModulePreloads(once, chunksOf)).toBe(once);
    expect(addModulePreloads('<head><title>T</title></head>', chunksOf)).toBe('<head><title>T</title></head>');
  });
});
