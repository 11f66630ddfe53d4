import { readFileSync } from 'node:fs';
import { walk, pageWeight, urlPathOf, loadsChartCode } from '../check-build.ts';
import { BUDGETS, CHART_CODE } from '../budgets.ts';
import type { BenchRow } from './types.ts';
import { isEmbedPath, routes } from '../../src/utils/routes.ts';

const jsBudget = (path: string) => Math.min(...BUDGETS.filter((b) => b.match(path) && b.jsBytes !== undefined).map((b) => b.jsBytes!));

/** The report's JavaScript (chart.js + chart script) against its budget, and chart code kept off other pages. */
export function reportScripts(): BenchRow[] {
  const pages = walk('dist').filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
  const report = pageWeight('dist', `dist${routes.report}index.html`);
  const embeds = pages.filter((f) => isEmbedPath(urlPathOf('dist', f))).map((f) => pageWeight('dist', f));
  const heaviestEmbed = embeds.sort((a, b) => b.js - a.js)[0];
  const strays = pages.filter((f) => !CHART_CODE.allowed(urlPathOf('dist', f)) && loadsChartCode('dist', readFileSync(f, 'utf8')));
  const rows: BenchRow[] = [
    { label: `${routes.report} JavaScript (gzip, incl. chart.js)`, value: report.js, unit: 'B', budget: jsBudget(routes.report) },
  ];
  if (heaviestEmbed) {
    rows.push({
      label: `heaviest embed ${heaviestEmbed.path} JavaScript (gzip)`,
      value: heaviestEmbed.js,
      unit: 'B',
      budget: jsBudget(heaviestEmbed.path),
    });
  }
  rows.push({ label: `pages without charts that load chart code (of ${pages.length})`, value: strays.length, unit: 'pages', budget: 0 });
  return rows;
}
