/**
 * npm run bench: the speed and size targets, measured on this machine and printed with their
 * budgets. Each measurement lives in scripts/bench/<name>.ts and returns rows; a row over budget
 * makes the command exit 1. Run `npm run build` first: page weights are read from dist/.
 */
import { existsSync } from 'node:fs';
import { missesTarget, type BenchRow } from './bench/types.ts';
import { pageWeights } from './bench/page-weights.ts';
import { contentCheckSpeed } from './bench/content-check.ts';
import { reportScripts } from './bench/report.ts';
import { searchAndScripts } from './bench/search.ts';
import { serverLoad } from './bench/load.ts';
import { lighthouseFigures } from './bench/lighthouse.ts';

if (!existsSync('dist/index.html')) {
  console.error('Chưa có dist/: chạy "npm run build" trước. / Run "npm run build" first.');
  process.exit(1);
}

const sections: [string, () => BenchRow[] | Promise<BenchRow[]>][] = [
  ['Page weight (gzip, first load)', pageWeights],
  ['Content checker', contentCheckSpeed],
  ['Reform report scripts', reportScripts],
  ["Search and scripts on citizens' pages", searchAndScripts],
  ['Project server under load (scripts/serve.ts)', serverLoad],
  ['Lighthouse mobile (median of LIGHTHOUSE_RUNS runs, default 3)', lighthouseFigures],
];

let over = 0;
for (const [title, run] of sections) {
  console.log(`\n${title}`);
  for (const row of await run()) {
    const target = row.budget !== undefined || row.floor !== undefined;
    const status = !target ? '' : missesTarget(row) ? (row.floor === undefined ? '  OVER BUDGET' : '  BELOW TARGET') : '  ok';
    if (missesTarget(row)) over++;
    const budget =
      row.budget !== undefined
        ? ` / budget ${row.budget} ${row.unit}`
        : row.floor !== undefined
          ? ` / at least ${row.floor} ${row.unit}`
          : '';
    console.log(`  ${row.label.padEnd(58)} ${String(row.value).padStart(8)} ${row.unit}${budget}${status}`);
  }
}
console.log(over ? `\n${over} measurement(s) off target` : '\nAll measurements within budget');
process.exit(over ? 1 : 0);
