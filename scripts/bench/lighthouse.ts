/**
 * Lighthouse (mobile, its default simulated throttling) on the pages the issue sets targets for,
 * with Debian's Chromium and the site served from dist/ by scripts/serve.ts. Each page is measured
 * LIGHTHOUSE_RUNS times (default 3) and the median run is kept, as Lighthouse advises: one run on
 * a busy machine varies by several points.
 */
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import lighthouse from 'lighthouse';
import { launch } from 'chrome-launcher';
import { startServer } from '../serve.ts';
import { procedureHref, routes } from '../../src/utils/routes.ts';
import type { BenchRow } from './types.ts';

interface Target {
  path: string;
  /** Lower bound for the performance score (0-100). */
  minScore?: number;
  /** Upper bounds, in ms for times. */
  maxLcpMs?: number;
  maxTbtMs?: number;
  maxCls?: number;
}

/** The guide measured: the one most citizens open first. */
const GUIDE = procedureHref('dang-ky-khai-sinh');

export const LIGHTHOUSE_TARGETS: Target[] = [
  { path: routes.report, minScore: 98, maxLcpMs: 1500, maxTbtMs: 50 },
  { path: `${routes.search}?q=khai+sinh`, maxCls: 0.02 },
  { path: GUIDE, maxLcpMs: 1000 },
];

interface Measured {
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
}

const median = (xs: Measured[]): Measured => [...xs].sort((a, b) => a.score - b.score || a.lcpMs - b.lcpMs)[Math.floor(xs.length / 2)]!;

function chromiumPath(): string {
  const path = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Không thấy Chromium ở ${path}: "apt-get install chromium" hoặc đặt CHROMIUM_PATH. / No Chromium: install Debian's chromium.`,
    );
  }
  return path;
}

async function measure(url: string, port: number): Promise<Measured> {
  const result = await lighthouse(url, { port, onlyCategories: ['performance'], output: 'json', logLevel: 'error' });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories['performance']?.score ?? 0) * 100),
    fcpMs: Math.round(audit('first-contentful-paint')),
    lcpMs: Math.round(audit('largest-contentful-paint')),
    tbtMs: Math.round(audit('total-blocking-time')),
    cls: Math.round(audit('cumulative-layout-shift') * 1000) / 1000,
  };
}

function rowsOf(t: Target, m: Measured): BenchRow[] {
  const at = (what: string) => `${t.path} ${what}`;
  return [
    { label: at('performance score (Lighthouse mobile)'), value: m.score, unit: 'points', ...(t.minScore ? { floor: t.minScore } : {}) },
    { label: at('FCP'), value: m.fcpMs, unit: 'ms' },
    { label: at('LCP'), value: m.lcpMs, unit: 'ms', ...(t.maxLcpMs ? { budget: t.maxLcpMs } : {}) },
    { label: at('TBT'), value: m.tbtMs, unit: 'ms', ...(t.maxTbtMs ? { budget: t.maxTbtMs } : {}) },
    { label: at('CLS'), value: m.cls, unit: '', ...(t.maxCls !== undefined ? { budget: t.maxCls } : {}) },
  ];
}

/** One row per figure and page; a row over its budget (or under its floor) fails the bench. */
export async function lighthouseFigures(): Promise<BenchRow[]> {
  const runs = Math.max(1, Number(process.env['LIGHTHOUSE_RUNS'] ?? 3));
  const server = await startServer('dist', 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const chrome = await launch({
    chromePath: chromiumPath(),
    chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const rows: BenchRow[] = [];
    for (const t of LIGHTHOUSE_TARGETS) {
      const measured: Measured[] = [];
      for (let i = 0; i < runs; i++) measured.push(await measure(base + t.path, chrome.port));
      rows.push(...rowsOf(t, median(measured)));
    }
    return rows;
  } finally {
    chrome.kill();
    await new Promise<void>((done) => server.close(() => done()));
  }
}
