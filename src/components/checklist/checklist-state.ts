/**
 * Ticks on a checklist, kept on the citizen's device (localStorage), one entry per checklist.
 * Pure: the browser script passes the raw stored string in and writes the returned string out.
 * Anything unexpected (nothing stored, an older format, broken JSON, unknown items) is ignored,
 * never an error: the worst case is an empty checklist.
 */

/** Bump when the stored shape changes; entries of other versions are then ignored and removed. */
export const CHECKLIST_STORE_VERSION = 2;
const PREFIX = 'motcua.checklist.';

/** The localStorage key of one checklist, e.g. "motcua.checklist.v2.thu-tuc/dang-ky-khai-sinh". */
export function storageKey(scope: string): string {
  return `${PREFIX}v${CHECKLIST_STORE_VERSION}.${scope}`;
}

/** Keys written by an older (or unknown) version of this site for the same scope: safe to delete. */
export function isStaleKey(key: string, scope: string): boolean {
  return key.startsWith(PREFIX) && key.endsWith(`.${scope}`) && key !== storageKey(scope);
}

export interface StoredChecklist {
  v: number;
  /** Keys of the ticked items. */
  ticked: string[];
  /** When the ticks were last changed (ISO date-time). */
  saved: string;
}

/** The ticked items to restore: only keys that are still on the checklist. */
export function readTicks(raw: string | null | undefined, validKeys: Iterable<string>): Set<string> {
  const valid = new Set(validKeys);
  const out = new Set<string>();
  if (typeof raw !== 'string' || raw === '') return out;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return out;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return out;
  const { v, ticked } = data as Partial<Record<keyof StoredChecklist, unknown>>;
  if (v !== CHECKLIST_STORE_VERSION || !Array.isArray(ticked)) return out;
  for (const k of ticked) if (typeof k === 'string' && valid.has(k)) out.add(k);
  return out;
}

/** The string to store; null means "remove the entry" (nothing ticked). */
export function writeTicks(ticked: Iterable<string>, now: Date = new Date()): string | null {
  const list = [...new Set(ticked)].sort();
  if (list.length === 0) return null;
  const value: StoredChecklist = { v: CHECKLIST_STORE_VERSION, ticked: list, saved: now.toISOString() };
  return JSON.stringify(value);
}
