import { walk, pageWeight } from '../check-build.ts';
import { BUDGETS } from '../budgets.ts';
import type { BenchRow } from './types.ts';

/** First-load weight of each built page against the tightest budget that covers it. */
export function pageWeights(): BenchRow[] {
  return walk('dist')
    .filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'))
    .map((f) => pageWeight('dist', f))
    .sort((a, b) => a.path.localeCompare(b.path))
    .map((w) => {
      const budgets = BUDGETS.filter((b) => b.match(w.path) && b.firstLoadBytes !== undefined).map((b) => b.firstLoadBytes!);
      const row: BenchRow = { label: `${w.path} (html ${w.html} + css ${w.css} + js ${w.js})`, value: w.total, unit: 'B' };
      if (budgets.length) row.budget = Math.min(...budgets);
      return row;
    });
}
