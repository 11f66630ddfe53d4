/**
 * Writes file.gz and file.br next to every text file of a built site, so the web server sends
 * them as they are (nginx gzip_static / brotli_static, sirv in scripts/serve.ts) instead of
 * compressing each response. Maximum compression: it runs once per build, not per request.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { PRECOMPRESS_EXTENSIONS } from '../../deploy/headers.ts';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
}

/** Compress every text file under `dir`; returns how many files got a .gz/.br pair. */
export function precompress(dir: string): number {
  const wanted = new RegExp(`\\.(?:${PRECOMPRESS_EXTENSIONS.join('|')})$`);
  let count = 0;
  for (const file of files(dir).filter((f) => wanted.test(f))) {
    const raw = readFileSync(file);
    writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
    const br = brotliCompressSync(raw, {
      params: { [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
    });
    writeFileSync(`${file}.br`, br);
    count++;
  }
  return count;
}
