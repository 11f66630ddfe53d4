import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DistFiles, GzipSizes, gzipSize } from './dist-files.ts';

describe('build checks read each shared file once', () => {
  it('resolves root-relative URLs from one listing of the build, without touching the disk again', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dist-files-'));
    mkdirSync(join(dir, 'thu-tuc', 'a'), { recursive: true });
    writeFileSync(join(dir, 'thu-tuc', 'a', 'index.html'), '<p>a</p>');
    writeFileSync(join(dir, 'site.css'), 'body{}');
    const files = new DistFiles(dir);
    expect(files.resolve('/thu-tuc/a/')).toBe(join(dir, 'thu-tuc', 'a', 'index.html'));
    expect(files.resolve('/site.css?v=1#x')).toBe(join(dir, 'site.css'));
    expect(files.resolve('/missing/')).toBeUndefined();
    expect(files.resolve('/%E0%A4%A/')).toBeUndefined();
    writeFileSync(join(dir, 'late.css'), '');
    expect(files.resolve('/late.css')).toBeUndefined(); // the listing is the build's, taken once
    expect(files.gz(join(dir, 'site.css'))).toBe(gzipSize('body{}'));
  });

  it('keeps page gzip sizes between builds by the hash of the page, and only for pages still built', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'gzip-sizes-')), 'cache', 'sizes.json');
    const first = new GzipSizes(file);
    const html = '<html lang="vi">'.repeat(50);
    expect(first.of(html)).toBe(gzipSize(html));
    first.save();
    // A saved size is used as it is: prove it by planting a wrong one.
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>;
    expect(Object.keys(saved)).toHaveLength(1);
    writeFileSync(file, JSON.stringify({ [Object.keys(saved)[0]!]: 12345 }));
    const second = new GzipSizes(file);
    expect(second.of(html)).toBe(12345);
    expect(second.of('<p>new</p>')).toBe(gzipSize('<p>new</p>'));
    second.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)).toHaveLength(2);
    const third = new GzipSizes(file);
    third.of('<p>new</p>');
    third.save();
    expect(Object.keys(JSON.parse(readFileSync(file, 'utf8')) as object)).toHaveLength(1);
  });
});
