import { readFileSync } from 'node:fs';
import { walk, pageWeight, renderBlockingScripts } from '../check-build.ts';
import type { BenchRow } from './types.ts';

/**
 * What must stay at zero on every page (the guides' first-load budget is in the page weights):
 * search code (Pagefind) fetched before the citizen searches, and scripts that block rendering.
 */
export function searchAndScripts(): BenchRow[] {
  const pages = walk('dist').filter((f) => f.endsWith('.html') && !f.includes('/pagefind/'));
  const searchUpFront = pages.filter((f) => (pageWeight('dist', f).scripts ?? []).some((s) => s.startsWith('/pagefind/')));
  const blocking = pages.filter((f) => renderBlockingScripts(readFileSync(f, 'utf8')).length > 0);
  return [
    { label: `pages that load search code up front (of ${pages.length})`, value: searchUpFront.length, unit: 'pages', budget: 0 },
    { label: `pages with a render-blocking script (of ${pages.length})`, value: blocking.length, unit: 'pages', budget: 0 },
  ];
}
