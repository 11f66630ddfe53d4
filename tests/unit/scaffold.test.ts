/**
 * npm run new: staff get a draft with every field and guidance, named from the Vietnamese title;
 * it passes check:content as a draft, is never published, and never overwrites a file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readContent } from '../../src/checks/read-content.ts';
import { DocumentSchema, MetricSchema, PeriodSchema, ProcedureSchema } from '../../src/schemas/index.ts';
import { cleanup, projectWithFixture } from '../content-fixtures.ts';

const TODAY = '2026-11-28';
let root = '';
beforeAll(() => {
  root = projectWithFixture(undefined, true);
});
afterAll(() => cleanup(root));

const run = (script: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'scripts', script), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, CONTENT_TODAY: TODAY },
  });
const keysOf = (schema: { shape: Record<string, unknown> }) => Object.keys(schema.shape);

const GUIDE = 'content/procedures/dang-ky-ket-hon-co-yeu-to-nuoc-ngoai.md';
const METRIC = 'content/metrics/dang-ky-ket-hon.json';
const DOCUMENT = 'content/documents/giay-xac-nhan-tinh-trang-hon-nhan.json';

describe('npm run new', () => {
  it('names the file from the Vietnamese title (đ to d, marks and punctuation removed)', () => {
    const r = run('new.ts', 'thu-tuc', 'Đăng ký kết hôn (có yếu tố nước ngoài)');
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain(GUIDE);
    expect(existsSync(join(root, GUIDE))).toBe(true);
    expect(run('new.ts', 'chi-so', 'Đăng ký kết hôn').status).toBe(0);
    expect(run('new.ts', 'giay-to', 'Giấy xác nhận tình trạng hôn nhân').status).toBe(0);
  });

  it('writes a guide with every field (optional ones as comments), marked draft, with guidance comments', () => {
    const text = readFileSync(join(root, GUIDE), 'utf8');
    for (const key of keysOf(ProcedureSchema)) expect(text, key).toMatch(new RegExp(`^(# )?${key}:`, 'm'));
    expect(text).toMatch(/^draft: true$/m);
    expect(text).toMatch(/^title: "Đăng ký kết hôn \(có yếu tố nước ngoài\)"$/m);
    expect(text).toMatch(/^lastReviewed: 2026-11-28$/m);
    expect(text.match(/^# /gm)!.length).toBeGreaterThan(30);
  });

  it('writes a metric and a document with every field, marked draft, that satisfy the schema', () => {
    const metric = JSON.parse(readFileSync(join(root, METRIC), 'utf8')) as { draft: boolean; periods: object[] };
    expect(Object.keys(metric).sort()).toEqual(keysOf(MetricSchema).sort());
    expect(Object.keys(metric.periods[0]!).sort()).toEqual(keysOf(PeriodSchema).sort());
    expect(metric.draft).toBe(true);
    expect(MetricSchema.safeParse(metric).success).toBe(true);
    const doc = JSON.parse(readFileSync(join(root, DOCUMENT), 'utf8')) as { draft: boolean; name: string };
    expect(Object.keys(doc).sort()).toEqual(keysOf(DocumentSchema).sort());
    expect(doc).toMatchObject({ draft: true, name: 'Giấy xác nhận tình trạng hôn nhân' });
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('each scaffold passes check:content as a draft, with a warning listing what is left to fill in', () => {
    const { problems } = readContent(root, TODAY, { includeDrafts: true });
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    for (const file of [GUIDE, METRIC, DOCUMENT]) {
      expect(
        problems.some((p) => p.file === file && p.severity === 'warning' && /bản nháp còn/.test(p.message)),
        file,
      ).toBe(true);
    }
    const check = run('check-content.ts', root);
    expect(check.status, check.stderr).toBe(0);
  });

  it('refuses to overwrite: a second guide with the same name changes nothing and exits 1', () => {
    writeFileSync(join(root, GUIDE), readFileSync(join(root, GUIDE), 'utf8').replace('draft: true', 'draft: true # sửa tay'));
    const before = readFileSync(join(root, GUIDE), 'utf8');
    const r = run('new.ts', 'thu-tuc', 'Đăng ký kết hôn (có yếu tố nước ngoài)');
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/đã có tệp content\/procedures\/dang-ky-ket-hon-co-yeu-to-nuoc-ngoai\.md: không ghi đè/);
    expect(readFileSync(join(root, GUIDE), 'utf8')).toBe(before);
    expect(run('new.ts', 'thu-tuc', 'Đăng ký khai sinh').stderr).toMatch(/đã có tệp/);
  });

  it('refuses a name with HTML, a name with no letters, and an unknown kind, writing nothing', () => {
    const html = run('new.ts', 'thu-tuc', 'Khai sinh <b>mới</b>');
    expect(html.status).toBe(1);
    expect(html.stderr).toMatch(/HTML/);
    expect(existsSync(join(root, 'content/procedures/khai-sinh-b-moi-b.md'))).toBe(false);
    expect(run('new.ts', 'thu-tuc', '!!!').stderr).toMatch(/không tạo được tên tệp/);
    expect(run('new.ts', 'bai-viet', 'Tên').stderr).toMatch(/Cách dùng/);
  });

  it('the build succeeds with the drafts but publishes none of them; the review page lists the draft guide', () => {
    const build = run('build.ts', root);
    expect(build.status, build.stderr).toBe(0);
    expect(existsSync(join(root, 'dist/thu-tuc/dang-ky-ket-hon-co-yeu-to-nuoc-ngoai'))).toBe(false);
    const index = readFileSync(join(root, 'dist/thu-tuc/index.html'), 'utf8');
    expect(index).not.toContain('Đăng ký kết hôn');
    expect(readFileSync(join(root, 'dist/giay-to/index.html'), 'utf8')).not.toContain('tình trạng hôn nhân');
    expect(readFileSync(join(root, 'dist/bao-cao/index.html'), 'utf8')).not.toContain('Đăng ký kết hôn');
    // The staff overview links to lists; drafts and papers are on the lists' pages.
    const review = ['dist/can-bo/tinh-trang/con-han/index.html', 'dist/can-bo/giay-to/index.html']
      .map((f) => readFileSync(join(root, f), 'utf8'))
      .join('');
    expect(review).toContain('Đăng ký kết hôn (có yếu tố nước ngoài)');
    expect(review).toMatch(/Bản nháp/);
    expect(review).toContain('Giấy xác nhận tình trạng hôn nhân');
  }, 180_000); // a whole build: a fresh clone's first one is the slowest
});
