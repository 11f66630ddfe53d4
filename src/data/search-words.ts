/**
 * Pure: the everyday words (content/search-words.json) that lead to one page, for that page's
 * search alias. Only the page an entry points to gets its words, so "hộ khẩu" finds the residence
 * guide first instead of every page that mentions residence.
 */
import type { ContentSet } from '../checks/content-set.ts';

export type SearchTarget = { procedure: string } | { lifeEvent: string } | { document: string };

export function searchWordsFor(content: Pick<ContentSet, 'searchWords'>, target: SearchTarget): string[] {
  const [key, id] = Object.entries(target)[0] as [keyof SearchTarget & string, string];
  return content.searchWords.filter((e) => (e.data as Record<string, unknown>)[key] === id).flatMap((e) => e.data.words);
}
