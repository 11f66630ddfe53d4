/**
 * Where the build keeps validation's parse cache (src/checks/parse-cache.ts) between builds:
 * one JSON file, written under a temporary name and renamed, so a killed build never leaves half
 * of it. A missing or damaged file only makes validation parse everything again.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { ParseCache, type CachedParse } from '../../src/checks/parse-cache.ts';

export function loadParseCache(file: string): ParseCache {
  try {
    if (existsSync(file)) return new ParseCache(JSON.parse(readFileSync(file, 'utf8')) as Record<string, CachedParse>);
  } catch {
    // damaged: start empty
  }
  return new ParseCache();
}

export function saveParseCache(file: string, cache: ParseCache): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify(cache.entries()));
  renameSync(`${file}.tmp`, file);
}
