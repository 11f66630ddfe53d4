/**
 * Ticks on checklists, kept on the citizen's device (localStorage). Pure: the browser script
 * passes raw stored strings in and writes the returned strings out.
 *
 * A registry paper (a document id such as "can-cuoc") is ticked once for the person: one entry,
 * PAPERS_KEY, holds every ticked registry paper, so a paper ticked on "Sinh con" is ticked on the
 * liên thông guide too. A one-off paper of one guide stays in that page's own entry.
 * Anything unexpected (nothing stored, an unknown format, broken JSON, unknown items) is ignored,
 * never an error: the worst case is an empty checklist. Entries of version 2 (every tick per page)
 * are migrated once, then removed.
 */

/** Bump when a page entry's shape changes; entries of other versions are then ignored and removed. */
export const CHECKLIST_STORE_VERSION = 3;
/** The version of the page entries that held every tick, registry papers included. */
const MIGRATED_VERSION = 2;
const PREFIX = 'motcua.checklist.';
/** The one entry of the registry papers the person has ticked, on any page. */
export const PAPERS_KEY = 'motcua.papers.v1';
const PAPERS_VERSION = 1;
/** The query parameter of a shared link that carries the ticks: ?da-co=can-cuoc,giay-chung-sinh */
export const SHARE_PARAM = 'da-co';

/** The localStorage key of one page's one-off papers, e.g. "motcua.checklist.v3.thu-tuc/dang-ky-khai-sinh". */
export function storageKey(scope: string, version: number = CHECKLIST_STORE_VERSION): string {
  return `${PREFIX}v${version}.${scope}`;
}

/** The key of the version-2 entry of the same page, whose ticks are migrated. */
export const migratedKey = (scope: string): string => storageKey(scope, MIGRATED_VERSION);

/** Keys written by an older (or unknown) version of this site for the same scope: safe to delete once read. */
export function isStaleKey(key: string, scope: string): boolean {
  return key.startsWith(PREFIX) && key.endsWith(`.${scope}`) && key !== storageKey(scope);
}

export interface StoredChecklist {
  v: number;
  /** Keys of the ticked items (document ids in PAPERS_KEY). */
  ticked: string[];
  /** When the ticks were last changed (ISO date-time). */
  saved: string;
}

/** The ticked keys of a stored entry of `version`; [] for anything else. */
function parse(raw: string | null | undefined, version: number): string[] {
  if (typeof raw !== 'string' || raw === '') return [];
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return [];
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return [];
  const { v, ticked } = data as Partial<Record<keyof StoredChecklist, unknown>>;
  if (v !== version || !Array.isArray(ticked)) return [];
  return ticked.filter((k): k is string => typeof k === 'string');
}

const only = (keys: Iterable<string>, valid: Iterable<string>) => {
  const ok = new Set(valid);
  return new Set([...keys].filter((k) => ok.has(k)));
};

/** A page's ticked one-off papers to restore: only keys that are still on its checklist. */
export function readTicks(raw: string | null | undefined, validKeys: Iterable<string>): Set<string> {
  return only(parse(raw, CHECKLIST_STORE_VERSION), validKeys);
}

/** Every registry paper the person has ticked (ids are not checked: other pages list other papers). */
export function readPapers(raw: string | null | undefined): Set<string> {
  return new Set(parse(raw, PAPERS_VERSION));
}

function write(version: number, ticked: Iterable<string>, now: Date): string | null {
  const list = [...new Set(ticked)].sort();
  if (list.length === 0) return null;
  const value: StoredChecklist = { v: version, ticked: list, saved: now.toISOString() };
  return JSON.stringify(value);
}

/** A page entry to store; null means "remove the entry" (nothing ticked). */
export const writeTicks = (ticked: Iterable<string>, now: Date = new Date()): string | null => write(CHECKLIST_STORE_VERSION, ticked, now);

/** The registry papers entry to store; null means "remove the entry". */
export const writePapers = (ticked: Iterable<string>, now: Date = new Date()): string | null => write(PAPERS_VERSION, ticked, now);

/**
 * The registry papers after this page's boxes changed: the page's papers as they are now, every
 * other paper as stored (another page, or another tab, may have ticked it).
 */
export function updatePapers(stored: ReadonlySet<string>, onPage: readonly { doc: string; checked: boolean }[]): Set<string> {
  const out = new Set(stored);
  for (const { doc, checked } of onPage) {
    if (checked) out.add(doc);
    else out.delete(doc);
  }
  return out;
}

/** A version-2 page entry split into registry papers (by their ids on this page) and one-off papers. */
export function migrate(raw: string | null | undefined, docOfKey: ReadonlyMap<string, string>): { papers: string[]; page: string[] } {
  const keys = parse(raw, MIGRATED_VERSION);
  return {
    papers: keys.flatMap((k) => (docOfKey.has(k) ? [docOfKey.get(k)!] : [])),
    page: keys.filter((k) => !docOfKey.has(k)),
  };
}

/** The ticks a shared link carries, only keys on this checklist; null when the link carries none. */
export function ticksFromSearch(search: string, validKeys: Iterable<string>): Set<string> | null {
  const value = new URLSearchParams(search).get(SHARE_PARAM);
  if (value === null) return null;
  return only(
    value.split(',').map((k) => k.trim()),
    validKeys,
  );
}

/** The page's address carrying the ticks, for a family member; the plain address when nothing is ticked. */
export function shareUrl(url: string, ticked: Iterable<string>): string {
  // Pages take no other parameters; keys are ASCII slugs, so "a,b" needs no percent-encoding.
  const list = [...new Set(ticked)].sort();
  const [page = '', hash] = url.split('#');
  return `${page.split('?')[0]}${list.length > 0 ? `?${SHARE_PARAM}=${list.join(',')}` : ''}${hash === undefined ? '' : `#${hash}`}`;
}

/** The address bar after the shared ticks are applied: the same page without the parameter. */
export const withoutShareParam = (url: string): string => shareUrl(url, []);
