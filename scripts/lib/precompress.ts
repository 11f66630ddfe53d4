/**
 * Writes file.gz and file.br next to every text file of a built site, so the web server sends
 * them as they are (nginx gzip_static / brotli_static, sirv in scripts/serve.ts) instead of
 * compressing each response.
 *
 * It runs once per build, over every file, so it must not cost more than the build itself:
 * - the shared assets (`_astro/`, Pagefind's scripts: few files every visitor downloads, cached
 *   for a year) get brotli's maximum quality; pages get quality 7, which on this site's pages is
 *   within 1% of the maximum's size at a fortieth of its time;
 * - results are kept in a cache by the file's content hash (`.build/cache/precompress/`) and
 *   hard-linked into the new site, so a rebuild compresses only the files that changed. Entries no
 *   file used in this build are removed, so the cache stays the size of one site.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PRECOMPRESS_EXTENSIONS } from '../../deploy/headers.ts';
import { walk } from './dist-files.ts';

/** Brotli quality for a file, by its path in the site. */
export function brotliQuality(sitePath: string): number {
  const path = sitePath.split(sep).join('/');
  const shared = path.startsWith('_astro/') || /^pagefind\/[^/]+\.(js|css)$/.test(path);
  return shared ? constants.BROTLI_MAX_QUALITY : 7;
}

function compress(raw: Buffer, quality: number): { gz: Buffer; br: Buffer } {
  return {
    gz: gzipSync(raw, { level: 9 }),
    br: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: quality, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length } }),
  };
}

/** Put the cached file at `to`: a hard link (no copy), or a copy where links are impossible. */
function place(from: string, to: string): void {
  rmSync(to, { force: true });
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

export interface PrecompressResult {
  /** Files that got a .gz/.br pair. */
  files: number;
  /** Of those, how many were compressed in this run (the rest came from the cache). */
  compressed: number;
}

/** Compress every text file under `dir`, reusing `cacheDir` (none: compress everything). */
export function precompress(dir: string, cacheDir?: string): PrecompressResult {
  const wanted = new RegExp(`\\.(?:${PRECOMPRESS_EXTENSIONS.join('|')})$`);
  if (cacheDir) mkdirSync(cacheDir, { recursive: true });
  const used = new Set<string>();
  let count = 0;
  let compressed = 0;
  for (const file of walk(dir).filter((f) => wanted.test(f))) {
    const raw = readFileSync(file);
    const quality = brotliQuality(relative(dir, file));
    count++;
    if (!cacheDir) {
      const out = compress(raw, quality);
      writeFileSync(`${file}.gz`, out.gz);
      writeFileSync(`${file}.br`, out.br);
      compressed++;
      continue;
    }
    const key = createHash('sha256').update(raw).update(`\0q${quality}`).digest('hex').slice(0, 40);
    const cached = join(cacheDir, key);
    used.add(`${key}.gz`).add(`${key}.br`);
    if (!existsSync(`${cached}.br`) || !existsSync(`${cached}.gz`)) {
      const out = compress(raw, quality);
      // Written under a temporary name and renamed: a killed build never leaves half a file in the cache.
      for (const [ext, bytes] of [
        ['gz', out.gz],
        ['br', out.br],
      ] as const) {
        writeFileSync(`${cached}.${ext}.tmp`, bytes);
        renameSync(`${cached}.${ext}.tmp`, `${cached}.${ext}`);
      }
      compressed++;
    }
    place(`${cached}.gz`, `${file}.gz`);
    place(`${cached}.br`, `${file}.br`);
  }
  if (cacheDir) for (const name of readdirSync(cacheDir)) if (!used.has(name)) rmSync(join(cacheDir, name), { force: true });
  return { files: count, compressed };
}
