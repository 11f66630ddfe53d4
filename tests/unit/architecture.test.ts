/**
 * The layout keeps its promises: only the reader opens content files, and data flows one way
 * (content -> checks -> data -> page -> component). ESLint enforces the import directions; this
 * test guards what ESLint does not see: file reads and direct imports of content files.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const rel = `${dir}/${name}`;
    if (statSync(join(ROOT, rel)).isDirectory()) return sources(rel);
    return /\.(ts|mjs|astro)$/.test(name) && !name.endsWith('.test.ts') ? [rel] : [];
  });
}

const imports = (file: string) =>
  [...readFileSync(join(ROOT, file), 'utf8').matchAll(/(?:import|from)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

describe('only the reader reads content', () => {
  it('no module imports a file of content/ directly (settings, the narrative...): they come through the reader', () => {
    const offenders = [...sources('src'), ...sources('scripts'), 'astro.config.mjs'].filter((f) =>
      imports(f).some((spec) => /(^|\/)content\/[^'"]+\.(json|mdx?|ya?ml)$/.test(spec)),
    );
    expect(offenders).toEqual([]);
  });

  it('in src/, only the reader (src/checks/files.ts, and handoff.ts, which passes its checked result from the build to the loaders) and the sitemap touch the file system', () => {
    const allowed = new Set(['src/checks/files.ts', 'src/checks/handoff.ts', 'src/integrations/sitemap.ts']);
    const offenders = sources('src').filter(
      (f) => imports(f).some((s) => s === 'node:fs' || s === 'fs' || s === 'node:fs/promises') && !allowed.has(f),
    );
    expect(offenders).toEqual([]);
  });

  it('the folders the layout names exist, so a newcomer finds each part where the README says', () => {
    for (const dir of [
      'content',
      'src/schemas',
      'src/checks',
      'src/checks/rules',
      'src/data',
      'src/components',
      'src/pages',
      'src/i18n',
      'src/utils',
      'scripts',
    ]) {
      expect(statSync(join(ROOT, dir)).isDirectory(), dir).toBe(true);
    }
    expect(statSync(join(ROOT, 'src/utils/routes.ts')).isFile()).toBe(true);
  });
});
