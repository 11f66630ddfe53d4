/** Size of a built site: bytes, files, and the heaviest page of each kind (HTML, gzip). */
import { readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { urlPathOf, walk } from '../check-build.ts';

export interface DistStats {
  bytes: number;
  files: number;
  pages: number;
  /** Kind (first path segment, "/" for the home page) to its heaviest page. */
  heaviest: Map<string, { path: string; gzip: number }>;
}

/** "/thu-tuc/x/" is a guide; "/thu-tuc/" and "/thu-tuc/linh-vuc/..." are lists. */
export function kindOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  if (parts.length === 0) return '/';
  if (parts.length === 1) return `/${parts[0]}/`;
  return `/${parts[0]}/*${parts.length > 2 ? '/…' : ''}`;
}

export function distStats(dist: string): DistStats {
  const files = walk(dist);
  const heaviest = new Map<string, { path: string; gzip: number }>();
  let bytes = 0;
  let pages = 0;
  for (const f of files) {
    bytes += statSync(f).size;
    if (!f.endsWith('.html') || f.includes('/pagefind/')) continue;
    pages++;
    const path = urlPathOf(dist, f);
    const gzip = gzipSync(readFileSync(f), { level: 6 }).length;
    const kind = kindOf(path);
    if ((heaviest.get(kind)?.gzip ?? 0) < gzip) heaviest.set(kind, { path, gzip });
  }
  return { bytes, files: files.length, pages, heaviest };
}
