/**
 * npm run new -- thu-tuc "Tên thủ tục"   (also: chi-so "Tên chỉ số", giay-to "Tên giấy tờ")
 *
 * Writes a draft with every field present and guidance where staff fill in: YAML comments in a
 * guide; in JSON, which has no comments, the guidance is the placeholder text itself. The file
 * name comes from the Vietnamese name (marks removed, đ to d); an existing file is never
 * overwritten. The draft passes `npm run check:content` (with warnings listing what is left to
 * fill in) and is not published until staff set draft to false.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { slugify } from '../src/utils/fold.ts';
import { PlainText, SLUG_PATTERN } from '../src/schemas/index.ts';
import { PLACEHOLDER as P, PLACEHOLDER_ID as ID } from '../src/checks/placeholders.ts';
import { formatProblems } from '../src/schemas/friendly-errors.ts';
import { readContent } from '../src/checks/read-content.ts';
import { contentToday } from '../src/checks/today.ts';
import { procedureHref } from '../src/utils/routes.ts';
import { procedureTemplate, type KnownIds } from './new/procedure-template.ts';
import { documentTemplate, metricTemplate } from './new/json-templates.ts';

export { documentTemplate, metricTemplate, procedureTemplate };

type Kind = 'thu-tuc' | 'chi-so' | 'giay-to';
const KINDS: Record<string, Kind> = {
  'thu-tuc': 'thu-tuc',
  procedure: 'thu-tuc',
  'chi-so': 'chi-so',
  metric: 'chi-so',
  'giay-to': 'giay-to',
  document: 'giay-to',
};
const FOLDER: Record<Kind, string> = { 'thu-tuc': 'procedures', 'chi-so': 'metrics', 'giay-to': 'documents' };

const USAGE = `Cách dùng / usage:
  npm run new -- thu-tuc "Tên thủ tục"    hướng dẫn thủ tục mới (content/procedures/<ma>.md)
  npm run new -- chi-so "Tên chỉ số"      số liệu cải cách mới (content/metrics/<ma>.json)
  npm run new -- giay-to "Tên giấy tờ"    giấy tờ dùng chung mới (content/documents/<ma>.json)`;

function fail(message: string): never {
  console.error(`✗ ${message}`);
  process.exit(1);
}

/** The ids of fields and agencies, read by the one reader, for the guidance comments. */
function knownIds(root: string, today: string): KnownIds {
  const { content } = readContent(root, today, { includeDrafts: true });
  const list = (entries: { id: string }[], file: string) =>
    entries.length ? entries.map((e) => e.id).join(', ') : `(xem content/${file})`;
  return { fields: list(content.fields, 'fields.json'), agencies: list(content.agencies, 'agencies.json') };
}

/** `--root DIR`, the kind and the name, checked. */
function parseArgs(argv: string[]): { root: string; kind: Kind; name: string; slug: string } {
  const args = [...argv];
  let root = process.cwd();
  const rootAt = args.indexOf('--root');
  if (rootAt >= 0) {
    root = resolve(args[rootAt + 1] ?? '.');
    args.splice(rootAt, 2);
  }
  const [kindArg, ...nameParts] = args;
  const kind = kindArg ? KINDS[kindArg] : undefined;
  const name = nameParts.join(' ').trim();
  if (!kind || !name) fail(`${kind ? 'thiếu tên / missing name' : `loại "${kindArg ?? ''}" không có / unknown kind`}\n${USAGE}`);
  const checked = PlainText.safeParse(name);
  if (!checked.success) fail(`tên "${name}" ${checked.error.issues[0]!.message}`);
  const slug = slugify(name);
  if (!SLUG_PATTERN.test(slug)) fail(`không tạo được tên tệp từ "${name}": cần có chữ hoặc số / the name gives no usable file name`);
  return { root, kind, name: checked.data, slug };
}

/** Where the draft goes; never over an existing file. */
function targetFile(root: string, kind: Kind, slug: string): string {
  const folder = join(root, 'content', FOLDER[kind]);
  const exts = kind === 'thu-tuc' ? ['.md', '.mdx'] : ['.json'];
  const clash = exts.map((e) => join(folder, `${slug}${e}`)).find((f) => existsSync(f));
  if (clash) {
    fail(
      `đã có tệp ${relative(root, clash)}: không ghi đè. Sửa tệp đó, hoặc chọn tên khác (thêm chữ để phân biệt) / ${relative(root, clash)} exists: nothing was written`,
    );
  }
  if (!existsSync(folder))
    fail(`không thấy thư mục ${relative(root, folder)}: chạy lệnh trong thư mục dự án / run it in the project folder`);
  return join(folder, `${slug}${exts[0]!}`);
}

function main(argv: string[]): void {
  const { root, kind, name, slug } = parseArgs(argv);
  const target = targetFile(root, kind, slug);
  const today = contentToday();
  const text =
    kind === 'thu-tuc'
      ? procedureTemplate(name, today, knownIds(root, today))
      : `${JSON.stringify(kind === 'chi-so' ? metricTemplate(name) : documentTemplate(name), null, 2)}\n`;
  writeFileSync(target, text, { flag: 'wx' });
  const file = relative(root, target).split('\\').join('/');

  // The new file is checked by the same reader as every other file.
  const mine = readContent(root, today, { includeDrafts: true }).problems.filter((p) => p.file === file);
  console.log(`✓ Đã tạo ${file} (bản nháp, chưa đăng) / created a draft`);
  if (mine.length > 0) console.log(`\n${formatProblems(mine)}\n`);
  console.log(`Tiếp theo / next:
  1. Mở ${file}, thay mọi chỗ "${P}" và "${ID}" bằng nội dung thật.
  2. Chạy "npm run check:content" cho đến khi không còn lỗi.${kind === 'thu-tuc' ? `\n  3. Xem trước: "npm run dev", mở http://127.0.0.1:4321${procedureHref(slug)}` : ''}
  ${kind === 'thu-tuc' ? '4' : '3'}. Đổi draft thành false để đăng. Hướng dẫn đầy đủ: content/README.md`);
  if (mine.some((p) => p.severity === 'error')) process.exit(1);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main(process.argv.slice(2));
