/**
 * One build's files, read at most once: the build checks look the same stylesheets, scripts and
 * link targets up from every page, so their existence, text and gzip size are kept for the run.
 * Created per check run (files do not change while it runs).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    return d.isDirectory() ? walk(p) : [p];
  });
}

export const gzipSize = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

export class DistFiles {
  readonly dir: string;
  readonly all: string[];
  readonly #set: Set<string>;
  readonly #text = new Map<string, string>();
  readonly #gz = new Map<string, number>();
  readonly #resolved = new Map<string, string | undefined>();
  readonly #closures = new Map<string, Set<string>>();

  constructor(dir: string) {
    this.dir = dir;
    this.all = walk(dir);
    this.#set = new Set(this.all);
  }

  /** The file a root-relative URL serves, or undefined. */
  resolve(url: string): string | undefined {
    if (this.#resolved.has(url)) return this.#resolved.get(url);
    let found: string | undefined;
    try {
      const path = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
      found = [join(this.dir, path), join(this.dir, path, 'index.html'), join(this.dir, `${path}.html`)].find((c) => this.#set.has(c));
    } catch {
      found = undefined; // a malformed %-escape resolves to nothing
    }
    this.#resolved.set(url, found);
    return found;
  }

  has(file: string): boolean {
    return this.#set.has(file);
  }

  text(file: string): string {
    let t = this.#text.get(file);
    if (t === undefined) {
      t = readFileSync(file, 'utf8');
      this.#text.set(file, t);
    }
    return t;
  }

  /** Gzip size of a shared asset (kept for the run). */
  gz(file: string): number {
    let n = this.#gz.get(file);
    if (n === undefined) {
      n = gzipSize(readFileSync(file));
      this.#gz.set(file, n);
    }
    return n;
  }

  /** A script's closure, computed once per entry script. */
  closure(entry: string, make: () => Set<string>): Set<string> {
    let c = this.#closures.get(entry);
    if (!c) {
      c = make();
      this.#closures.set(entry, c);
    }
    return c;
  }
}

/**
 * Gzip sizes of pages by the hash of their text, kept between builds in a file: a rebuild that
 * changed one guide compresses that page again, not all of them. A hash is many times cheaper
 * than gzip at level 9.
 */
export class GzipSizes {
  readonly file: string | undefined;
  readonly #known: Map<string, number>;
  readonly #used = new Map<string, number>();

  constructor(file?: string) {
    this.file = file;
    const saved = file && existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, number>) : {};
    this.#known = new Map(Object.entries(saved));
  }

  of(text: string): number {
    const key = createHash('sha1').update(text).digest('base64');
    let n = this.#used.get(key) ?? this.#known.get(key);
    if (n === undefined) n = gzipSize(text);
    this.#used.set(key, n);
    return n;
  }

  /** Keep the sizes of this build's pages only, so the file does not grow forever. */
  save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    writeFileSync(this.file, JSON.stringify(Object.fromEntries(this.#used)));
  }
}
