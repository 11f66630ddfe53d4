/**
 * The build reads and checks content/ once: scripts/build.ts writes the reader's result to a
 * file and names it in CONTENT_HANDOFF for the Astro build it starts, whose loaders
 * (astro-loader.ts) take it instead of reading everything again. The file is written moments
 * before from the same content, and only a build that set the variable uses it; `npm run dev`
 * and a bare `astro build` read content/ themselves.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReadResult } from './read-content.ts';

export const HANDOFF_ENV = 'CONTENT_HANDOFF';

export function writeHandoff(file: string, root: string, result: ReadResult): void {
  writeFileSync(file, JSON.stringify({ ...result, root: resolve(root) }));
}

/** The reader's result handed over by the build for `root`, if there is one. */
export function readHandoff(root: string): ReadResult | undefined {
  const file = process.env[HANDOFF_ENV];
  if (!file || !existsSync(file)) return undefined;
  const handed = JSON.parse(readFileSync(file, 'utf8')) as ReadResult & { root?: string };
  return handed.root === resolve(root) ? handed : undefined;
}
