import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { brotliQuality, precompress } from './precompress.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function site(): { dir: string; cache: string } {
  root = mkdtempSync(join(tmpdir(), 'precompress-'));
  const dir = join(root, 'site');
  mkdirSync(join(dir, 'thu-tuc', 'a'), { recursive: true });
  mkdirSync(join(dir, '_astro'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Trang chủ</title>'.repeat(50));
  writeFileSync(join(dir, 'thu-tuc', 'a', 'index.html'), '<p>Đăng ký khai sinh</p>'.repeat(50));
  writeFileSync(join(dir, '_astro', 'site.abc.css'), 'body{color:red}'.repeat(50));
  writeFileSync(join(dir, 'logo.png'), 'not text');
  return { dir, cache: join(root, 'cache') };
}

describe('precompressed files', () => {
  it('writes .gz and .br that decompress to the same bytes, for text files only', () => {
    const { dir, cache } = site();
    expect(precompress(dir, cache)).toEqual({ files: 3, compressed: 3 });
    for (const f of ['index.html', 'thu-tuc/a/index.html', '_astro/site.abc.css']) {
      const raw = readFileSync(join(dir, f));
      expect(gunzipSync(readFileSync(join(dir, `${f}.gz`)))).toEqual(raw);
      expect(brotliDecompressSync(readFileSync(join(dir, `${f}.br`)))).toEqual(raw);
    }
    expect(readdirSync(dir)).not.toContain('logo.png.gz');
  });

  it('a rebuild compresses only what changed, and the cache keeps only what the site uses', () => {
    const { dir, cache } = site();
    precompress(dir, cache);
    expect(precompress(dir, cache).compressed).toBe(0);
    writeFileSync(join(dir, 'thu-tuc', 'a', 'index.html'), '<p>Đăng ký khai sinh (đã sửa)</p>'.repeat(50));
    expect(precompress(dir, cache)).toEqual({ files: 3, compressed: 1 });
    expect(brotliDecompressSync(readFileSync(join(dir, 'thu-tuc', 'a', 'index.html.br'))).toString()).toContain('đã sửa');
    expect(readdirSync(cache)).toHaveLength(6);
  });

  it('without a cache, compresses everything', () => {
    const { dir } = site();
    expect(precompress(dir)).toEqual({ files: 3, compressed: 3 });
  });

  it('gives shared assets the maximum brotli quality and pages a fast one', () => {
    expect(brotliQuality('_astro/site.abc.css')).toBe(constants.BROTLI_MAX_QUALITY);
    expect(brotliQuality('pagefind/pagefind.js')).toBe(constants.BROTLI_MAX_QUALITY);
    expect(brotliQuality('pagefind/fragment/x.pf_fragment')).toBe(7);
    expect(brotliQuality('thu-tuc/a/index.html')).toBe(7);
  });
});
