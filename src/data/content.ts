/**
 * The only module that calls getCollection. It loads every collection once, runs the
 * cross-file checks and stops the build on any error, then hands typed data to pages.
 */
import { readFileSync } from 'node:fs';
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import settingsJson from '../../content/settings.json';
import { SettingsSchema, type Settings } from '../schemas/index.ts';
import { formatProblems, parseWithFriendlyErrors, type ContentProblem } from '../schemas/friendly-errors.ts';
import { publishedOnly, type ContentSet, type Entry } from '../checks/content-set.ts';
import { crossCheck, withPreviewDrafts } from '../checks/cross-check.ts';
import { BODY_FIELD, checkBody, splitBody } from '../checks/body-check.ts';

export type { ContentSet, Entry };

async function entries<C extends CollectionKey>(name: C): Promise<Entry<CollectionEntry<C>['data']>[]> {
  const list: CollectionEntry<C>[] = await getCollection(name);
  return list.map((e) => ({ id: e.id, file: e.filePath ?? `content/${name}.json`, data: e.data }));
}

let loading: Promise<ContentSet> | undefined;
let everything: Promise<ContentSet> | undefined;

const today = (): string => process.env['CONTENT_TODAY'] ?? new Date().toISOString().slice(0, 10);

/** Every entry, drafts included, not yet checked. */
function loadAll(): Promise<ContentSet> {
  everything ??= (async () => ({
    procedures: await entries('procedures'),
    documents: await entries('documents'),
    metrics: await entries('metrics'),
    sources: await entries('sources'),
    fields: await entries('fields'),
    agencies: await entries('agencies'),
    lifeEvents: await entries('lifeEvents'),
  }))();
  return everything;
}

/** Problems in the Markdown bodies of the guides (raw HTML, empty sections...), with their lines. */
function bodyProblems(set: ContentSet): ContentProblem[] {
  return set.procedures.flatMap((p) => {
    let text: string;
    try {
      text = readFileSync(p.file, 'utf8');
    } catch {
      return []; // run from another folder: scripts/build.ts has checked the bodies already
    }
    const { body, firstLine } = splitBody(text);
    return checkBody(body, { draft: p.data.draft, mdx: p.file.endsWith('.mdx'), firstLine }).map((b) => ({
      file: p.file,
      line: b.line,
      field: BODY_FIELD,
      message: b.message,
      severity: b.severity,
    }));
  });
}

/**
 * Every collection, cross-checked; drafts are left out. Under `npm run dev` the drafts that can
 * be drawn are kept, so that staff can preview them (the build never shows a draft).
 */
export function loadContent(): Promise<ContentSet> {
  loading ??= (async () => {
    const set = await loadAll();
    const errors = [...crossCheck(set, today()), ...bodyProblems(set)].filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      throw new Error(`Nội dung chưa hợp lệ / invalid content:\n\n${formatProblems(errors)}`);
    }
    if (import.meta.env.DEV) {
      const { content, hidden } = withPreviewDrafts(set, today());
      if (hidden.length > 0) console.warn(`Bản nháp chưa xem trước được / drafts not previewable:\n${formatProblems(hidden)}`);
      return content;
    }
    return publishedOnly(set);
  })();
  return loading;
}

/** What the staff review page lists: every guide, drafts included, and every warning. */
export async function loadReview(): Promise<{ content: ContentSet; problems: ContentProblem[]; today: string }> {
  await loadContent();
  const set = await loadAll();
  const problems = [...crossCheck(set, today()), ...bodyProblems(set)].map(({ file, line, field, message, severity }) => ({
    file,
    line,
    field,
    message,
    severity,
  }));
  return { content: set, problems, today: today() };
}

let settingsCache: Settings | undefined;

/** content/settings.json, validated. */
export function getSettings(): Settings {
  if (settingsCache) return settingsCache;
  const r = parseWithFriendlyErrors(SettingsSchema, settingsJson, 'content/settings.json');
  if (!r.ok) throw new Error(`Nội dung chưa hợp lệ / invalid content:\n\n${formatProblems(r.problems)}`);
  settingsCache = r.data;
  return r.data;
}

/** The collection entry of a guide, for rendering its Markdown body. */
export async function getProcedureEntry(id: string) {
  const entry = await getEntry('procedures', id);
  if (!entry) throw new Error(`unknown procedure "${id}"`);
  return entry;
}
