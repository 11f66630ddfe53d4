/**
 * What `npm run new` writes where staff still have to fill something in. A draft may keep them
 * (the checker lists them as a warning); a published file may not (an error for each).
 */
export const PLACEHOLDER = 'CHƯA ĐIỀN';
/** The placeholder for an id (a reference to another file), which must stay a valid slug. */
export const PLACEHOLDER_ID = 'chua-dien';
/** The placeholder for a web address. */
export const PLACEHOLDER_URL = 'https://chua-dien.invalid/';

export type PlaceholderKind = 'text' | 'id';

/** Whether a string is (or contains) a placeholder, and which kind. */
export function placeholderKind(s: string): PlaceholderKind | undefined {
  if (s === PLACEHOLDER_ID || s.startsWith(PLACEHOLDER_URL.slice(0, -1))) return 'id';
  return s.normalize('NFC').includes(PLACEHOLDER) ? 'text' : undefined;
}

/** The path of every placeholder left in `value`, depth first, in file order. */
export function findPlaceholders(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; kind: PlaceholderKind }[] {
  if (typeof value === 'string') {
    const kind = placeholderKind(value);
    return kind ? [{ path, kind }] : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => findPlaceholders(v, [...path, i]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => findPlaceholders(v, [...path, k]));
  }
  return [];
}
