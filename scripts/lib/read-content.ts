/**
 * Reads content/ straight from disk, without Astro, so that staff get every problem in a few
 * seconds: broken JSON or YAML, fields that do not match the schema, references that do not
 * resolve. Each problem carries its file and, where the text allows, its line.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative, basename, extname } from 'node:path';
import { LineCounter, parseDocument, isMap, isSeq, type Node as YamlNode } from 'yaml';
import { COLLECTIONS, CONTENT_DIR, SETTINGS_FILE, SLUG_PATTERN, SettingsSchema, type Settings } from '../../src/schemas/index.ts';
import { parseWithFriendlyErrors, type ContentProblem } from '../../src/schemas/friendly-errors.ts';
import { crossCheck, type ContentSet, type Entry } from '../../src/data/cross-check.ts';

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
    const doc = parseDocument(text, { lineCounter: lc });
    return { data, locate: locator(doc, lc, 0) };
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const pos = /position (\d+)/.exec(msg);
    const line = pos ? text.slice(0, Number(pos[1])).split('\n').length : undefined;
    return problem(
      file,
      `tệp JSON bị lỗi cú pháp (thường do thiếu dấu phẩy, thừa dấu phẩy cuối, hoặc thiếu dấu ngoặc kép): ${msg} / invalid JSON`,
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
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    const line = e.linePos?.[0]?.line;
    return problem(
      file,
      `phần đầu (frontmatter) bị lỗi cú pháp YAML: ${e.message.split('\n')[0]}. Kiểm tra thụt lề, dấu hai chấm và dấu ngoặc kép / invalid YAML frontmatter`,
      line === undefined ? undefined : line + 1,
    );
  }
  return { data: doc.toJS(), locate: locator(doc, lc, 1), body: text.slice(m[0].length) };
}

const isProblem = (x: Parsed | ContentProblem): x is ContentProblem => 'severity' in x;

/** Read, validate and cross-check everything under `root`/content. */
export function readContent(root: string, today: string, opts: { includeDrafts?: boolean } = {}): ReadResult {
  const contentDir = join(root, CONTENT_DIR);
  const problems: ContentProblem[] = [];
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
    for (const p of crossCheck(set, today)) {
      problems.push({ ...p, line: locators.get(p.file)?.(p.path) });
    }
  }
  if (!opts.includeDrafts) set.procedures = set.procedures.filter((p) => !p.data.draft);
  return { content: set, settings, problems, files };
}
