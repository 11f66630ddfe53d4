/**
 * Reads content/ straight from disk, without Astro, so that staff get every problem in a few
 * seconds: broken JSON or YAML, fields that do not match the schema, references that do not
 * resolve. Each problem carries its file and, where the text allows, its line.
 */
import { readFileSync, readdirSync, existsSync, statSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { COLLECTIONS, CONTENT_DIR, SETTINGS_FILE, SLUG_PATTERN, SettingsSchema, type Settings } from '../schemas/index.ts';
import { parseWithFriendlyErrors, type ContentProblem } from '../schemas/friendly-errors.ts';
import { publishedOnly, type ContentSet, type Entry } from './content-set.ts';
import { crossCheck } from './cross-check.ts';
import { BODY_FIELD, checkBody } from './body-check.ts';

export interface ReadResult {
  content: ContentSet;
  settings: Settings | undefined;
  problems: ContentProblem[];
  /** How many files were read. */
  files: number;
}

interface Parsed {
  data: unknown;
  locate: (path: readonly PropertyKey[]) => number | undefined;
  body?: string;
  /** Line of the file where the body starts. */
  bodyLine?: number;
}

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

/** The first line that opens a quoted value without closing it, to point at the real mistake. */
function unclosedQuoteLine(text: string, lineOffset: number): number | undefined {
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^\s*(?:-\s+)?(?:[\w.-]+:\s+)?(["'])(.*)$/.exec(lines[i]!);
    if (!m) continue;
    const [, q, rest] = m as unknown as [string, string, string];
    const closed = q === '"' ? /(^|[^\\])"/.test(rest) : rest.includes("'");
    if (!closed) return i + 1 + lineOffset;
  }
  return undefined;
}

/** Line of the node at `path` in a YAML or JSON document, walking up until one is found. */
function locator(doc: ReturnType<typeof parseDocument>, lc: LineCounter, lineOffset: number) {
  return (path: readonly PropertyKey[]): number | undefined => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as (string | number)[], true) as YamlNode | undefined;
      let range = node && typeof node === 'object' && 'range' in node ? node.range : undefined;
      // Point at the key rather than the value when the path ends in a map key.
      const parent = n > 0 ? (doc.getIn(path.slice(0, n - 1) as (string | number)[], true) as YamlNode | undefined) : undefined;
      if (parent && isMap(parent)) {
        const pair = parent.items.find((it) => (it.key as { value?: unknown } | null)?.value === path[n - 1]);
        const keyRange = (pair?.key as YamlNode | null)?.range;
        if (keyRange) range = keyRange;
      } else if (parent && isSeq(parent) && !range) {
        range = parent.range;
      }
      if (range) return lc.linePos(range[0]).line + lineOffset;
    }
    return undefined;
  };
}

function problem(file: string, message: string, line?: number): ContentProblem {
  return { file, line, field: '(cả tệp / whole file)', message, severity: 'error' };
}

/** Parse a JSON file; a syntax error becomes a problem with its line. */
export function parseJson(text: string, file: string): Parsed | ContentProblem {
  try {
    const data: unknown = JSON.parse(text);
    const lc = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
    // JSON.parse keeps the last of two equal keys without a word: staff would lose an edit.
    const dup = doc.errors.find((e) => e.code === 'DUPLICATE_KEY');
    if (dup) {
      const [vi, en] = YAML_HINTS['DUPLICATE_KEY']!;
      return problem(file, `tệp JSON có ${vi} / the JSON has ${en}`, lc.linePos(dup.pos[0]).line);
    }
    return { data, locate: locator(doc, lc, 0) };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    return problem(
      file,
      `tệp JSON bị lỗi cú pháp ở dòng này hoặc cuối dòng ngay trước (thường do thiếu dấu phẩy cuối dòng, thừa dấu phẩy trước } hoặc ], hoặc thiếu dấu ngoặc kép) / invalid JSON: ${msg}`,
      line,
    );
  }
}

/** Split and parse the YAML frontmatter of a Markdown file. */
export function parseFrontmatter(text: string, file: string): Parsed | ContentProblem {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  if (!m) {
    return problem(
      file,
      'thiếu phần đầu (frontmatter): tệp phải bắt đầu bằng dòng "---", các trường, rồi một dòng "---" / missing frontmatter between two "---" lines',
      1,
    );
  }
  const lc = new LineCounter();
  const doc = parseDocument(m[1]!, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  const yamlProblem = (hint: [string, string] | undefined, detail: string, line: number | undefined) =>
    problem(
      file,
      hint
        ? `phần đầu (frontmatter) bị lỗi cú pháp YAML: ${hint[0]} / invalid YAML frontmatter: ${hint[1]}`
        : `phần đầu (frontmatter) bị lỗi cú pháp YAML (${detail}); kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép ở dòng này và dòng trước / invalid YAML frontmatter`,
      line,
    );
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    // The frontmatter starts on line 2 of the file, after the first "---".
    const line = (e.code === 'MISSING_CHAR' ? unclosedQuoteLine(m[1]!, 1) : undefined) ?? lc.linePos(e.pos[0]).line + 1;
    return yamlProblem(YAML_HINTS[e.code], e.message.split('\n')[0]!, line);
  }
  let data: unknown;
  try {
    data = doc.toJS();
  } catch (err) {
    // "*abc" or "&abc" at the start of a value are YAML aliases and anchors, not text.
    return yamlProblem(YAML_HINTS['BAD_SCALAR_START'], err instanceof Error ? err.message : String(err), undefined);
  }
  return {
    data,
    locate: locator(doc, lc, 1),
    body: text.slice(m[0].length),
    bodyLine: m[0].split('\n').length,
  };
}

const isProblem = (x: Parsed | ContentProblem): x is ContentProblem => 'severity' in x;

/** Read, validate and cross-check everything under `root`/content. */
export function readContent(root: string, today: string, opts: { includeDrafts?: boolean } = {}): ReadResult {
  const contentDir = join(root, CONTENT_DIR);
  const problems: ContentProblem[] = [];
  // Kept apart: a body problem does not stop the cross-file checks, a file that does not parse does.
  const bodyProblems: ContentProblem[] = [];
  const locators = new Map<string, Parsed['locate']>();
  const content: Record<string, Entry<unknown>[]> = {};
  let files = 0;

  for (const [name, spec] of Object.entries(COLLECTIONS)) {
    const entries: Entry<unknown>[] = [];
    content[name] = entries;
    const target = join(contentDir, spec.path);
    if (spec.layout === 'json-array') {
      const file = relative(root, target);
      if (!existsSync(target)) {
        problems.push(problem(file, `thiếu tệp ${file} / missing file`));
        continue;
      }
      files++;
      const parsed = parseJson(readFileSync(target, 'utf8'), file);
      if (isProblem(parsed)) {
        problems.push(parsed);
        continue;
      }
      locators.set(file, parsed.locate);
      if (!Array.isArray(parsed.data)) {
        problems.push(problem(file, 'tệp phải là một danh sách [ ... ] / the file must hold a JSON array', 1));
        continue;
      }
      parsed.data.forEach((item, i) => {
        const r = parseWithFriendlyErrors(spec.schema, item, file, (p) => parsed.locate([i, ...p]));
        if (!r.ok) problems.push(...r.problems.map((pr) => ({ ...pr, field: `[${i}].${pr.field}` })));
        else entries.push({ id: (r.data as { id: string }).id, file, data: r.data });
      });
      continue;
    }
    if (!existsSync(target)) continue;
    const exts = spec.layout === 'markdown-dir' ? ['.md', '.mdx'] : ['.json'];
    const seen = new Map<string, string>();
    for (const name of readdirSync(target).sort()) {
      const ext = extname(name);
      const file = relative(root, join(target, name));
      if (name.startsWith('_') || name.startsWith('.') || name === 'README.md') continue;
      if (statSync(join(target, name)).isDirectory()) {
        problems.push(
          problem(file, `thư mục con không được đọc; đặt tệp thẳng trong ${relative(root, target)}/ / sub-folders are not read`),
        );
        continue;
      }
      if (!exts.includes(ext)) {
        problems.push(problem(file, `tệp có đuôi "${ext}" không được đọc ở đây; dùng ${exts.join(' hoặc ')} / unexpected file type`));
        continue;
      }
      files++;
      const id = basename(name, ext);
      if (!SLUG_PATTERN.test(id)) {
        problems.push(
          problem(
            file,
            `tên tệp "${id}" phải không dấu, chữ thường, nối bằng gạch ngang, ví dụ "dang-ky-khai-sinh${ext}" / file names must be ASCII slugs`,
          ),
        );
        continue;
      }
      if (seen.has(id)) {
        problems.push(problem(file, `mã "${id}" trùng với ${seen.get(id)}; đổi tên một tệp / duplicate id`));
        continue;
      }
      seen.set(id, file);
      const text = readFileSync(join(target, name), 'utf8');
      const parsed = spec.layout === 'markdown-dir' ? parseFrontmatter(text, file) : parseJson(text, file);
      if (isProblem(parsed)) {
        problems.push(parsed);
        continue;
      }
      locators.set(file, parsed.locate);
      const r = parseWithFriendlyErrors(spec.schema, parsed.data, file, parsed.locate);
      if (!r.ok) problems.push(...r.problems);
      else entries.push({ id, file, data: r.data });
      if (parsed.body !== undefined) {
        const draft = (parsed.data as { draft?: unknown } | null)?.draft === true;
        const found = checkBody(parsed.body, { draft, mdx: ext === '.mdx', firstLine: parsed.bodyLine ?? 1 });
        bodyProblems.push(...found.map((b) => ({ file, line: b.line, field: BODY_FIELD, message: b.message, severity: b.severity })));
      }
    }
  }

  let settings: Settings | undefined;
  const settingsFile = relative(root, join(contentDir, SETTINGS_FILE));
  if (existsSync(join(root, settingsFile))) {
    files++;
    const parsed = parseJson(readFileSync(join(root, settingsFile), 'utf8'), settingsFile);
    if (isProblem(parsed)) problems.push(parsed);
    else {
      const r = parseWithFriendlyErrors(SettingsSchema, parsed.data, settingsFile, parsed.locate);
      if (r.ok) settings = r.data;
      else problems.push(...r.problems);
    }
  } else problems.push(problem(settingsFile, `thiếu tệp ${settingsFile} / missing file`));

  const set = content as unknown as ContentSet;
  // Cross-file checks only make sense when every file parsed: otherwise a broken file would
  // also show up as dozens of "unknown reference" errors in the files that point to it.
  if (!problems.some((p) => p.severity === 'error')) {
    for (const { path, ...p } of crossCheck(set, today)) {
      problems.push({ ...p, line: locators.get(p.file)?.(path) });
    }
  }
  problems.push(...bodyProblems);
  return { content: opts.includeDrafts ? set : publishedOnly(set), settings, problems, files };
}
