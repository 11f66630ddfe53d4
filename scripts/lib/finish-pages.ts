/**
 * The last pass over the built pages, after Pagefind has read them: drop the markup only the
 * index needs (index-only-markup.ts) and add the module preloads (module-preload.ts). One read
 * and at most one write per page.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { walk } from './dist-files.ts';
import { stripIndexOnlyMarkup } from './index-only-markup.ts';
import { addModulePreloads, chunkFinder } from './module-preload.ts';

/** Finishes every page in `dir`; returns how many changed. */
export function finishPagesIn(dir: string): number {
  const chunksOf = chunkFinder(dir);
  let changed = 0;
  for (const file of walk(dir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const out = addModulePreloads(stripIndexOnlyMarkup(html), chunksOf);
    if (out !== html) {
      writeFileSync(file, out);
      changed++;
    }
  }
  return changed;
}
