import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { clearCacheOnConfigChange, stampBuildConfig } from './build-config-fingerprint.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(): string {
  root = mkdtempSync(join(tmpdir(), 'fingerprint-'));
  mkdirSync(join(root, 'src', 'integrations'), { recursive: true });
  writeFileSync(join(root, 'astro.config.mjs'), 'export default {}');
  writeFileSync(join(root, 'src', 'integrations', 'css-chunks.ts'), 'export const a = 1;');
  return root;
}

function cacheFiles(): void {
  mkdirSync(join(root, '.build', 'cache', 'astro', 'dist'), { recursive: true });
  writeFileSync(join(root, '.build', 'cache', 'astro', 'incremental-build.json'), '{}');
}

const cached = () => existsSync(join(root, '.build', 'cache', 'astro', 'incremental-build.json'));

describe('the incremental cache is cleared when the build configuration changes', () => {
  it('keeps the cache while nothing that configures the build changed', () => {
    project();
    cacheFiles();
    stampBuildConfig(root);
    expect(clearCacheOnConfigChange(root)).toBe(false);
    expect(cached()).toBe(true);
  });

  it.each([
    ['astro.config.mjs', 'export default { vite: {} }'],
    [join('src', 'integrations', 'css-chunks.ts'), 'export const a = 2;'],
    [join('src', 'integrations', 'new.ts'), 'export {};'],
    ['package-lock.json', '{}'],
  ])('clears it after a change to %s', (file, text) => {
    project();
    cacheFiles();
    stampBuildConfig(root);
    writeFileSync(join(root, file), text);
    expect(clearCacheOnConfigChange(root)).toBe(true);
    expect(cached()).toBe(false);
    expect(existsSync(join(root, '.build', 'cache', 'astro', 'dist'))).toBe(false);
  });

  it('clears a cache written by a build that did not stamp it (a bare astro build)', () => {
    project();
    cacheFiles();
    stampBuildConfig(root);
    const manifest = join(root, '.build', 'cache', 'astro', 'incremental-build.json');
    utimesSync(manifest, new Date(), new Date(Date.now() + 5000));
    expect(clearCacheOnConfigChange(root)).toBe(true);
    expect(cached()).toBe(false);
  });

  it('clears a cache that was never stamped', () => {
    project();
    cacheFiles();
    expect(clearCacheOnConfigChange(root)).toBe(true);
  });
});
