/**
 * npm run bench:scale -- N [--keep] [--no-baseline] [--no-incremental] [--no-search]
 *
 * Writes N synthetic guides (with fields, documents, life events and metrics in proportion) into
 * a temporary copy of the project, runs the real `npm run build` there and prints each phase's
 * wall time and the peak memory of the whole process tree, the size of dist/ and the heaviest
 * page of each kind. Then, in the same run: a rebuild after changing one guide, a rebuild with
 * no change (dist/ must be byte-identical), a bare Astro + Pagefind baseline on the same guides
 * with the ratio, and search timings in Chromium.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject } from './project-copy.ts';
import { guideId, writeSynthetic } from './synthetic.ts';
import { runMeasured, type Measured } from './run-measured.ts';
import { peakBetween } from './tree-rss.ts';
import { distStats } from './dist-stats.ts';
import { writeBaseline } from './baseline.ts';
import { treeDigest } from './tree-digest.ts';
import { binOf } from '../lib/run.ts';
import type { PhaseTiming } from '../lib/timings.ts';
import { searchTimings } from './search-timing.ts';

const args = process.argv.slice(2);
const n = Number(args.find((a) => /^\d+$/.test(a)) ?? 2000);
const flag = (name: string) => args.includes(`--${name}`);
const repo = resolve(import.meta.dirname, '..', '..');
const env = { CONTENT_TODAY: process.env['CONTENT_TODAY'] ?? new Date().toISOString().slice(0, 10), BUILD_KEEP_FAILED: '1' };

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
const row = (label: string, ...cols: string[]) => console.log(`  ${label.padEnd(34)} ${cols.map((c) => c.padStart(10)).join(' ')}`);

async function build(dir: string, label: string): Promise<Measured & { phases: PhaseTiming[] }> {
  const log = join(dir, `.bench-${label}.log`);
  const m = await runMeasured([join(dir, 'scripts', 'build.ts')], dir, log, env);
  if (m.code !== 0) {
    const text = readFileSync(log, 'utf8');
    console.error(`\n✗ ${label} build FAILED (exit ${m.code}); its last lines (full log: ${log}):\n${text.slice(-1500)}`);
  }
  const { phases } = JSON.parse(readFileSync(join(dir, '.build', 'timings.json'), 'utf8')) as { phases: PhaseTiming[] };
  return { ...m, phases };
}

function printBuild(title: string, b: Awaited<ReturnType<typeof build>>): void {
  console.log(`\n${title}`);
  row('phase', 'wall', 'peak RSS');
  const names = [...new Set(b.phases.map((p) => p.name))];
  for (const name of names) {
    const mine = b.phases.filter((p) => p.name === name);
    const wall = mine.reduce((t, p) => t + p.end - p.start, 0);
    const peak = Math.max(...mine.map((p) => peakBetween(b.samples, p.start, p.end)));
    row(name, s(wall), mb(peak));
  }
  row('total (process)', s(b.end - b.start), mb(peakBetween(b.samples, b.start, b.end)));
}

console.log(`Scale bench: ${n} synthetic guides, CONTENT_TODAY=${env.CONTENT_TODAY}`);
const dir = copyProject(repo);
const counts = writeSynthetic(dir, n);
console.log(
  `  project copy: ${dir}\n  content: ${n} guides, ${counts.fields} fields, ${counts.documents} documents, ${counts.lifeEvents} life events, ${counts.metrics} metrics (plus the real ones)`,
);

const full = await build(dir, 'full');
printBuild('Full build (npm run build)', full);
const built = full.code === 0;
const stats = distStats(join(dir, built ? 'dist' : join('.build', 'failed-dist')));
console.log(`\nOutput: ${stats.pages} pages, ${stats.files} files, ${mb(stats.bytes)}`);
row('heaviest page of each kind', 'HTML gzip', '');
for (const [kind, p] of [...stats.heaviest].sort()) row(`${kind}`, kb(p.gzip), p.path.length > 40 ? `${p.path.slice(0, 37)}…` : p.path);

const result: Record<string, unknown> = {
  n,
  counts,
  built,
  fullMs: full.end - full.start,
  peakRss: peakBetween(full.samples, full.start, full.end),
  phases: full.phases,
};

if (!flag('no-incremental') && built) {
  const before = treeDigest(join(dir, 'dist'));
  const same = await build(dir, 'unchanged');
  const after = treeDigest(join(dir, 'dist'));
  printBuild('Rebuild, nothing changed', same);
  const identical = before.digest === after.digest;
  console.log(`  dist/ byte-identical: ${identical ? 'yes' : `NO (${after.differs(before).slice(0, 5).join(', ')})`}`);
  const guide = join(dir, 'content', 'procedures', `${guideId(Math.floor(n / 2))}.md`);
  writeFileSync(guide, readFileSync(guide, 'utf8').replace(/^summary: (.*)$/m, 'summary: $1 Đã sửa.'));
  const one = await build(dir, 'one-guide');
  printBuild('Rebuild after changing one guide', one);
  const ratio = (one.end - one.start) / (full.end - full.start);
  console.log(`  one-guide rebuild / full build: ${(ratio * 100).toFixed(0)}% (target <= 20%)`);
  Object.assign(result, { unchangedMs: same.end - same.start, identical, oneGuideMs: one.end - one.start, oneGuideRatio: ratio });
}

if (!flag('no-baseline')) {
  const base = writeBaseline(repo, join(dir, 'content', 'procedures'));
  const astro = await runMeasured([binOf('astro'), 'build', '--root', base], base, join(base, 'astro.log'));
  const pf = await runMeasured([binOf('pagefind'), '--site', join(base, 'dist'), '--silent'], base, join(base, 'pagefind.log'));
  if (astro.code !== 0 || pf.code !== 0) throw new Error(`baseline build failed; logs in ${base}`);
  const baseMs = astro.end - astro.start + (pf.end - pf.start);
  console.log('\nBaseline: bare Astro page per guide + Pagefind, same guides');
  row('astro build', s(astro.end - astro.start), mb(peakBetween(astro.samples, astro.start, astro.end)));
  row('pagefind', s(pf.end - pf.start), mb(peakBetween(pf.samples, pf.start, pf.end)));
  const ratio = (full.end - full.start) / baseMs;
  console.log(`  full build / baseline: ${ratio.toFixed(2)}x (target <= 1.3x at 2,000 guides)`);
  Object.assign(result, { baselineMs: baseMs, baselineRatio: ratio });
  if (!flag('keep')) rmSync(base, { recursive: true, force: true });
}

if (!flag('no-search') && built) {
  const search = await searchTimings(join(dir, 'dist'));
  console.log('\nSearch in Chromium (keystroke to drawn results, 20 queries)');
  row('median', `${search.median.toFixed(0)} ms`);
  row('95th percentile', `${search.p95.toFixed(0)} ms`);
  row('bytes the first search downloads', kb(search.firstSearchBytes));
  Object.assign(result, { search });
}

mkdirSync(join(repo, '.build'), { recursive: true });
writeFileSync(join(repo, '.build', `bench-scale-${n}.json`), `${JSON.stringify(result, null, 2)}\n`);
if (!flag('keep')) rmSync(dir, { recursive: true, force: true });
else console.log(`\nKept: ${dir}`);
