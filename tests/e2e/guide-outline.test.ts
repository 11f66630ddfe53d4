/**
 * Every guide has the same outline, so a citizen finds the same thing in the same place: what to
 * bring (first, right under the key facts), the summary, the steps, who may apply, the result, the legal basis and the reform
 * figures (or a plain statement that the report has none for this procedure), each once and in
 * this order, with the notice and the last-reviewed date.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { builtPages } from './browser.ts';

const dist = inject('distDir');
const guides = builtPages().filter((p) => /^\/thu-tuc\/[^/]+\/$/.test(p));
const OUTLINE = ['giay-to-can-mang', 'tom-tat', 'cac-buoc', 'doi-tuong', 'ket-qua', 'can-cu-phap-ly', 'ket-qua-cai-cach'];

describe('guide outline', () => {
  it('there are guides to check', () => expect(guides.length).toBeGreaterThanOrEqual(5));

  for (const path of guides) {
    it(`${path} has the common sections once each, in order, with the notice and review date`, () => {
      const html = readFileSync(join(dist, path, 'index.html'), 'utf8');
      const ids = [...html.matchAll(/<h2 id="([^"]+)"/g)].map((m) => m[1]!);
      const found = OUTLINE.map((id) => ids.indexOf(id));
      expect(found.filter((i) => i < 0).length, `missing: ${OUTLINE.filter((_, k) => found[k]! < 0).join(', ')}`).toBe(0);
      expect([...found].sort((a, b) => a - b)).toEqual(found);
      for (const id of OUTLINE) expect(ids.filter((x) => x === id)).toHaveLength(1);
      expect(html).toContain('Hà Nội không còn cấp quận, huyện');
      expect(html).toMatch(/Rà soát lần cuối: <time datetime="\d{4}-\d{2}-\d{2}"/);
      // Reform figures: either the procedure's own with links to the report, or a plain "none yet".
      expect(html).toMatch(/href="\/bao-cao\/(#[^"]+)?"/);
    });
  }
});
