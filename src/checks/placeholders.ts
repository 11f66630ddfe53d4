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
  // "CH" starts the placeholder in any Unicode form; checking it first spares normalising every string.
  return s.includes('CH') && s.normalize('NFC').includes(PLACEHOLDER) ? 'text' : undefined;
}

/** The path of every placeholder left in `value`, depth first, in file order. */
export function findPlaceholders(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; kind: PlaceholderKind }[] {
  const found: { path: PropertyKey[]; kind: PlaceholderKind }[] = [];
  // One shared path stack, copied only for a hit: run over every file of a 20,000-guide site.
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      const kind = placeholderKind(v);
      if (kind) found.push({ path: [...path], kind });
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        path.push(i);
        walk(v[i]);
        path.pop();
      }
    } else if (v && typeof v === 'object') {
      for (const k in v) {
        path.push(k);
        walk((v as Record<string, unknown>)[k]);
        path.pop();
      }
    }
  };
  walk(value);
  return found;
}
