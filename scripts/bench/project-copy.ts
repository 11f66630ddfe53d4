/** A throwaway copy of the project for the scale bench: sources copied, node_modules linked. */
import { cpSync, mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const SKIP = new Set(['node_modules', 'dist', '.build', '.git', '.astro']);

/** Copy `root` into a new temporary folder (without build output) and link its node_modules. */
export function copyProject(root: string, prefix = 'scale-'): string {
  const dest = mkdtempSync(join(tmpdir(), prefix));
  cpSync(root, dest, { recursive: true, filter: (src) => !(dirname(src) === root && SKIP.has(basename(src))) });
  symlinkSync(join(root, 'node_modules'), join(dest, 'node_modules'), 'dir');
  return dest;
}
