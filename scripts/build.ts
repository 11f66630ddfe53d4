/**
 * npm run build [-- --release]: validate content, build into a fresh folder, index it for search,
 * check it, precompress it, and only then publish it as dist/ in one atomic step
 * (scripts/lib/publish.ts). A failure at any step leaves the previous dist/ as it was, so a broken
 * edit is never published. --release also refuses placeholder addresses in settings.json.
 * Each phase's wall time goes to .build/timings.json and one BUILD_TIMINGS line (the scale bench).
 */
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { contentToday } from '../src/checks/today.ts';
import { HANDOFF_ENV } from '../src/checks/handoff.ts';
import { runBin, runScript } from './lib/run.ts';
import { VALIDATE_EXIT } from './lib/validate-step.ts';
import { checkBuild } from './check-build.ts';
import { finishPagesIn } from './lib/finish-pages.ts';
import { linkSearchInput, pagefindArgs, reuseSearchIndex, searchInput, stampSearchIndex } from './lib/search-input.ts';
import { crashPoint, publish, tidyBuildFolder } from './lib/publish.ts';
import { precompress } from './lib/precompress.ts';
import { parseBuildArgs } from './lib/release.ts';
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
 * again. In a process of its own (scripts/lib/validate-step.ts): at 20,000 guides the content is
 * over a gigabyte, which this process would keep through Astro and Pagefind.
 */
function validate(today: string): string {
  mkdirSync(join(root, '.build'), { recursive: true });
  const file = join(root, '.build', `content-${process.pid}.json`);
  const step = join(import.meta.dirname, 'build-validate.ts');
  const code = timings.phase('validation', () => runScript(step, [root, today, file, ...(args.release ? ['--release'] : [])]));
  if (code === VALIDATE_EXIT.contentErrors)
    fail('Sửa các lỗi trên rồi dựng lại / fix the errors above and build again. Chạy "npm run check:content" để xem chi tiết.');
  if (code === VALIDATE_EXIT.releaseAddresses) fail('Sửa content/settings.json rồi dựng lại / fix content/settings.json and build again.');
  if (code !== VALIDATE_EXIT.ok) fail('Kiểm tra nội dung không chạy xong / content validation did not finish.');
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
const search = timings.phase('pagefind', () => searchInput(root, staging));
if (timings.phase('pagefind', () => reuseSearchIndex(root, staging, search.digest))) {
  console.log('  không trang nào đổi: dùng lại chỉ mục tìm kiếm / no page changed: the search index is reused');
} else {
  const input = join(root, '.build', `search-input-${process.pid}`);
  const code = timings.phase('pagefind', () => {
    linkSearchInput(staging, search.pages, input);
    return runBin('pagefind', pagefindArgs(input, staging));
  });
  rmSync(input, { recursive: true, force: true });
  if (code !== 0) fail('Pagefind thất bại / Pagefind indexing failed.');
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
stampSearchIndex(root, site, search.digest);
timings.write(true);
console.log(`✓ Đã dựng trang vào dist/ / built into dist/ -> ${site}`);
