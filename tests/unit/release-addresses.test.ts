/**
 * Placeholder addresses in content/settings.json: an ordinary build warns, a release build
 * (`npm run build -- --release`) refuses, naming the setting and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { exampleAddresses, isExampleHost } from '../../src/checks/example-addresses.ts';
import { checkReleaseAddresses, parseBuildArgs } from '../../scripts/lib/release.ts';

const settings = JSON.parse(readFileSync('content/settings.json', 'utf8')) as unknown;

describe('placeholder addresses', () => {
  it.each([
    'https://motcua-namtuliem.example.vn',
    'https://example.com/x',
    'http://www.example.org',
    'https://example.invalid/edit/',
    'https://chua-dien.invalid/',
    'https://site.test/',
    'http://localhost:4321/',
    'http://127.0.0.1/',
  ])('%s is a placeholder', (url) => expect(isExampleHost(url)).toBe(true));

  it.each(['https://dichvucong.gov.vn/', 'https://hanoi.gov.vn/', 'https://examples-of-reform.vn/'])(
    '%s is a real-looking address',
    (url) => expect(isExampleHost(url)).toBe(false),
  );

  it('finds every URL setting that is a placeholder, at any depth, by its name', () => {
    const found = exampleAddresses({ siteUrl: 'https://a.example.vn', links: [{ url: 'https://example.com' }], name: 'example.com' });
    expect(found.map((f) => f.setting)).toEqual(['siteUrl', 'links.0.url']);
  });

  it('an ordinary build warns about the placeholders in settings.json and goes on', () => {
    const log: string[] = [];
    expect(checkReleaseAddresses(settings, false, (m) => log.push(m))).toBe(true);
    const text = log.join('\n');
    expect(text).toContain('Cảnh báo');
    expect(text).toContain('--release');
    expect(text).toContain('"siteUrl"');
    expect(text).toContain('"editBaseUrl"');
  });

  it('reads --release and the optional root from the command line', () => {
    expect(parseBuildArgs(['--release'])).toEqual({ root: undefined, release: true });
    expect(parseBuildArgs(['/x'])).toEqual({ root: '/x', release: false });
  });

  it('npm run build -- --release stops before building, naming the setting and the fix', () => {
    const r = spawnSync(process.execPath, ['scripts/build.ts', '--release'], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('"siteUrl" vẫn là địa chỉ mẫu "https://motcua-namtuliem.example.vn"');
    expect(r.stderr).toContain('content/settings.json');
    expect(r.stderr).toMatch(/Thay bằng địa chỉ thật/);
    expect(r.stdout).not.toContain('[build]');
  });
});
