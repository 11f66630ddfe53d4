import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { walk, pageWeight, urlPathOf, loadsChartCode, pageScripts, scriptClosure } from '../check-build.ts';
import { BUDGETS, CHART_CODE } from '../budgets.ts';
import type { BenchRow } from './types.ts';
import { isEmbedPath, routes } from '../../src/utils/routes.ts';

const jsBudget = (path: string) => Math.min(...BUDGETS.filter((b) => b.match(path) && b.jsBytes !== undefined).map((b) => b.jsBytes!));

/**
 * Every script a page can end up running: what it loads up front and, recursively, what those
 * load with import() (the report loads chart.js only when the first chart nears the viewport).
 */
export function allScripts(distDir: string, html: string): Set<string> {
  const files = pageScripts(distDir, html);
  for (const f of files) {
    for (const m of readFileSync(f, 'utf8').matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+\.m?js)["'`]\s*\)/g)) {
      const target = join(dirname(f), m[1]!);
      if (existsSync(target)) for (const g of scriptClosure(distDir, target)) files.add(g);
    }
  }
  return files;
}

const gzipped = (files: Iterable<string>) => [...files].reduce((n, f) => n + gzipSync(readFileSync(f), { level: 9 }).length, 0);

/** The report's JavaScript (chart.js + chart script) against its budget, and chart code kept off other pages. */
export function reportScripts(): BenchRow[] {
  const pages = walk('dist').filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
  const report = pageWeight('dist', `dist${routes.report}index.html`);
  const embeds = pages.filter((f) => isEmbedPath(urlPathOf('dist', f))).map((f) => pageWeight('dist', f));
  const heaviestEmbed = embeds.sort((a, b) => b.js - a.js)[0];
  const strays = pages.filter((f) => !CHART_CODE.allowed(urlPathOf('dist', f)) && loadsChartCode('dist', readFileSync(f, 'utf8')));
  const reportAll = gzipped(allScripts('dist', readFileSync(`dist${routes.report}index.html`, 'utf8')));
  const rows: BenchRow[] = [
    { label: `${routes.report} JavaScript loaded up front (gzip)`, value: report.js, unit: 'B', budget: jsBudget(routes.report) },
    {
      label: `${routes.report} JavaScript once charts are drawn (gzip, incl. chart.js)`,
      value: reportAll,
      unit: 'B',
      budget: jsBudget(routes.report),
    },
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
