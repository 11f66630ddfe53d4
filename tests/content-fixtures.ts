/**
 * Bad-content fixtures: each folder under tests/fixtures/bad/ holds files laid over a copy of the
 * real content/ (same relative paths), plus expect.json saying which file, field and message
 * the checker must report. A file named "<name>.delete" removes content/<name> instead, and
 * "<name>.append" (a JSON array) adds its items to the end of the JSON array in content/<name>,
 * so that a fixture for fields.json or agencies.json keeps up with the real file.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

export const FIXTURES = join(import.meta.dirname, 'fixtures', 'bad');
export const ROOT = join(import.meta.dirname, '..');

export interface Expectation {
  /** What the fault is, in a few words. */
  fault: string;
  /** Path of the file the problem must name, relative to the project root. */
  file: string;
  /** The field the problem must name, when it has one. */
  field?: string;
  /** A regular expression the message must match. */
  message: string;
  /** The line the problem must point at, when known. */
  line?: number;
  /** "warning" for a fault that is reported but does not stop publishing; an error by default. */
  severity?: 'error' | 'warning';
}

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES)
    .filter((n) => statSync(join(FIXTURES, n)).isDirectory())
    .sort();
}

export function expectation(name: string): Expectation {
  return JSON.parse(readFileSync(join(FIXTURES, name, 'expect.json'), 'utf8')) as Expectation;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

/**
 * A throwaway project root: the real content with the fixture (if any) laid over it. With `full`, also the
 * code needed to run a build there (src, scripts, config, and a link to node_modules).
 */
export function projectWithFixture(name: string | undefined, full = false): string {
  const root = mkdtempSync(join(tmpdir(), `bad-${name ?? 'none'}-`));
  cpSync(join(ROOT, 'content'), join(root, 'content'), { recursive: true });
  if (full) {
    for (const p of ['src', 'scripts', 'deploy', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
      cpSync(join(ROOT, p), join(root, p), { recursive: true });
    }
    symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  }
  if (name === undefined) return root;
  const dir = join(FIXTURES, name);
  for (const f of filesUnder(dir)) {
    const rel = relative(dir, f);
    if (rel === 'expect.json') continue;
    if (rel.endsWith('.delete')) rmSync(join(root, 'content', rel.slice(0, -'.delete'.length)), { force: true });
    else if (rel.endsWith('.append')) {
      const target = join(root, 'content', rel.slice(0, -'.append'.length));
      const list = JSON.parse(readFileSync(target, 'utf8')) as unknown[];
      list.push(...(JSON.parse(readFileSync(f, 'utf8')) as unknown[]));
      writeFileSync(target, `${JSON.stringify(list, null, 2)}\n`);
    } else cpSync(f, join(root, 'content', rel));
  }
  return root;
}

export const cleanup = (root: string) => existsSync(root) && rmSync(root, { recursive: true, force: true });
