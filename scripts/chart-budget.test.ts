/** The build check counts a page's scripts with their static imports and finds chart code where it should not be. */
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkBuild, loadsChartCode, pageScripts } from './check-build.ts';
import { CHART_CODE } from './budgets.ts';

const dist = mkdtempSync(join(tmpdir(), 'chart-budget-'));
const page = (path: string, script: string) => {
  mkdirSync(join(dist, path), { recursive: true });
  writeFileSync(
    join(dist, path, 'index.html'),
    `<!doctype html><html lang="vi"><head><title>T</title><meta name="description" content="D"><script type="module" src="/_astro/${script}"></script></head><body></body></html>`,
  );
};
mkdirSync(join(dist, '_astro'));
writeFileSync(join(dist, '_astro', 'chart.js'), `var x="${CHART_CODE.marker} ";export{x as c};`);
writeFileSync(join(dist, '_astro', 'report.js'), 'import{c as a}from"./chart.js";console.log(a);');
writeFileSync(join(dist, '_astro', 'search.js'), 'console.log(1);import("./chart.js");');
page('bao-cao', 'report.js');
page('thu-tuc/a', 'report.js');
page('thu-tuc/b', 'search.js');
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('chart code budget', () => {
  it('follows static imports, so chart.js split into its own chunk still counts', () => {
    const files = [...pageScripts(dist, '<script type="module" src="/_astro/report.js"></script>')].map((f) => f.split('/').pop());
    expect(files.sort()).toEqual(['chart.js', 'report.js']);
  });

  it('does not count a dynamic import(), which loads only on demand', () => {
    expect(loadsChartCode(dist, '<script type="module" src="/_astro/search.js"></script>')).toBe(false);
  });

  it('fails the build when a page without charts loads chart code, and only then', () => {
    const errors = checkBuild(dist).errors.filter((e) => e.includes('chart'));
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^\/thu-tuc\/a\/:/);
  });
});
