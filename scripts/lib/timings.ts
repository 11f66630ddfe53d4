/**
 * Phase timings of `npm run build`, machine-readable: each phase's start and end (epoch ms) go to
 * .build/timings.json and one `BUILD_TIMINGS {json}` line, which the scale bench reads.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface PhaseTiming {
  name: string;
  start: number;
  end: number;
}

export function createTimings(root: string) {
  const phases: PhaseTiming[] = [];
  return {
    /** Run one phase and record its wall time. */
    phase<T>(name: string, run: () => T): T {
      const start = Date.now();
      try {
        return run();
      } finally {
        phases.push({ name, start, end: Date.now() });
      }
    },
    /** Write .build/timings.json and print the one-line summary. */
    write(ok: boolean): void {
      mkdirSync(join(root, '.build'), { recursive: true });
      const text = JSON.stringify({ ok, phases });
      writeFileSync(join(root, '.build', 'timings.json'), `${text}\n`);
      console.log(`BUILD_TIMINGS ${text}`);
    },
  };
}
