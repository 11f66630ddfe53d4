/**
 * Load test of the project server (scripts/serve.ts): 50 concurrent connections for 20 s on
 * 127.0.0.1 with autocannon, over a mix of pages, assets (plain and brotli), data files, a 404 and
 * a redirect. Reports requests/s, errors and the server's heap growth after a warm-up (both
 * measured after a full GC). Targets: 0 errors, no growth.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { readdirSync } from 'node:fs';
import autocannon from 'autocannon';
import type { BenchRow } from './types.ts';

const CONNECTIONS = 50;
const SECONDS = Number(process.env['BENCH_LOAD_SECONDS'] ?? 20);

function ask<T>(child: ChildProcess, message?: string): Promise<T> {
  return new Promise((ok) => {
    child.once('message', (m) => ok(m as T));
    if (message) child.send(message);
  });
}

/** The requests each connection cycles through, with the status each must get. */
function mix(): { path: string; status: number; headers?: Record<string, string> }[] {
  const guide = readdirSync('dist/thu-tuc').find((n) => !n.includes('.'))!;
  const css = readdirSync('dist/_astro').find((n) => n.endsWith('.css'))!;
  return [
    { path: '/', status: 200 },
    { path: `/thu-tuc/${guide}/`, status: 200, headers: { 'accept-encoding': 'br, gzip' } },
    { path: '/bao-cao/', status: 200 },
    { path: `/_astro/${css}`, status: 200, headers: { 'accept-encoding': 'br' } },
    { path: '/du-lieu/chi-so.csv', status: 200 },
    { path: '/pagefind/pagefind.js', status: 200, headers: { 'accept-encoding': 'gzip' } },
    { path: '/khong-co/', status: 404 },
    { path: `/thu-tuc/${guide}`, status: 301 },
  ];
}

function run(url: string, seconds: number, requests: ReturnType<typeof mix>) {
  let unexpected = 0;
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration: seconds,
    requests: requests.map((r) => ({
      method: 'GET' as const,
      path: r.path,
      ...(r.headers ? { headers: r.headers } : {}),
      onResponse: (status: number) => {
        if (status !== r.status) unexpected++;
      },
    })),
  }).then((result) => ({ result, unexpected }));
}

export async function serverLoad(): Promise<BenchRow[]> {
  const child = fork('scripts/bench/load-server.ts', ['dist'], {
    execArgv: ['--expose-gc'],
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  try {
    const { port } = await ask<{ port: number }>(child);
    const url = `http://127.0.0.1:${port}`;
    const requests = mix();
    await run(url, 5, requests); // warm-up at full load: JIT, sirv's file list, socket buffers
    const before = await ask<{ heapUsed: number; rss: number }>(child, 'mem');
    const { result, unexpected } = await run(url, SECONDS, requests);
    const after = await ask<{ heapUsed: number; rss: number }>(child, 'mem');
    const mb = (n: number) => Math.round((n / 1024 / 1024) * 10) / 10;
    return [
      {
        label: `requests/s (${CONNECTIONS} connections, ${SECONDS} s, 127.0.0.1)`,
        value: Math.round(result.requests.average),
        unit: 'req/s',
      },
      { label: 'latency p99', value: result.latency.p99, unit: 'ms' },
      { label: 'errors + timeouts + unexpected statuses', value: result.errors + result.timeouts + unexpected, unit: '', budget: 0 },
      {
        label: `server heap growth after GC (${mb(before.heapUsed)} -> ${mb(after.heapUsed)} MB)`,
        value: mb(after.heapUsed - before.heapUsed),
        unit: 'MB',
        budget: 2,
      },
      { label: `server RSS (${mb(before.rss)} -> ${mb(after.rss)} MB)`, value: mb(after.rss - before.rss), unit: 'MB' },
    ];
  } finally {
    child.disconnect();
  }
}
