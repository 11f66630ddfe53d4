/**
 * npm run check:content: validate every content file without building the site.
 * Exit 1 on any error; warnings (for example "cần rà soát") are printed but do not fail.
 */
import { readContent } from '../src/checks/read-content.ts';
import { contentToday } from '../src/checks/today.ts';
import { formatProblems } from '../src/schemas/friendly-errors.ts';

const root = process.argv[2] ?? process.cwd();
const today = contentToday();
const started = performance.now();
const { problems, files } = readContent(root, today, { includeDrafts: true });
const errors = problems.filter((p) => p.severity === 'error').length;
const warnings = problems.length - errors;
if (problems.length > 0) console.error(`${formatProblems(problems)}\n`);
const ms = Math.round(performance.now() - started);
const summary = `Đã kiểm tra ${files} tệp trong ${ms} ms: ${errors} lỗi, ${warnings} cảnh báo / checked ${files} files: ${errors} error(s), ${warnings} warning(s)`;
if (errors > 0) {
  console.error(
    `${summary}\nNội dung chưa hợp lệ nên trang sẽ không được xuất bản. Sửa các lỗi trên rồi chạy lại "npm run check:content". / Content is invalid: nothing will be published.`,
  );
  process.exit(1);
}
console.log(summary);
