/**
 * Parsed content kept between builds, by the hash of each file's text: parsing the YAML
 * frontmatter is most of validation's time (about 4 of 6 s at 2,000 guides), and a rebuild after
 * one edit would otherwise parse every file again. Only what parsing gives is kept (the data, the
 * body and its line); every schema and cross-file rule runs again on it, each build. An entry is
 * kept only when its data survives JSON exactly, and only this build's entries are kept. Where the
 * entries are stored is the build's business (scripts/lib/parse-cache-file.ts): the reader touches
 * no file but through files.ts.
 */
import { createHash } from 'node:crypto';

export interface CachedParse {
  data: unknown;
  body?: string | undefined;
  bodyLine?: number | undefined;
}

/** Whether JSON gives the same value back: plain objects, arrays, strings, booleans, null and finite numbers. */
function jsonSafe(value: unknown): boolean {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonSafe);
  if (typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return false;
  return Object.values(value).every((v) => v !== undefined && jsonSafe(v));
}

export class ParseCache {
  readonly #known: Record<string, CachedParse>;
  readonly #used: Record<string, CachedParse> = {};
  hits = 0;

  constructor(known: Record<string, CachedParse> = {}) {
    this.#known = known;
  }

  static key(text: string, kind: string): string {
    return createHash('sha256').update(kind).update('\0').update(text).digest('base64');
  }

  get(key: string): CachedParse | undefined {
    const hit = this.#known[key];
    if (hit) {
      this.#used[key] = hit;
      this.hits++;
      // A fresh copy: callers may not share objects with the cache.
      return structuredClone(hit);
    }
    return undefined;
  }

  set(key: string, value: CachedParse): void {
    if (jsonSafe(value.data)) this.#used[key] = structuredClone(value);
  }

  /** The entries this build used or made, to be stored for the next one. */
  entries(): Record<string, CachedParse> {
    return this.#used;
  }
}
