/** A digest of a folder tree (paths and bytes), to prove two builds gave the same dist/. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { walk } from '../check-build.ts';

export interface TreeDigest {
  digest: string;
  files: Map<string, string>;
  /** Paths whose content differs from `other`'s, or that only one tree has. */
  differs: (other: TreeDigest) => string[];
}

export function treeDigest(dir: string): TreeDigest {
  const files = new Map<string, string>();
  for (const f of walk(dir).sort()) files.set(relative(dir, f), createHash('sha256').update(readFileSync(f)).digest('hex'));
  const all = createHash('sha256');
  for (const [path, hash] of files) all.update(`${path}\0${hash}\n`);
  return {
    digest: all.digest('hex'),
    files,
    differs: (other) => [...new Set([...files.keys(), ...other.files.keys()])].filter((p) => files.get(p) !== other.files.get(p)),
  };
}
