/**
 * A staff edit with a fault is explained (file, line, field, fix) and never published: the checker
 * exits non-zero and the build refuses, leaving the previous dist/ untouched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../scripts/lib/read-content.ts';
import { cleanup, expectation, fixtureNames, projectWithFixture, ROOT } from '../content-fixtures.ts';

const TODAY = '2026-11-28';
const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));
const node = (args: string[], cwd: string) =>
  spawnSync(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, CONTENT_TODAY: TODAY } });

describe('the real content is valid', () => {
  it('has no errors', () => {
    const errors = readContent(ROOT, TODAY).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('a valid sample guide added to it passes, so each fixture fails for its one fault only', () => {
    const root = projectWithFixture(fixtureNames()[0]!);
    roots.push(root);
    cpSync(join(ROOT, 'tests/fixtures/valid-guide.md'), join(root, 'content/procedures/zz-loi.md'));
    expect(readContent(root, TODAY).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe.each(fixtureNames())('bad content: %s', (name) => {
  const exp = expectation(name);

  it(`explains "${exp.fault}" with file, field and line`, () => {
    const root = projectWithFixture(name);
    roots.push(root);
    const errors = readContent(root, TODAY).problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const match = errors.find((p) => p.file === exp.file && (exp.field === undefined || p.field === exp.field));
    expect(match, JSON.stringify(errors, null, 2)).toBeDefined();
    expect(match!.message).toMatch(new RegExp(exp.message));
    if (exp.line !== undefined) expect(match!.line).toBe(exp.line);
  });

  it('the build refuses it and keeps the previous dist/', () => {
    const root = projectWithFixture(name, true);
    roots.push(root);
    mkdirSync(join(root, 'dist'));
    writeFileSync(join(root, 'dist', 'index.html'), 'previous build');
    const check = node([join(root, 'scripts/check-content.ts'), root], root);
    expect(check.status).toBe(1);
    expect(check.stderr).toContain(exp.file);
    const build = node([join(root, 'scripts/build.ts'), root], root);
    expect(build.status).toBe(1);
    expect(build.stderr).toMatch(/chưa có gì được xuất bản/);
    expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('previous build');
  });
});
