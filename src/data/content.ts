/**
 * The only module that calls getCollection. The content arrives checked by the one reader
 * (src/checks, through the loaders in src/content.config.ts); here it is handed to pages: drafts
 * left out of the build, previewable drafts kept under `npm run dev`, the problems for the staff
 * page. Under dev a content error shows on the page with the checker's own message.
 */
import { getCollection, getEntry, render, type CollectionEntry, type CollectionKey } from 'astro:content';
import { CONTENT_DIR, NARRATIVE_FILE, type Settings } from '../schemas/index.ts';
import { CONTENT_ERROR_TITLE, formatProblems, type ContentProblem } from '../schemas/friendly-errors.ts';
import { publishedOnly, type ContentSet, type Entry } from '../checks/content-set.ts';
import { withPreviewDrafts } from '../checks/cross-check.ts';
import type { Narrative } from '../checks/narrative.ts';
import { contentToday } from '../checks/today.ts';
import { contentForDay } from './content-day.ts';

export type { ContentSet, Entry };

type ContentKey = Exclude<CollectionKey, 'settings' | 'narrative' | 'problems'>;

async function entries<C extends ContentKey>(name: C): Promise<Entry<CollectionEntry<C>['data']>[]> {
  const list: CollectionEntry<C>[] = await getCollection(name);
  return list.map((e) => ({
    id: e.id,
    file: e.filePath ?? `content/${name}`,
    data: e.data,
    digest: e.digest === undefined ? undefined : String(e.digest),
  }));
}

/** Memoised for a build; under dev every page reads afresh, since content changes while it runs. */
function once<T>(make: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | undefined;
  return () => (import.meta.env.DEV ? make() : (cached ??= make()));
}

/** Every entry, drafts included. */
const loadAll = once(async (): Promise<ContentSet> => ({
  procedures: await entries('procedures'),
  documents: await entries('documents'),
  metrics: await entries('metrics'),
  sources: await entries('sources'),
  fields: await entries('fields'),
  agencies: await entries('agencies'),
  lifeEvents: await entries('lifeEvents'),
  searchWords: await entries('searchWords'),
}));

/** Every problem the reader found, errors and warnings. */
const loadProblems = once(async (): Promise<ContentProblem[]> => (await getCollection('problems')).map((e) => ({ ...e.data })));

/** Stop on a content error with the checker's message (the loader stops the build before this). */
async function assertValid(): Promise<void> {
  const errors = (await loadProblems()).filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new Error(`${CONTENT_ERROR_TITLE}:\n\n${formatProblems(errors)}`);
}

/**
 * Every collection, checked; drafts are left out. Under `npm run dev` the drafts that can be
 * drawn are kept, so that staff can preview them (the build never shows a draft). Guides are as
 * in force on CONTENT_TODAY, stating only their verified facts (content-day.ts).
 */
export const loadContent = once(async (): Promise<ContentSet> => {
  await assertValid();
  const set = await loadAll();
  if (import.meta.env.DEV) {
    const { content, hidden } = withPreviewDrafts(set, contentToday());
    if (hidden.length > 0) console.warn(`Bản nháp chưa xem trước được / drafts not previewable:\n${formatProblems(hidden)}`);
    return contentForDay(content, contentToday());
  }
  return contentForDay(publishedOnly(set), contentToday());
});

/** What the staff review page lists: every guide, drafts included, and every warning. */
export async function loadReview(): Promise<{ content: ContentSet; problems: ContentProblem[]; today: string }> {
  await assertValid();
  return { content: await loadAll(), problems: await loadProblems(), today: contentToday() };
}

/** The content as shown and the day it is shown for (CONTENT_TODAY), for the changes page and feed. */
export async function loadChanges(): Promise<{ content: ContentSet; today: string }> {
  return { content: await loadContent(), today: contentToday() };
}

/** content/settings.json, validated by the reader. */
export async function getSettings(): Promise<Settings> {
  const entry = await getEntry('settings', 'settings');
  if (!entry) {
    await assertValid();
    throw new Error('content/settings.json: thiếu cài đặt / missing settings');
  }
  return entry.data;
}

/** The collection entry of a guide, for rendering its Markdown body. */
export async function getProcedureEntry(id: string) {
  const entry = await getEntry('procedures', id);
  if (!entry) throw new Error(`unknown procedure "${id}"`);
  return entry;
}

/** The report narrative: its checked frontmatter and placements, and its MDX body to render. */
export async function loadNarrative(): Promise<{ data: Narrative; Content: Awaited<ReturnType<typeof render>>['Content'] }> {
  await assertValid();
  // The narrative collection holds the one narrative file (content/report/bao-cao.mdx).
  const [entry] = await getCollection('narrative');
  if (!entry) throw new Error(`${CONTENT_DIR}/${NARRATIVE_FILE}: thiếu báo cáo / missing narrative`);
  const { Content } = await render(entry);
  return { data: entry.data, Content };
}
