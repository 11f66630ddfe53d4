/**
 * npm run build [-- --release]: validate content, build into a fresh folder, index it for search,
 * check it, precompress it, and only then publish it as dist/ in one atomic step
 * (scripts/lib/publish.ts). A failure at any step leaves the previous dist/ as it was, so a broken
 * edit is never published. --release also refuses placeholder addresses in settings.json.
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from '../src/checks/read-content.ts';
import { contentToday } from '../src/checks/today.ts';
import { printChangesDue } from '../src/checks/changes-due.ts';
import { formatProblems } from '../src/schemas/friendly-errors.ts';
import { runBin } from './lib/run.ts';
import { checkBuild } from './check-build.ts';
import { stripIndexOnlyMarkupIn } from './lib/index-only-markup.ts';
import { crashPoint, publish, tidyBuildFolder } from './lib/publish.ts';
import { precompress } from './lib/precompress.ts';
import { checkReleaseAddresses, parseBuildArgs } from './lib/release.ts';

const args = parseBuildArgs(process.argv.slice(2));
const root = resolve(args.root ?? process.cwd());
const staging = join(root, '.build', `dist-${process.pid}`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✗ ${message}\n  Trang cũ (dist/) được giữ nguyên; chưa có gì được xuất bản. / The previous dist/ is unchanged.`);
  process.exit(1);
}

const today = contentToday();
const { problems, settings } = readContent(root, today, { includeDrafts: true });
const errors = problems.filter((p) => p.severity === 'error');
if (problems.length > 0) console.error(formatProblems(problems));
if (errors.length > 0)
  fail(`Nội dung có ${errors.length} lỗi / content has ${errors.length} error(s). Chạy "npm run check:content" để xem chi tiết.`);
printChangesDue(root, today);

if (!checkReleaseAddresses(settings, args.release))
  fail('Sửa content/settings.json rồi dựng lại / fix content/settings.json and build again.');

for (const line of tidyBuildFolder(root)) console.log(`  dọn / removed: ${line}`);
rmSync(staging, { recursive: true, force: true });
if (runBin('astro', ['build', '--root', root], { ASTRO_OUT_DIR: staging }) !== 0) fail('Astro build thất bại / the Astro build failed.');
if (runBin('pagefind', ['--site', staging, '--silent']) !== 0) fail('Pagefind thất bại / Pagefind indexing failed.');
stripIndexOnlyMarkupIn(staging);
crashPoint('staged');

const report = checkBuild(staging);
for (const line of report.notes) console.log(line);
if (report.errors.length > 0) fail(`Kiểm tra bản dựng thất bại / build checks failed:\n  - ${report.errors.join('\n  - ')}`);

console.log(`  nén sẵn / precompressed: ${precompress(staging)} files (.gz, .br)`);
const site = publish(root, staging);
console.log(`✓ Đã dựng trang vào dist/ / built into dist/ -> ${site}`);
