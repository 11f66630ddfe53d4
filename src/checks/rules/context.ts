/**
 * What every cross-file rule gets: the content, the day, the known ids and one way to report a
 * problem. A rule is a small named function that adds problems; it never reads files.
 */
import { fieldPath } from '../../schemas/friendly-errors.ts';
import type { ContentSet, Entry, LocatedProblem } from '../content-set.ts';
import { PLACEHOLDER_ID } from '../placeholders.ts';

export interface CrossCheckOptions {
  /**
   * Preview of drafts in `npm run dev`: placeholder text is shown as it is instead of being an
   * error. Placeholder ids still are errors, since the page cannot be drawn without them.
   */
  allowPlaceholderText?: boolean;
}

export interface RuleContext {
  content: ContentSet;
  /** YYYY-MM-DD */
  today: string;
  options: CrossCheckOptions;
  ids: Record<'procedures' | 'documents' | 'sources' | 'fields' | 'agencies', Set<string>>;
  /** Ids of draft guides and draft documents. */
  draftProcedures: Set<string>;
  draftDocuments: Set<string>;
  add: (entry: Entry<unknown>, path: PropertyKey[], message: string, severity?: 'error' | 'warning') => void;
}

export type Rule = (ctx: RuleContext) => void;

export function ruleContext(content: ContentSet, today: string, options: CrossCheckOptions, out: LocatedProblem[]): RuleContext {
  const ids = <T>(list: Entry<T>[]) => new Set(list.map((e) => e.id));
  return {
    content,
    today,
    options,
    ids: {
      procedures: ids(content.procedures),
      documents: ids(content.documents),
      sources: ids(content.sources),
      fields: ids(content.fields),
      agencies: ids(content.agencies),
    },
    draftProcedures: new Set(content.procedures.filter((p) => p.data.draft).map((p) => p.id)),
    draftDocuments: new Set(content.documents.filter((d) => d.data.draft).map((d) => d.id)),
    add: (e, path, message, severity = 'error') => out.push({ file: e.file, path, field: fieldPath(path), message, severity }),
  };
}

/** "không tìm thấy giấy tờ có mã …; các mã hiện có: …" */
export function refError(what: string, where: string, id: string, known: Set<string>): string {
  return `không tìm thấy ${what} có mã "${id}" trong ${where}; các mã hiện có: ${[...known].sort().join(', ') || '(chưa có)'} / unknown ${what} id "${id}"`;
}

/** An id that resolves to nothing. A placeholder id is reported once, as a placeholder, not here too. */
export const isUnknown = (id: string, known: Set<string>): boolean => id !== PLACEHOLDER_ID && !known.has(id);

export const isDraft = (e: Entry<unknown>): boolean => (e.data as { draft?: unknown }).draft === true;
