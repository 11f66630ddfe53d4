/** Run a command under the project's Node and sample its process tree's memory while it runs. */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { sampleTree, type RssSample } from './tree-rss.ts';

export interface Measured {
  code: number;
  start: number;
  end: number;
  samples: RssSample[];
}

/** Run `node args` in `cwd`, output to `logFile`; resolves when it ends. */
export function runMeasured(args: string[], cwd: string, logFile: string, env: NodeJS.ProcessEnv = {}): Promise<Measured> {
  return new Promise((resolveRun, reject) => {
    const log = createWriteStream(logFile);
    const start = Date.now();
    const child = spawn(process.execPath, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    const sampler = sampleTree(child.pid!);
    child.on('error', reject);
    child.on('close', (code) => {
      log.end();
      resolveRun({ code: code ?? 1, start, end: Date.now(), samples: sampler.stop() });
    });
  });
}
