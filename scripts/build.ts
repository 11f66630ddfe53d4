/**
 * npm run build: validate content, build into a fresh folder, index it for search, check it,
 * and only then swap it in as dist/. A failure at any step leaves the previous dist/ as it was,
 * so a broken edit is never published.
 */
import { existsSync, renameSync, rmSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from '../src/checks/read-content.ts';
import { contentToday } from '../src/checks/today.ts';
import { printChangesDue } from '../src/checks/changes-due.ts';
import { formatProblems } from '../src/schemas/friendly-errors.ts';
import { runBin } from './lib/run.ts';
import { checkBuild } from './check-build.ts';
import { stripIndexOnlyMarkupIn } from './lib/index-only-markup.ts';

const root = resolve(process.argv[2] ?? process.cwd());
const dist = join(root, 'dist');
const staging = join(root, '.build', `dist-${process.pid}`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✗ ${message}\n  Trang cũ (dist/) được giữ nguyên; chưa có gì được xuất bản. / The previous dist/ is unchanged.`);
  process.exit(1);
}

const today = contentToday();
const { problems } = readContent(root, today, { includeDrafts: true });
const errors = problems.filter((p) => p.severity === 'error');
if (problems.length > 0) console.error(formatProblems(problems));
if (errors.length > 0)
  fail(`Nội dung có ${errors.length} lỗi / content has ${errors.length} error(s). Chạy "npm run check:content" để xem chi tiết.`);
printChangesDue(root, today);

mkdirSync(join(root, '.build'), { recursive: true });
rmSync(staging, { recursive: true, force: true });
if (runBin('astro', ['build', '--root', root], { ASTRO_OUT_DIR: staging }) !== 0) fail('Astro build thất bại / the Astro build failed.');
if (runBin('pagefind', ['--site', staging, '--silent']) !== 0) fail('Pagefind thất bại / Pagefind indexing failed.');
stripIndexOnlyMarkupIn(staging);

const report = checkBuild(staging);
for (const line of report.notes) console.log(line);
if (report.errors.length > 0) fail(`Kiểm tra bản dựng thất bại / build checks failed:\n  - ${report.errors.join('\n  - ')}`);

const old = `${dist}.old-${process.pid}`;
if (existsSync(dist)) renameSync(dist, old);
renameSync(staging, dist);
rmSync(old, { recursive: true, force: true });
console.log(`✓ Đã dựng trang vào dist/ / built into dist/`);
