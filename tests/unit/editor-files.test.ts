/**
 * Files as ordinary editors save them: Windows editors write a UTF-8 byte-order mark and CRLF line
 * ends. A guide, a JSON file, the report narrative and settings.json saved that way go through the
 * real build and publish the same pages; a problem in such a file names the same line as in an
 * LF file.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { readContent } from '../../src/checks/read-content.ts';
import { parseFrontmatter, parseJson } from '../../src/checks/parse.ts';
import { cleanup, projectWithFixture } from '../content-fixtures.ts';

const TODAY = '2026-11-28';
const roots: string[] = [];
afterAll(() => roots.forEach(cleanup), 60_000);

const asWindowsSaves = (text: string) => `\uFEFF${text.replace(/\r?\n/g, '\r\n')}`;
const FILES = ['procedures/dang-ky-khai-sinh.md', 'metrics/cap-phep-xay-dung.json', 'report/bao-cao.mdx', 'settings.json', 'fields.json'];

describe('a byte-order mark and CRLF line ends', () => {
  it('the parsers accept them even when handed the text directly, and name the same lines', () => {
    const md = '---\ntitle: x\nsummary: "chưa đóng\nfee: 1\n---\n\nChữ.\n';
    const problem = (text: string) => parseFrontmatter(text, 'f.md') as { line?: number };
    expect(problem(asWindowsSaves(md)).line).toBe(problem(md).line);
    expect(problem(md).line).toBe(3);
    const ok = parseFrontmatter(asWindowsSaves('---\ntitle: x\n---\n\nChữ.\n'), 'f.md') as { data: unknown; bodyLine: number };
    expect(ok).toMatchObject({ data: { title: 'x' }, bodyLine: 4 });
    expect(parseJson(asWindowsSaves('{\n  "a": 1\n}\n'), 'f.json')).toMatchObject({ data: { a: 1 } });
    expect(parseJson(asWindowsSaves('{\n  "a": 1,\n  "a": 2\n}\n'), 'f.json')).toMatchObject({ line: 3 });
  });

  it('a guide, a metrics file, the narrative and settings saved by a Windows editor build into the same site', async () => {
    const root = projectWithFixture(undefined, true);
    roots.push(root);
    for (const f of FILES) writeFileSync(join(root, 'content', f), asWindowsSaves(readFileSync(join(root, 'content', f), 'utf8')));
    expect(readContent(root, TODAY).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { stderr } = await promisify(execFile)(process.execPath, [join(root, 'scripts/build.ts'), root], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CONTENT_TODAY: TODAY },
    }).catch((err: { stderr?: string }) => ({ stderr: `BUILD FAILED\n${err.stderr ?? ''}` }));
    expect(stderr).not.toMatch(/BUILD FAILED/);
    const page = (p: string) => readFileSync(join(root, 'dist', p), 'utf8');
    expect(page('thu-tuc/dang-ky-khai-sinh/index.html')).toMatch(/<h1[^>]*>Đăng ký khai sinh<\/h1>/);
    const report = page('bao-cao/index.html');
    expect(report).toMatch(/<h2 id="mục-tiêu-năm-2016">Mục tiêu năm 2016<\/h2>/);
    expect(report).not.toContain('ranking:');
    expect(report).toContain('id="cap-phep-xay-dung-so-ngay"');
    expect(page('du-lieu/bieu-do/cap-phep-xay-dung-so-ngay.csv')).toContain('Cấp phép xây dựng');
  }, 180_000);
});
