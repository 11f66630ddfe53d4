import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { HANDOFF_ENV, readHandoff, writeHandoff } from './handoff.ts';
import { readContent } from './read-content.ts';

const root = join(import.meta.dirname, '..', '..');

describe('the build hands its checked content to the Astro loaders', () => {
  afterEach(() => {
    Reflect.deleteProperty(process.env, HANDOFF_ENV);
  });

  it('gives back exactly what the reader returned, for the same project only, and only when the build named the file', () => {
    const result = readContent(root, '2026-12-01', { includeDrafts: true });
    const file = join(mkdtempSync(join(tmpdir(), 'handoff-')), 'content.json');
    writeHandoff(file, root, result);
    expect(readHandoff(root)).toBeUndefined(); // not named: the loaders read content/ themselves
    process.env[HANDOFF_ENV] = file;
    const handed = readHandoff(`${root}/`);
    expect(handed?.content).toEqual(result.content);
    expect(handed?.problems).toEqual(result.problems);
    expect(handed?.settings).toEqual(result.settings);
    expect(handed?.narrative).toEqual(result.narrative);
    expect(readHandoff('/some/other/project')).toBeUndefined();
  });
});
