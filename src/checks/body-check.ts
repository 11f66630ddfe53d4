/**
 * Checks on the Markdown body of a guide: the part below the frontmatter, shown on the page
 * under "Lưu ý". Staff write plain Markdown there; the checker refuses anything that would run
 * or load something (raw HTML, <script>, javascript: links, images from other sites, MDX code),
 * and makes sure the section is there and no sub-heading is left empty.
 *
 * Pure: the staff checker and the site's content loader both call it with the text.
 */
import { PLACEHOLDER } from './placeholders.ts';
import { bodyOf } from './parse.ts';

export interface BodyProblem {
  /** Line in the whole file (1-based). */
  line: number;
  message: string;
  severity: 'error' | 'warning';
}

export interface BodyOptions {
  /** A draft may still be empty or hold placeholders (warnings instead of errors). */
  draft: boolean;
  /** An .mdx file, where { } and import/export are code. */
  mdx: boolean;
  /** The file's line number of the body's first line. */
  firstLine: number;
}

/** The field name problems in the body carry. */
export const BODY_FIELD = 'nội dung (body)';

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
/** An HTML tag, comment, declaration or processing instruction; not "a < b" nor "<https://…>". */
const HTML_TAG = /<\/?[A-Za-z][A-Za-z0-9-]*(?=[\s/>]|$)|<!--|<![A-Za-z[]|<\?/;
/** The address of [text](address), allowing one level of parentheses inside it. */
const LINK_URL = /\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)/g;
const REF_DEFINITION = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)/;
const AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]*:[^>\s]*)>/g;
const IMAGE_URL = /!\[[^\]]*\]\(\s*<?((?:[^()\s>]|\([^()\s]*\))*)/g;
const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;

const snippet = (s: string) => (s.length > 50 ? `${s.slice(0, 50)}…` : s);

export function checkBody(body: string, opts: BodyOptions): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lines = body.split(/\r?\n/);
  const at = (i: number) => opts.firstLine + i;
  const error = (i: number, message: string) => problems.push({ line: at(i), message, severity: 'error' });
  const placeholders: number[] = [];
  const headings: { i: number; level: number; text: string }[] = [];
  let fence: string | undefined;
  let hasText = false;

  lines.forEach((raw, i) => {
    const fenceMatch = FENCE.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
      hasText = true;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      hasText = true;
      return;
    }
    if (raw.trim() === '') return;
    hasText = true;
    // Code spans show their text as it is: "<b>" inside backticks is fine.
    // A backslash-escaped "<" is shown as text too.
    const line = raw.replace(/(`+)[\s\S]*?\1/g, (m) => ' '.repeat(m.length)).replace(/\\[<&]/g, '  ');

    const tag = HTML_TAG.exec(line);
    if (tag) {
      const what = /^<script/i.test(line.slice(tag.index)) ? 'thẻ <script> (mã lệnh)' : `mã HTML "${snippet(line.slice(tag.index))}"`;
      error(
        i,
        `nội dung có ${what}: không dùng HTML hay mã lệnh trong bài. Viết chữ thường và dùng Markdown: "## " cho tiêu đề mục, "- " cho gạch đầu dòng, **chữ đậm**, [chữ](https://địa-chỉ). Muốn hiện dấu < thì viết \\< / raw HTML or script is not allowed in the body: use Markdown`,
      );
    }
    const urls = [
      ...[...line.matchAll(LINK_URL)].map((m) => m[1]!),
      ...[...line.matchAll(AUTOLINK)].map((m) => m[1]!),
      ...(REF_DEFINITION.exec(line)?.slice(1, 2) ?? []),
    ];
    for (const url of urls) {
      const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(url)?.[1]?.toLowerCase();
      if (scheme !== undefined && !ALLOWED_SCHEMES.has(scheme)) {
        error(
          i,
          `liên kết "${snippet(url)}" không được phép: chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto:, tel: hoặc / (trang trong site) / only http(s), mailto, tel or site links are allowed`,
        );
      }
    }
    for (const m of line.matchAll(IMAGE_URL)) {
      if (/^([A-Za-z][A-Za-z0-9+.-]*:|\/\/)/.test(m[1]!)) {
        error(
          i,
          `ảnh "${snippet(m[1]!)}" lấy từ trang khác: trang này không tải gì từ bên ngoài. Lưu ảnh vào thư mục public/ và ghi địa chỉ bắt đầu bằng / / images must be stored on this site`,
        );
      }
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      headings.push({ i, level, text: heading[2] ?? '' });
      if (level === 1) {
        error(
          i,
          `không dùng tiêu đề cấp 1 ("# "): tiêu đề trang đã lấy từ trường title. Dùng "## " cho tiêu đề mục / use "## " for section headings: the page title comes from "title"`,
        );
      }
    } else if (/^\s{0,3}=+\s*$/.test(line) && i > 0 && lines[i - 1]!.trim() !== '') {
      error(i, `dòng "===" dưới chữ biến dòng đó thành tiêu đề cấp 1; dùng "## " cho tiêu đề mục / "===" makes a level-1 heading`);
    }
    if (opts.mdx) {
      if (/^\s*(import|export)\s/.test(line)) {
        error(
          i,
          `tệp .mdx có dòng "import"/"export" (mã lệnh): cán bộ chỉ viết nội dung. Đổi đuôi tệp thành .md và bỏ dòng này / code is not allowed: use a .md file`,
        );
      } else if (/[{}]/.test(line)) {
        error(i, `trong tệp .mdx dấu { } là mã lệnh; đổi đuôi tệp thành .md hoặc bỏ dấu { } / braces are code in .mdx: use a .md file`);
      }
    }
    if (raw.normalize('NFC').includes(PLACEHOLDER)) placeholders.push(i);
  });

  // A missing or empty section is an error for a published guide, a reminder for a draft.
  const sectionProblem = (i: number, message: string) =>
    problems.push({ line: at(i), message, severity: opts.draft ? 'warning' : 'error' });
  if (!hasText) {
    sectionProblem(
      0,
      `thiếu mục "Lưu ý": viết dưới dòng "---" cuối phần đầu ít nhất một đoạn cho người dân, ví dụ "## Nên làm gì trước khi nộp" rồi vài câu / the guide needs its "Lưu ý" text below the frontmatter`,
    );
  }
  headings.forEach((h, n) => {
    const next = headings.slice(n + 1).find((o) => o.level <= h.level);
    const end = next ? next.i : lines.length;
    const content = lines.slice(h.i + 1, end).some((l) => l.trim() !== '');
    if (h.text.trim() === '') sectionProblem(h.i, `tiêu đề mục để trống; viết tên mục sau dấu # / a heading has no text`);
    else if (!content) {
      sectionProblem(
        h.i,
        `mục "${h.text}" không có nội dung; viết vài câu dưới tiêu đề hoặc xóa tiêu đề / the section "${h.text}" is empty`,
      );
    }
  });
  if (placeholders.length > 0) {
    if (opts.draft) {
      problems.push({
        line: at(placeholders[0]!),
        message: `bản nháp còn ${placeholders.length} dòng "${PLACEHOLDER}" trong nội dung cần viết trước khi đăng / draft: ${placeholders.length} placeholder line(s) left in the body`,
        severity: 'warning',
      });
    } else {
      for (const i of placeholders) {
        error(
          i,
          `còn chữ giữ chỗ "${PLACEHOLDER}" trong nội dung: viết nội dung thật, hoặc giữ "draft: true" nếu chưa xong / placeholder text is left in the body`,
        );
      }
    }
  }
  if (fence) {
    error(lines.length - 1, `khối mã mở bằng ${fence} nhưng chưa đóng; thêm một dòng ${fence} / a code block is not closed`);
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The body of a guide's file and its first line; the frontmatter is found by the yaml parser. */
export const splitBody = (fileText: string): { body: string; firstLine: number } => bodyOf(fileText);
