/**
 * A staff edit with a fault is explained (file, line, field, fix) and never published: the checker
 * exits non-zero and the build refuses, leaving the previous dist/ untouched.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readContent } from '../../src/checks/read-content.ts';
import { formatProblems } from '../../src/schemas/friendly-errors.ts';
import { cleanup, expectation, fixtureNames, projectWithFixture, ROOT } from '../content-fixtures.ts';

const TODAY = '2026-11-28';
const roots: string[] = [];
afterAll(() => roots.forEach(cleanup), 60_000);

/** Run a script with Node 22; resolves with the exit code and output, whatever the code. */
async function node(args: string[], cwd: string): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const r = await promisify(execFile)(process.execPath, args, { cwd, encoding: 'utf8', env: { ...process.env, CONTENT_TODAY: TODAY } });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (err) {
    const e = err as { code?: number; stdout?: string; stderr?: string };
    return { status: typeof e.code === 'number' ? e.code : -1, stdout: e.stdout ?? '', stderr: e.stderr ?? '' };
  }
}

describe('the real content is valid', () => {
  it('has no errors', () => {
    const errors = readContent(ROOT, TODAY).problems.filter((p) => p.severity === 'error');
    expect(errors).toEqual([]);
  });

  it('a valid sample guide added to it passes, so each fixture fails for its one fault only', () => {
    const root = projectWithFixture(undefined);
    roots.push(root);
    cpSync(join(ROOT, 'tests/fixtures/valid-guide.md'), join(root, 'content/procedures/zz-loi.md'));
    expect(readContent(root, TODAY).problems.filter((p) => p.severity === 'error')).toEqual([]);
  });

  it('the corpus covers at least 20 different faults', () => {
    expect(fixtureNames().length).toBeGreaterThanOrEqual(20);
    expect(new Set(fixtureNames().map((n) => expectation(n).fault)).size).toBe(fixtureNames().length);
  });
});

describe.concurrent.each(fixtureNames())('bad content: %s', (name) => {
  const exp = expectation(name);

  it(`explains "${exp.fault}" in the faulty file only, with field, line and a fix in Vietnamese and English`, () => {
    const root = projectWithFixture(name);
    roots.push(root);
    // The real content has warnings of its own (e.g. guides still without certainty): a warning fixture is judged on its file.
    const errors = readContent(root, TODAY).problems.filter(
      (p) => p.severity === (exp.severity ?? 'error') && (exp.severity !== 'warning' || p.file === exp.file),
    );
    expect(errors.length).toBeGreaterThan(0);
    // One fault: every error points at the file that has it, none at the files around it.
    expect(errors.filter((p) => p.file !== exp.file)).toEqual([]);
    const match = errors.find((p) => exp.field === undefined || p.field === exp.field);
    expect(match, formatProblems(errors)).toBeDefined();
    expect(match!.message).toMatch(new RegExp(exp.message));
    expect(match!.message).toMatch(/ \/ [A-Za-z"]/);
    if (exp.line !== undefined) expect(match!.line).toBe(exp.line);
  });

  // A warning fixture is reported and still builds; an error fixture stops the check and the build.
  const warning = exp.severity === 'warning';
  it(
    warning
      ? 'check:content reports the warning with file and line, and still exits 0'
      : 'check:content exits non-zero, and the build refuses it and keeps the previous dist/',
    async () => {
      const root = projectWithFixture(name, true);
      roots.push(root);
      if (warning) {
        const check = await node([join(root, 'scripts/check-content.ts'), root], root);
        expect(check.status).toBe(0);
        expect(check.stdout + check.stderr).toContain(`CẢNH BÁO / WARNING  ${exp.file}:${exp.line}`);
        return;
      }
      mkdirSync(join(root, 'dist'));
      writeFileSync(join(root, 'dist', 'index.html'), 'previous build');
      const check = await node([join(root, 'scripts/check-content.ts'), root], root);
      expect(check.status).toBe(1);
      expect(check.stderr).toContain(exp.line === undefined ? exp.file : `${exp.file}:${exp.line}`);
      expect(check.stderr).toMatch(/LỖI \/ ERROR/);
      const build = await node([join(root, 'scripts/build.ts'), root], root);
      expect(build.status).toBe(1);
      expect(build.stderr).toMatch(/chưa có gì được xuất bản/);
      expect(readFileSync(join(root, 'dist', 'index.html'), 'utf8')).toBe('previous build');
      // Content never runs code: the fixtures that try to write a file never get to.
      expect(existsSync(join(root, 'ran-code.txt'))).toBe(false);
    },
    // Two Node processes per fixture, 90 fixtures at once on two cores: more than the default 5 s.
    60_000,
  );
});
