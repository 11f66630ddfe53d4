/**
 * The first phase of `npm run build`: read and check content/, print its problems and the changes
 * due, and write the checked content to the handoff file for the Astro build. scripts/build.ts runs
 * it in a process of its own (scripts/build-validate.ts) and waits: the memory it takes (1.2 GB at
 * 20,000 guides, which the build's process used to keep through Astro and Pagefind) is given back
 * when that process ends.
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readContent } from '../../src/checks/read-content.ts';
import { printChangesDue } from '../../src/checks/changes-due.ts';
import { writeHandoff } from '../../src/checks/handoff.ts';
import { formatProblems } from '../../src/schemas/friendly-errors.ts';
import { loadParseCache, saveParseCache } from './parse-cache-file.ts';
import { checkReleaseAddresses } from './release.ts';

/** How the step ended, as its process's exit code. */
export const VALIDATE_EXIT = { ok: 0, contentErrors: 2, releaseAddresses: 3 } as const;
export type ValidateExit = (typeof VALIDATE_EXIT)[keyof typeof VALIDATE_EXIT];

export function validateForBuild(root: string, today: string, handoff: string, release: boolean): ValidateExit {
  const cacheFile = join(root, '.build', 'cache', 'parsed-content.json');
  const parseCache = loadParseCache(cacheFile);
  const read = readContent(root, today, { includeDrafts: true, parseCache });
  saveParseCache(cacheFile, parseCache);
  const errors = read.problems.filter((p) => p.severity === 'error');
  if (read.problems.length > 0) console.error(formatProblems(read.problems));
  if (errors.length > 0) {
    console.error(`Nội dung có ${errors.length} lỗi / content has ${errors.length} error(s).`);
    return VALIDATE_EXIT.contentErrors;
  }
  if (!checkReleaseAddresses(read.settings, release)) return VALIDATE_EXIT.releaseAddresses;
  // From the content just read: reading it again was a second validation's time at 2,000 guides.
  printChangesDue(read.content, today);
  mkdirSync(dirname(handoff), { recursive: true });
  writeHandoff(handoff, root, read);
  return VALIDATE_EXIT.ok;
}
