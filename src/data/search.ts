/**
 * Pure helpers for the site search, shared by the build (the folded alias in each page's head)
 * and the browser (folding the query, merging and choosing where a hit lands).
 *
 * Pagefind folds tone and vowel marks itself but treats "đ" as its own letter, so "dang ky"
 * would miss "Đăng ký". Each page therefore carries a folded alias of its key words, and the
 * query is searched as typed (so exact tones rank first) and, when it differs, folded too.
 */
import { foldVietnamese } from '../utils/fold.ts';

/** Lower-case, marks removed, đ → d, spaces collapsed. */
export function foldQuery(q: string): string {
  return foldVietnamese(q).toLowerCase().replace(/\s+/g, ' ').trim();
}

/** The distinct folded words of some texts, for `search_alias`: each word once, in first-seen order. */
export function searchAlias(texts: readonly (string | undefined)[]): string {
  const words = new Set<string>();
  for (const t of texts) {
    if (!t) continue;
    for (const w of foldQuery(t).split(/[^a-z0-9]+/)) if (w.length > 0) words.add(w);
  }
  return [...words].join(' ');
}

/** The queries to run: as typed first (exact tones rank first), then folded when that differs. */
export function queryVariants(q: string): string[] {
  const typed = q.replace(/\s+/g, ' ').trim();
  if (typed === '') return [];
  const folded = foldQuery(typed);
  return folded === typed.toLowerCase() ? [typed] : [typed, folded];
}

/** Results of several queries in order, each page once (the first, best-ranked, occurrence wins). */
export function mergeById<T extends { id: string }>(lists: readonly (readonly T[])[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const list of lists) {
    for (const r of list) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      out.push(r);
    }
  }
  return out;
}

/** The prefix that marks checklist items' anchors (see Checklist.astro). */
export const CHECKLIST_ANCHOR = '#giay-to-';

/** Every word of the query starts some word of the text, both folded ("giay chung" in "Giấy chứng sinh"). */
export function matchesAllWords(text: string, query: string): boolean {
  const words = foldQuery(text).split(/[^a-z0-9]+/);
  const terms = foldQuery(query)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0);
  return terms.length > 0 && terms.every((t) => words.some((w) => w.startsWith(t)));
}

export interface SubResult {
  url: string;
  title: string;
}

/**
 * Where a hit should take the citizen: the checklist item whose name the query names (so a
 * search for a paper lands on that line of the checklist), otherwise the page itself.
 */
export function landingUrl(pageUrl: string, subResults: readonly SubResult[], query: string): string {
  const item = subResults.find((s) => s.url.includes(CHECKLIST_ANCHOR) && matchesAllWords(s.title, query));
  return item ? item.url : pageUrl;
}
