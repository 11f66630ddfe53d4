/**
 * The build's content phase runs in its own process, so the content's memory is given back
 * before Astro and Pagefind run: the build script itself must not read content/.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VALIDATE_EXIT } from './validate-step.ts';

describe('the build validates content in a process of its own', () => {
  const build = readFileSync(new URL('../build.ts', import.meta.url), 'utf8');

  it('the build script does not import the content reader', () => {
    expect(build).not.toMatch(/from ['"][^'"]*read-content/);
    expect(build).toContain("'build-validate.ts'");
  });

  it('each way the step ends has its own exit code', () => {
    expect(new Set(Object.values(VALIDATE_EXIT)).size).toBe(Object.keys(VALIDATE_EXIT).length);
    expect(VALIDATE_EXIT.ok).toBe(0);
  });
});
