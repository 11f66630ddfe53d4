/**
 * Checks on the Markdown body of a guide: the part below the frontmatter, shown on the page
 * under "Lưu ý". Staff write plain Markdown there; the checker refuses, on the parsed tree
 * (markdown-tree.ts), anything that would run
 * or load something (raw HTML, <script>, javascript: links, images from other sites, MDX code),
 * and makes sure the section is there and no sub-heading is left empty.
 *
 * Pure: the staff checker and the site's content loader both call it with the text.
 */
import { PLACEHOLDER } from './placeholders.ts';
import { bodyOf } from './parse.ts';
import { codeProblems, htmlProblems, isTree, parseTree, urlProblems, type TreeProblem } from './markdown-tree.ts';

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

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const HEADING = /^\s{0,3}(#{1,6})(?:\s+(.*?))?\s*#*\s*$/;

type Report = (i: number, message: string) => void;

/** A heading on this line, or a level-1 heading made by "===" (refused: the title is the page's). */
function headingRule(line: string, i: number, previous: string | undefined, error: Report): Heading | undefined {
  const heading = HEADING.exec(line);
  if (heading) {
    const level = heading[1]!.length;
    if (level === 1) {
      error(
        i,
        `không dùng tiêu đề cấp 1 ("# "): tiêu đề trang đã lấy từ trường title. Dùng "## " cho tiêu đề mục / use "## " for section headings: the page title comes from "title"`,
      );
    }
    return { i, level, text: heading[2] ?? '' };
  }
  if (/^\s{0,3}=+\s*$/.test(line) && previous !== undefined && previous.trim() !== '') {
    error(i, `dòng "===" dưới chữ biến dòng đó thành tiêu đề cấp 1; dùng "## " cho tiêu đề mục / "===" makes a level-1 heading`);
  }
  return undefined;
}

/**
 * What the parser sees in the body: raw HTML, code in an .mdx file (a guide places no component),
 * and links and images with their entities decoded. An .mdx guide is still rendered as Markdown
 * (astro-loader.ts), so it is read both ways: as MDX for code, as Markdown for what it renders.
 */
function treeProblems(body: string, mdx: boolean): TreeProblem[] {
  const markdown = parseTree(body, false);
  const rendered = isTree(markdown) ? [...htmlProblems(markdown), ...urlProblems(markdown)] : [markdown];
  if (!mdx) return rendered;
  const tree = parseTree(body, true);
  const code = isTree(tree) ? [...codeProblems(tree, {}), ...urlProblems(tree)] : [tree];
  // One message per line: the MDX reading names the code, the Markdown one what is left.
  return [...code, ...rendered.filter((r) => !code.some((c) => c.line === r.line))];
}

interface Heading {
  i: number;
  level: number;
  text: string;
}

interface Scan {
  headings: Heading[];
  placeholders: number[];
  hasText: boolean;
  /** The fence of a code block still open at the end. */
  openFence: string | undefined;
}

/** Walk the lines once, applying the line rules outside code blocks. */
function scanLines(lines: string[], error: Report): Scan {
  const scan: Scan = { headings: [], placeholders: [], hasText: false, openFence: undefined };
  lines.forEach((raw, i) => {
    const fenceMatch = FENCE.exec(raw);
    if (scan.openFence) {
      const f = scan.openFence;
      if (fenceMatch && fenceMatch[1]![0] === f[0] && fenceMatch[1]!.length >= f.length) scan.openFence = undefined;
      scan.hasText = true;
      return;
    }
    if (fenceMatch) {
      scan.openFence = fenceMatch[1]!;
      scan.hasText = true;
      return;
    }
    if (raw.trim() === '') return;
    scan.hasText = true;
    // Code spans show their text as it is: "<b>" inside backticks is fine.
    // A backslash-escaped "<" is shown as text too.
    const line = raw.replace(/(`+)[\s\S]*?\1/g, (m) => ' '.repeat(m.length));
    const heading = headingRule(line, i, lines[i - 1], error);
    if (heading) scan.headings.push(heading);
    if (raw.normalize('NFC').includes(PLACEHOLDER)) scan.placeholders.push(i);
  });
  return scan;
}

/** A missing "Lưu ý" text, an empty heading or an empty section. */
function sectionRules(lines: string[], scan: Scan, report: Report): void {
  if (!scan.hasText) {
    report(
      0,
      `thiếu mục "Lưu ý": viết dưới dòng "---" cuối phần đầu ít nhất một đoạn cho người dân, ví dụ "## Nên làm gì trước khi nộp" rồi vài câu / the guide needs its "Lưu ý" text below the frontmatter`,
    );
  }
  scan.headings.forEach((h, n) => {
    const next = scan.headings.slice(n + 1).find((o) => o.level <= h.level);
    const end = next ? next.i : lines.length;
    const content = lines.slice(h.i + 1, end).some((l) => l.trim() !== '');
    if (h.text.trim() === '') report(h.i, `tiêu đề mục để trống; viết tên mục sau dấu # / a heading has no text`);
    else if (!content) {
      report(h.i, `mục "${h.text}" không có nội dung; viết vài câu dưới tiêu đề hoặc xóa tiêu đề / the section "${h.text}" is empty`);
    }
  });
}

export function checkBody(body: string, opts: BodyOptions): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const lines = body.split(/\r?\n/);
  const at = (i: number) => opts.firstLine + i;
  const error: Report = (i, message) => problems.push({ line: at(i), message, severity: 'error' });
  const scan = scanLines(lines, error);
  for (const p of treeProblems(body, opts.mdx)) error((p.line ?? 1) - 1, p.message);
  // A missing or empty section is an error for a published guide, a reminder for a draft.
  sectionRules(lines, scan, (i, message) => problems.push({ line: at(i), message, severity: opts.draft ? 'warning' : 'error' }));
  if (scan.placeholders.length > 0) {
    if (opts.draft) {
      problems.push({
        line: at(scan.placeholders[0]!),
        message: `bản nháp còn ${scan.placeholders.length} dòng "${PLACEHOLDER}" trong nội dung cần viết trước khi đăng / draft: ${scan.placeholders.length} placeholder line(s) left in the body`,
        severity: 'warning',
      });
    } else {
      for (const i of scan.placeholders) {
        error(
          i,
          `còn chữ giữ chỗ "${PLACEHOLDER}" trong nội dung: viết nội dung thật, hoặc giữ "draft: true" nếu chưa xong / placeholder text is left in the body`,
        );
      }
    }
  }
  if (scan.openFence) {
    error(
      lines.length - 1,
      `khối mã mở bằng ${scan.openFence} nhưng chưa đóng; thêm một dòng ${scan.openFence} / a code block is not closed`,
    );
  }
  return problems.sort((a, b) => a.line - b.line);
}

/** The body of a guide's file and its first line; the frontmatter is found by the yaml parser. */
export const splitBody = (fileText: string): { body: string; firstLine: number } => bodyOf(fileText);
