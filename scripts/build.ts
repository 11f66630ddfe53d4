/**
 * npm run build [-- --release]: validate content, build into a fresh folder, index it for search,
 * check it, precompress it, and only then publish it as dist/ in one atomic step
 * (scripts/lib/publish.ts). A failure at any step leaves the previous dist/ as it was, so a broken
 * edit is never published. --release also refuses placeholder addresses in settings.json.
 * Each phase's wall time goes to .build/timings.json and one BUILD_TIMINGS line (the scale bench).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readContent } from '../src/checks/read-content.ts';
import { contentToday } from '../src/checks/today.ts';
import { printChangesDue } from '../src/checks/changes-due.ts';
import { HANDOFF_ENV, writeHandoff } from '../src/checks/handoff.ts';
import { formatProblems } from '../src/schemas/friendly-errors.ts';
import { runBin } from './lib/run.ts';
import { checkBuild } from './check-build.ts';
import { finishPagesIn } from './lib/finish-pages.ts';
import { loadParseCache, saveParseCache } from './lib/parse-cache-file.ts';
import { pagefindArgs, reuseSearchIndex, searchInputDigest, stampSearchIndex } from './lib/search-index-reuse.ts';
import { crashPoint, publish, tidyBuildFolder } from './lib/publish.ts';
import { precompress } from './lib/precompress.ts';
import { checkReleaseAddresses, parseBuildArgs } from './lib/release.ts';
import { createTimings } from './lib/timings.ts';
import { clearCacheOnConfigChange, stampBuildConfig } from './lib/build-config-fingerprint.ts';

const args = parseBuildArgs(process.argv.slice(2));
const root = resolve(args.root ?? process.cwd());
const staging = join(root, '.build', `dist-${process.pid}`);

const timings = createTimings(root);

function fail(message: string): never {
  timings.write(false);
  // The scale bench measures a build that failed its checks too: it asks to keep what was built.
  if (process.env['BUILD_KEEP_FAILED'] && existsSync(staging)) {
    rmSync(join(root, '.build', 'failed-dist'), { recursive: true, force: true });
    renameSync(staging, join(root, '.build', 'failed-dist'));
  }
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n✗ ${message}\n  Trang cũ (dist/) được giữ nguyên; chưa có gì được xuất bản. / The previous dist/ is unchanged.`);
  process.exit(1);
}

/**
 * Validate, and hand the checked content to the Astro build's loaders so they do not read it all
 * again. Kept in a function: the content is let go before Astro runs (at 20,000 guides it is
 * over a gigabyte in this process).
 */
function validate(today: string): string {
  const cacheFile = join(root, '.build', 'cache', 'parsed-content.json');
  const parseCache = timings.phase('validation', () => loadParseCache(cacheFile));
  const read = timings.phase('validation', () => readContent(root, today, { includeDrafts: true, parseCache }));
  timings.phase('validation', () => saveParseCache(cacheFile, parseCache));
  const { problems, settings } = read;
  const errors = problems.filter((p) => p.severity === 'error');
  if (problems.length > 0) console.error(formatProblems(problems));
  if (errors.length > 0)
    fail(`Nội dung có ${errors.length} lỗi / content has ${errors.length} error(s). Chạy "npm run check:content" để xem chi tiết.`);
  if (!checkReleaseAddresses(settings, args.release))
    fail('Sửa content/settings.json rồi dựng lại / fix content/settings.json and build again.');
  // From the content just read: reading it again was a second validation's time at 2,000 guides.
  printChangesDue(read.content, today);
  mkdirSync(join(root, '.build'), { recursive: true });
  const file = join(root, '.build', `content-${process.pid}.json`);
  timings.phase('validation', () => writeHandoff(file, root, read));
  return file;
}

const today = contentToday();
const handoff = validate(today);

for (const line of tidyBuildFolder(root)) console.log(`  dọn / removed: ${line}`);
if (clearCacheOnConfigChange(root))
  console.log('  cấu hình dựng đã đổi: dựng lại mọi trang / build configuration changed: every page is rendered again');
rmSync(staging, { recursive: true, force: true });
const astro = timings.phase('astro', () => runBin('astro', ['build', '--root', root], { ASTRO_OUT_DIR: staging, [HANDOFF_ENV]: handoff }));
rmSync(handoff, { force: true });
if (astro !== 0) fail('Astro build thất bại / the Astro build failed.');
stampBuildConfig(root);
const searchInput = timings.phase('pagefind', () => searchInputDigest(root, staging));
if (timings.phase('pagefind', () => reuseSearchIndex(root, staging, searchInput))) {
  console.log('  không trang nào đổi: dùng lại chỉ mục tìm kiếm / no page changed: the search index is reused');
} else if (timings.phase('pagefind', () => runBin('pagefind', pagefindArgs(staging))) !== 0) {
  fail('Pagefind thất bại / Pagefind indexing failed.');
}
timings.phase('pagefind', () => finishPagesIn(staging));
crashPoint('staged');

const report = timings.phase('checks', () => checkBuild(staging, join(root, '.build', 'cache', 'page-gzip.json')));
for (const line of report.notes) console.log(line);
if (report.errors.length > 0) fail(`Kiểm tra bản dựng thất bại / build checks failed:\n  - ${report.errors.join('\n  - ')}`);

const site = timings.phase('publish', () => {
  const packed = precompress(staging, join(root, '.build', 'cache', 'precompress'));
  console.log(`  nén sẵn / precompressed: ${packed.files} files (.gz, .br), ${packed.compressed} compressed now, the rest from the cache`);
  return publish(root, staging);
});
stampSearchIndex(root, site, searchInput);
timings.write(true);
console.log(`✓ Đã dựng trang vào dist/ / built into dist/ -> ${site}`);
