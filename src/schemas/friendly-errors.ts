/**
 * Turns zod issues into problems a staff member can act on: which file, which line, which
 * field, what is wrong and how to fix it, in Vietnamese with English beside it.
 */
import type { z } from 'astro/zod';

export type Severity = 'error' | 'warning';

export interface ContentProblem {
  /** Path of the content file, relative to the project root. */
  file: string;
  /** 1-based line, when known. */
  line?: number | undefined;
  /** Dotted field path, e.g. "requirements[2].form"; "" for the whole file. */
  field: string;
  /** What is wrong and how to fix it. */
  message: string;
  severity: Severity;
}

/** "requirements[2].form" from ["requirements", 2, "form"]. */
export function fieldPath(path: readonly PropertyKey[]): string {
  return path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'chữ (string)',
  number: 'số (number)',
  boolean: 'true hoặc false (boolean)',
  array: 'danh sách (array, mỗi dòng bắt đầu bằng "- ")',
  object: 'nhóm trường (object)',
  date: 'ngày (YYYY-MM-DD)',
  null: 'null',
  undefined: 'không có gì',
};

function describeValue(v: unknown): string {
  if (v === undefined) return 'không có gì / nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'một danh sách / a list';
  if (typeof v === 'string') return `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"`;
  if (typeof v === 'object') return 'một nhóm trường / an object';
  return String(v);
}

/** The closest known key, to suggest a fix for a typo such as "tittle". */
export function closest(word: string, options: readonly string[]): string | undefined {
  const dist = (a: string, b: string): number => {
    const row = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
      let prev = row[0]!;
      row[0] = i;
      for (let j = 1; j <= b.length; j++) {
        const tmp = row[j]!;
        row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
        prev = tmp;
      }
    }
    return row[b.length]!;
  };
  let best: string | undefined;
  let bestD = Infinity;
  for (const o of options) {
    const d = dist(word.toLowerCase(), o.toLowerCase());
    if (d < bestD) [best, bestD] = [o, d];
  }
  return bestD <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** One sentence for one zod issue. Custom messages from our schemas are already sentences. */
export function describeIssue(issue: z.core.$ZodIssue, knownKeys: readonly string[] = []): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_type': {
      if (input === undefined) {
        const key = issue.path.at(-1);
        const name = typeof key === 'string' ? ` "${key}"` : '';
        return `thiếu trường bắt buộc${name}; hãy thêm nó (kiểu ${TYPE_NAMES[issue.expected] ?? issue.expected}) / required field${name} is missing: add it`;
      }
      if (!issue.message.startsWith('Invalid input')) {
        return `${issue.message}; nhận được ${describeValue(input)} / found ${describeValue(input)}`;
      }
      return `cần ${TYPE_NAMES[issue.expected] ?? issue.expected}, nhận được ${describeValue(input)} / expected ${issue.expected}, found ${describeValue(input)}`;
    }
    case 'unrecognized_keys': {
      return issue.keys
        .map((k) => {
          const hint = closest(k, knownKeys);
          return `trường "${k}" không có trong mẫu${hint ? `; có phải ý bạn là "${hint}"?` : ''} / unknown field "${k}"${hint ? `: did you mean "${hint}"?` : ''}`;
        })
        .join('; ');
    }
    case 'invalid_value': {
      if (!issue.message.startsWith('Invalid')) return issue.message;
      const options = issue.values.map((v) => JSON.stringify(v)).join(', ');
      return `giá trị ${describeValue(input)} không hợp lệ; chọn một trong: ${options} / must be one of: ${options}`;
    }
    case 'too_small': {
      if (!issue.message.startsWith('Too small')) return issue.message;
      return issue.origin === 'array'
        ? `danh sách cần ít nhất ${String(issue.minimum)} mục / the list needs at least ${String(issue.minimum)} item(s)`
        : `phải ít nhất ${String(issue.minimum)} / must be at least ${String(issue.minimum)}`;
    }
    case 'too_big':
      if (!issue.message.startsWith('Too big')) return issue.message;
      return `phải nhiều nhất ${String(issue.maximum)} / must be at most ${String(issue.maximum)}`;
    case 'invalid_union': {
      // When one of the accepted shapes explains itself (a date written wrongly), say that.
      const custom = issue.errors.flat().find((i) => i.code === 'custom');
      if (custom) return custom.message;
      return `giá trị ${describeValue(input)} không đúng dạng / the value has the wrong shape`;
    }
    default:
      return issue.message;
  }
}

/**
 * Validate `data` against `schema` and return either the parsed value or friendly problems.
 * `locate` maps a field path to a line of the file when the caller knows the source text.
 */
export function parseWithFriendlyErrors<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  locate: (path: readonly PropertyKey[]) => number | undefined = () => undefined,
): { ok: true; data: z.output<S> } | { ok: false; problems: ContentProblem[] } {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const knownKeys = collectKeys(schema);
  const problems = result.error.issues.map((issue) => {
    // For unknown keys, point at the key itself rather than the object holding it.
    const path = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
    return {
      file,
      line: locate(path) ?? locate(issue.path),
      field: fieldPath(path) || '(cả tệp / whole file)',
      message: describeIssue(issue, knownKeys),
      severity: 'error' as const,
    };
  });
  return { ok: false, problems };
}

/** Every key name the schema knows, at any depth, to suggest corrections for typos. */
function collectKeys(schema: unknown, seen = new Set<unknown>()): string[] {
  if (!schema || typeof schema !== 'object' || seen.has(schema)) return [];
  seen.add(schema);
  const def = (schema as { _zod?: { def?: Record<string, unknown> } })._zod?.def;
  if (!def) return [];
  const keys: string[] = [];
  const shape = def['shape'] as Record<string, unknown> | undefined;
  if (shape) for (const [k, v] of Object.entries(shape)) keys.push(k, ...collectKeys(v, seen));
  for (const k of ['innerType', 'element', 'in', 'out', 'schema']) keys.push(...collectKeys(def[k], seen));
  for (const o of (def['options'] as unknown[] | undefined) ?? []) keys.push(...collectKeys(o, seen));
  return [...new Set(keys)];
}

/** The first line of every content error, wherever it shows (checker, build, dev, pages). */
export const CONTENT_ERROR_TITLE = 'Nội dung chưa hợp lệ / invalid content';

/** "content/x.md:12 · title: message" lines, errors first. */
export function formatProblems(problems: readonly ContentProblem[]): string {
  return [...problems]
    .sort((a, b) =>
      a.severity !== b.severity ? (a.severity === 'error' ? -1 : 1) : a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
    )
    .map((p) => {
      const where = p.line ? `${p.file}:${p.line}` : p.file;
      const tag = p.severity === 'error' ? 'LỖI / ERROR' : 'CẢNH BÁO / WARNING';
      return `${tag}  ${where}\n  trường / field: ${p.field}\n  ${p.message}`;
    })
    .join('\n\n');
}
