/**
 * Parses one content file's text, once: JSON, or Markdown with YAML frontmatter. The frontmatter
 * is found and parsed with the yaml package's own parser, composer and line counter, so a problem
 * can name the line of the field it is about. Problems are in staff's words (Vietnamese, English).
 */
import { Composer, LineCounter, Parser, isMap, isSeq, parseDocument, type CST, type Document, type Node as YamlNode } from 'yaml';
import type { ContentProblem } from '../schemas/friendly-errors.ts';

/** The line of the field at a path, or undefined when the text does not say. */
export type Locate = (path: readonly PropertyKey[]) => number | undefined;

export interface Parsed {
  data: unknown;
  locate: Locate;
  /** Markdown only: the text below the frontmatter. */
  body?: string;
  /** Line of the file where the body starts. */
  bodyLine?: number;
}

export const WHOLE_FILE = '(cả tệp / whole file)';

export function fileProblem(file: string, message: string, line?: number): ContentProblem {
  return { file, line, field: WHOLE_FILE, message, severity: 'error' };
}

export const isProblem = (x: object): x is ContentProblem => 'severity' in x;

/**
 * Text as Windows editors save it: a leading byte-order mark is dropped here too (not only when
 * files.ts reads the bytes), so every caller of the parsers accepts it. CRLF line ends are kept:
 * the parsers and the line counts below read them as one line end.
 */
const withoutBom = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

/** What the common YAML mistakes mean, in staff's words ([Vietnamese, English]), by yaml error code. */
const YAML_HINTS: Record<string, [string, string]> = {
  DUPLICATE_KEY: ['một trường được ghi hai lần; xóa một trong hai dòng', 'a field is written twice'],
  TAB_AS_INDENT: ['thụt lề bằng phím Tab; hãy dùng dấu cách (2 dấu cách mỗi cấp)', 'tabs are not allowed for indentation'],
  BAD_INDENT: ['thụt lề không đều: các dòng cùng cấp phải thẳng cột, mỗi cấp lùi 2 dấu cách', 'inconsistent indentation'],
  MISSING_CHAR: ['thiếu dấu đóng: một dấu ngoặc kép " hoặc ngoặc ] đã mở ở dòng này mà chưa đóng', 'a closing quote or bracket is missing'],
  BLOCK_AS_IMPLICIT_KEY: [
    'giá trị có dấu hai chấm ":" ở giữa; đặt cả giá trị trong ngoặc kép, ví dụ applicants: "Người nộp: cha hoặc mẹ"',
    'a value containing ": " must be quoted',
  ],
  MULTILINE_IMPLICIT_KEY: [
    'thiếu dấu cách sau dấu hai chấm, hoặc một dòng bị ngắt giữa chừng; viết "truong: gia tri"',
    'missing space after ":"',
  ],
  BAD_SCALAR_START: [
    'giá trị bắt đầu bằng ký tự đặc biệt (` @ % * & ! | >); đặt cả giá trị trong ngoặc kép',
    'a value starts with a reserved character: quote it',
  ],
};

/**
 * yaml reports an unclosed quote where the document ends; staff need the line that opened it.
 * `lines` are the frontmatter's lines, the first being line `firstLine` of the file.
 */
function unclosedQuoteLine(lines: string[], firstLine: number): number | undefined {
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:-\s+)?(?:[\w.-]+:\s+)?(["'])(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const [, q, rest] = m as unknown as [string, string, string];
    const closed = q === '"' ? /(^|[^\\])"/.test(rest) : rest.includes("'");
    if (!closed) return i + firstLine;
  }
  return undefined;
}

/** Line of the node at `path`, walking up until one is found; a map key's line rather than its value's. */
function locator(doc: Document, lc: LineCounter): Locate {
  return (path) => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as YamlNode | undefined;
      let range = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
      const parent = n > 0 ? (doc.getIn(path.slice(0, n - 1) as (string | number)[], true) as YamlNode | undefined) : undefined;
      if (parent && isMap(parent)) {
        const pair = parent.items.find((it) => (it.key as { value?: unknown } | null)?.value === path[n - 1]);
        const keyRange = (pair?.key as YamlNode | null)?.range;
        if (keyRange) range = keyRange;
      } else if (parent && isSeq(parent) && !range) {
        range = parent.range;
      }
      if (range) return lc.linePos(range[0]).line;
    }
    return undefined;
  };
}

/**
 * Parse a JSON file. JSON.parse decides what is valid JSON (YAML would accept trailing commas and
 * comments); yaml's document of the same text gives the lines and catches a key written twice,
 * which JSON.parse would silently resolve by dropping the first.
 */
export function parseJson(raw: string, file: string): Parsed | ContentProblem {
  const text = withoutBom(raw);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    return fileProblem(
      file,
      `tệp JSON bị lỗi cú pháp ở dòng này hoặc cuối dòng ngay trước (thường do thiếu dấu phẩy cuối dòng, thừa dấu phẩy trước } hoặc ], hoặc thiếu dấu ngoặc kép) / invalid JSON: ${msg}`,
      line,
    );
  }
  const lc = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const dup = doc.errors.find((e) => e.code === 'DUPLICATE_KEY');
  if (dup) {
    const [vi, en] = YAML_HINTS['DUPLICATE_KEY']!;
    return fileProblem(file, `tệp JSON có ${vi} / the JSON has ${en}`, lc.linePos(dup.pos[0]).line);
  }
  return { data, locate: locator(doc, lc) };
}

interface Split {
  /** The frontmatter's CST document, ending before the closing "---" (or at the end when unclosed). */
  token: CST.Document;
  lc: LineCounter;
  /** Offset of the closing "---"; undefined when the YAML never closes. */
  end: number | undefined;
  body: string;
  bodyLine: number;
}

/**
 * Find the frontmatter with yaml's own parser: a file that starts with "---" opens a YAML
 * document, and the next "---" at the start of a line opens the next one, where the body begins.
 * Broken YAML (an unclosed quote) can swallow the closing "---": then `end` is undefined and the
 * composer reports the YAML error.
 */
function splitFrontmatter(text: string): Split | undefined {
  const lc = new LineCounter();
  const parser = new Parser(lc.addNewLine);
  let first: CST.Document | undefined;
  // The parser hands over the first document as soon as it meets the next "---", so the body is
  // never lexed as YAML; `parser.offset` is then where that "---" starts.
  for (const token of parser.parse(text)) {
    if (token.type === 'document') {
      first = token;
      break;
    }
  }
  if (!first?.start.some((t) => t.type === 'doc-start' && t.offset === 0)) return undefined;
  const close = parser.offset;
  if (!text.startsWith('---', close) || (close > 0 && text[close - 1] !== '\n')) {
    return { token: first, lc, end: undefined, body: '', bodyLine: lc.linePos(text.length).line };
  }
  const after = text.slice(close + 3);
  const eol = /^\r?\n/.exec(after);
  if (!eol && after.length > 0) return undefined;
  return { token: first, lc, end: close, body: after.slice(eol?.[0].length ?? 0), bodyLine: lc.linePos(close).line + 1 };
}

/** The body of a Markdown file and the line it starts on (the whole text when there is no frontmatter). */
export function bodyOf(raw: string): { body: string; firstLine: number } {
  const text = withoutBom(raw);
  const split = splitFrontmatter(text);
  return split?.end !== undefined ? { body: split.body, firstLine: split.bodyLine } : { body: text, firstLine: 1 };
}

const missingFrontmatter = (file: string): ContentProblem =>
  fileProblem(
    file,
    'thiếu phần đầu (frontmatter): tệp phải bắt đầu bằng dòng "---", các trường, rồi một dòng "---" / missing frontmatter between two "---" lines',
    1,
  );

function yamlProblem(file: string, hint: [string, string] | undefined, detail: string, line: number | undefined): ContentProblem {
  return fileProblem(
    file,
    hint
      ? `phần đầu (frontmatter) bị lỗi cú pháp YAML: ${hint[0]} / invalid YAML frontmatter: ${hint[1]}`
      : `phần đầu (frontmatter) bị lỗi cú pháp YAML (${detail}); kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này và dòng trước / invalid YAML frontmatter`,
    line,
  );
}

/** Split and parse the YAML frontmatter of a Markdown file. */
export function parseFrontmatter(raw: string, file: string): Parsed | ContentProblem {
  const text = withoutBom(raw);
  const split = splitFrontmatter(text);
  if (!split) return missingFrontmatter(file);
  const { token, lc } = split;
  const doc = [...new Composer({ prettyErrors: false, uniqueKeys: true }).compose([token])][0]!;
  if (doc.errors.length === 0 && split.end === undefined) return missingFrontmatter(file);
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const frontmatterLines = text
      .slice(0, split.end ?? text.length)
      .split(/\r?\n/)
      .slice(1);
    const line = (e.code === 'MISSING_CHAR' ? unclosedQuoteLine(frontmatterLines, 2) : undefined) ?? lc.linePos(e.pos[0]).line;
    return yamlProblem(file, YAML_HINTS[e.code], e.message.split('\n')[0]!, line);
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (err) {
    // "*abc" or "&abc" at the start of a value are YAML aliases and anchors, not text.
    return yamlProblem(file, YAML_HINTS['BAD_SCALAR_START'], err instanceof Error ? err.message : String(err), undefined);
  }
  return { data, locate: locator(doc, lc), body: split.body, bodyLine: split.bodyLine };
}
