/**
 * The only module that calls getCollection. It loads every collection once, runs the
 * cross-file checks and stops the build on any error, then hands typed data to pages.
 */
import { getCollection, getEntry, type CollectionEntry, type CollectionKey } from 'astro:content';
import settingsJson from '../../content/settings.json';
import { SettingsSchema, type Settings } from '../schemas/index.ts';
import { formatProblems, parseWithFriendlyErrors } from '../schemas/friendly-errors.ts';
import { crossCheck, type ContentSet, type Entry } from './cross-check.ts';

export type { ContentSet, Entry };

async function entries<C extends CollectionKey>(name: C): Promise<Entry<CollectionEntry<C>['data']>[]> {
  const list: CollectionEntry<C>[] = await getCollection(name);
  return list.map((e) => ({ id: e.id, file: e.filePath ?? `content/${name}.json`, data: e.data }));
}

let loading: Promise<ContentSet> | undefined;

/** Every collection, cross-checked; drafts are left out. */
export function loadContent(): Promise<ContentSet> {
  loading ??= (async () => {
    const set: ContentSet = {
      procedures: await entries('procedures'),
      documents: await entries('documents'),
      metrics: await entries('metrics'),
      sources: await entries('sources'),
      fields: await entries('fields'),
      agencies: await entries('agencies'),
      lifeEvents: await entries('lifeEvents'),
    };
    const today = process.env['CONTENT_TODAY'] ?? new Date().toISOString().slice(0, 10);
    const errors = crossCheck(set, today).filter((p) => p.severity === 'error');
    if (errors.length > 0) {
      throw new Error(`Nội dung chưa hợp lệ / invalid content:\n\n${formatProblems(errors)}`);
    }
    return { ...set, procedures: set.procedures.filter((p) => !p.data.draft) };
  })();
  return loading;
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

/** A lookup that fails loudly: cross-check guarantees ids resolve, so a miss is a bug. */
export function byId<T>(list: Entry<T>[]): (id: string) => Entry<T> {
  const map = new Map(list.map((e) => [e.id, e]));
  return (id) => {
    const e = map.get(id);
    if (!e) throw new Error(`unknown id "${id}"`);
    return e;
  };
}

/** The collection entry of a guide, for rendering its Markdown body. */
export async function getProcedureEntry(id: string) {
  const entry = await getEntry('procedures', id);
  if (!entry) throw new Error(`unknown procedure "${id}"`);
  return entry;
}
