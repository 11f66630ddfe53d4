import { spawnSync } from 'node:child_process';
import type { BenchRow } from './types.ts';

/** Wall time of `npm run check:content` on the real content, as staff run it (best of 3). */
export function contentCheckSpeed(): BenchRow[] {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    const r = spawnSync(process.execPath, ['scripts/check-content.ts'], { encoding: 'utf8' });
    times.push(performance.now() - t);
    if (r.status !== 0) throw new Error(`check:content failed:\n${r.stderr}`);
  }
  return [
    {
      label: 'check:content on the real content (best of 3, incl. Node start)',
      value: Math.round(Math.min(...times)),
      unit: 'ms',
      budget: 3000,
    },
  ];
}
