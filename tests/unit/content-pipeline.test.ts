/**
 * One reader for every consumer: the staff checker, the build and the live preview (`npm run dev`)
 * report a content error with the same words, file and line, and apply the same file rules.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { formatProblems } from '../../src/schemas/friendly-errors.ts';
import { readContent } from '../../src/checks/read-content.ts';
import { cleanup, projectWithFixture, ROOT } from '../content-fixtures.ts';
import { binOf } from '../../scripts/lib/run.ts';

const TODAY = '2026-11-28';
const roots: string[] = [];
afterAll(() => roots.forEach(cleanup));

const cleanEnv = () =>
  Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(VITEST|NODE_ENV$|TEST$|MODE$|BASE_URL$|DEV$|PROD$|SSR$)/.test(k)));

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });
}

/** Start `astro dev` in `root`, wait until `until` appears in its output (or 60 s), then stop it. */
async function devOutput(root: string, until: RegExp, path: string): Promise<{ output: string; status: number | undefined }> {
  const port = await freePort();
  const child = spawn(process.execPath, [binOf('astro'), 'dev', '--host', '127.0.0.1', '--port', String(port)], {
    cwd: root,
    // As staff run it: without the test runner's own variables (NODE_ENV=test, VITEST...).
    env: { ...cleanEnv(), CONTENT_TODAY: TODAY, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  let output = '';
  let status: number | undefined;
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline && !/ready in/.test(output)) await new Promise((r) => setTimeout(r, 200));
  // Right after start the dev server may still answer 404 while it optimises dependencies.
  while (Date.now() < deadline && (status === undefined || status === 404)) {
    status = (await fetch(`http://127.0.0.1:${port}${path}`).catch(() => undefined))?.status;
    if (status === undefined || status === 404) await new Promise((r) => setTimeout(r, 500));
  }
  while (Date.now() < deadline && !until.test(output)) await new Promise((r) => setTimeout(r, 200));
  child.kill('SIGTERM');
  return { output, status };
}

describe('a content error under npm run dev', () => {
  it('is printed with the same friendly message, file and line as check:content, and the page fails', async () => {
    const root = projectWithFixture('guide-wrong-type', true);
    roots.push(root);
    const errors = readContent(root, TODAY).problems.filter((p) => p.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    const expected = formatProblems(errors);
    const checker = spawnSync(process.execPath, [join(root, 'scripts/check-content.ts'), root], {
      encoding: 'utf8',
      env: { ...process.env, CONTENT_TODAY: TODAY },
    });
    expect(checker.stderr).toContain(expected);
    const { output, status } = await devOutput(root, /getStaticPaths|content\.ts/, '/thu-tuc/dang-ky-khai-sinh/');
    expect(output, output).toContain(expected);
    expect(output).not.toMatch(/ZodError|invalid_type/);
    expect(status, output).toBe(500);
  }, 120_000);
});

describe('the same file rules everywhere', () => {
  it('a sub-folder under content/procedures is refused by the reader (so by the checker, the build and the site)', () => {
    const root = projectWithFixture(undefined);
    roots.push(root);
    mkdirSync(join(root, 'content/procedures/cu'));
    const problems = readContent(root, TODAY).problems;
    expect(problems.find((p) => p.file === 'content/procedures/cu')?.message).toMatch(/thư mục con/);
  });

  it('a guide saved with a UTF-8 byte-order mark reads like any other', () => {
    const root = projectWithFixture(undefined);
    roots.push(root);
    const file = join(root, 'content/procedures/dang-ky-khai-sinh.md');
    const text = spawnSync('cat', [file], { encoding: 'utf8' }).stdout;
    writeFileSync(file, `\uFEFF${text}`);
    const r = readContent(root, TODAY);
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(r.content.procedures.find((p) => p.id === 'dang-ky-khai-sinh')?.data.title).toBe('Đăng ký khai sinh');
  });

  it('a file in another encoding is refused with its file and line, never misread', () => {
    const root = projectWithFixture(undefined);
    roots.push(root);
    // "Giấy" in Windows-1258 is not valid UTF-8.
    writeFileSync(
      join(root, 'content/documents/zz-loi.json'),
      Buffer.concat([Buffer.from('{\n  "name": "Gi'), Buffer.from([0xe2, 0x79]), Buffer.from('y"\n}\n')]),
    );
    const p = readContent(root, TODAY).problems.find((x) => x.file === 'content/documents/zz-loi.json');
    expect(p).toMatchObject({ line: 2, severity: 'error' });
    expect(p!.message).toMatch(/UTF-8/);
  });

  it('a file saved as UTF-16 is refused with a way to fix it', () => {
    const root = projectWithFixture(undefined);
    roots.push(root);
    writeFileSync(join(root, 'content/documents/zz-loi.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{}', 'utf16le')]));
    const p = readContent(root, TODAY).problems.find((x) => x.file === 'content/documents/zz-loi.json');
    expect(p?.message).toMatch(/UTF-16.*UTF-8/);
  });
});

describe('the report narrative is content like the rest', () => {
  it('check:content names the file and line of a chart placed for an unknown procedure', () => {
    const root = projectWithFixture(undefined);
    roots.push(root);
    const file = join(root, 'content/report/bao-cao.mdx');
    const text = spawnSync('cat', [file], { encoding: 'utf8' }).stdout;
    const lines = text.split('\n');
    const at = lines.findIndex((l) => l.includes('<ReformChart'));
    lines[at] = lines[at]!.replace(/procedure="[^"]+"/, 'procedure="khong-co"');
    writeFileSync(file, lines.join('\n'));
    const errors = readContent(root, TODAY).problems.filter((p) => p.severity === 'error');
    expect(errors.find((p) => p.line === at + 1)).toMatchObject({ file: 'content/report/bao-cao.mdx' });
    expect(errors.map((p) => p.message).join('\n')).toMatch(/khong-co.*không khớp thủ tục/);
  });

  it('check:content names the line of a frontmatter field of the wrong type and of an unknown ranking source', () => {
    const root = projectWithFixture(undefined);
    roots.push(root);
    const file = join(root, 'content/report/bao-cao.mdx');
    const text = spawnSync('cat', [file], { encoding: 'utf8' }).stdout;
    writeFileSync(file, text.replace(/^ {2}rank: 2$/m, '  rank: hai'));
    const [bad] = readContent(root, TODAY).problems.filter((p) => p.severity === 'error');
    expect(bad).toMatchObject({ file: 'content/report/bao-cao.mdx', field: 'ranking.rank' });
    expect(bad!.line).toBe(text.split('\n').findIndex((l) => l === '  rank: 2') + 1);
    writeFileSync(file, text.replace(/^ {2}source: kinhtedothi-2016$/m, '  source: khong-co'));
    const [src] = readContent(root, TODAY).problems.filter((p) => p.severity === 'error');
    expect(src).toMatchObject({ field: 'ranking.source', line: text.split('\n').findIndex((l) => l === '  source: kinhtedothi-2016') + 1 });
  });

  it('the real narrative reads with its placements and no problem', () => {
    const r = readContent(ROOT, TODAY);
    expect(r.problems.filter((p) => p.file.startsWith('content/report'))).toEqual([]);
    expect(r.narrative?.data.placements.filter((p) => p.component === 'ReformChart').length).toBe(2 * r.content.metrics.length);
  });
});
