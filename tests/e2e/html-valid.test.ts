/** Every built page is valid HTML for the W3C Nu HTML Checker: one Java start over all pages. */
import { describe, expect, it } from 'vitest';
import { join, resolve } from 'node:path';
import { inject } from 'vitest';
import { builtPages } from './browser.ts';
import { ensureJava } from './find-java.ts';
import { formatProblem, runVnu, vnuErrors } from './vnu.ts';

describe('valid HTML (Nu HTML Checker)', () => {
  it('reads file, line and message from the checker report and leaves warnings out', () => {
    const json = JSON.stringify({
      messages: [
        {
          type: 'error',
          url: 'file:/site/a/index.html',
          firstLine: 3,
          lastLine: 4,
          message: 'Element “meta” is missing a required attribute.',
        },
        { type: 'info', subType: 'warning', url: 'file:/site/b.html', lastLine: 1, message: 'Consider adding a “lang” attribute.' },
      ],
    });
    expect(vnuErrors(json, '/site').map(formatProblem)).toEqual(['a/index.html:3: Element “meta” is missing a required attribute.']);
    expect(() => vnuErrors('{}', '/site')).toThrow(/unexpected report/);
  });

  it('every built page has 0 errors', { timeout: 180_000 }, () => {
    const dist = resolve(inject('distDir'));
    const files = builtPages().map((p) => join(dist, p.endsWith('/') ? `${p}index.html` : p));
    expect(files.length).toBeGreaterThan(10);
    const problems = runVnu(ensureJava(), files, dist);
    console.log(`vnu: ${files.length} pages, ${problems.length} errors`);
    expect(problems.map(formatProblem)).toEqual([]);
  });
});
