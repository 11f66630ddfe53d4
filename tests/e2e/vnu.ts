/**
 * The W3C Nu HTML Checker (npm `vnu-jar`) over many files in one Java start (it takes seconds to
 * start), with its `--format json` report turned into one line per problem: file, line, message.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';

export interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  message: string;
  extract?: string;
}

export interface VnuProblem {
  file: string;
  line: number | undefined;
  message: string;
}

/** The errors in vnu's JSON report (warnings are `info` with subType `warning`: left out), files relative to `root`. */
export function vnuErrors(json: string, root: string): VnuProblem[] {
  const report = JSON.parse(json) as { messages?: VnuMessage[] };
  if (!Array.isArray(report.messages)) throw new Error(`vnu: unexpected report: ${json.slice(0, 200)}`);
  return report.messages
    .filter((m) => m.type !== 'info')
    .map((m) => ({
      file: m.url ? relative(root, m.url.replace(/^file:/, '')) : '(vnu)',
      line: m.firstLine ?? m.lastLine,
      message: m.message,
    }));
}

export const formatProblem = (p: VnuProblem): string => `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.message}`;

/** Runs vnu.jar once over `files` (absolute paths) and returns its errors. */
export function runVnu(java: string, files: string[], root: string): VnuProblem[] {
  const jar = join(createRequire(import.meta.url).resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');
  // vnu writes its report to stderr and exits 1 when it found errors: both are expected here.
  const r = spawnSync(java, ['-Xss2m', '-jar', jar, '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return vnuErrors(r.stderr, root);
}
