/**
 * The head tags a page gives the site search and search engines (rendered by SearchMeta.astro):
 * a folded alias of its key words, the kind of page shown in results, and JSON-LD.
 *
 * Pagefind folds tone and vowel marks itself but treats "đ" as its own letter, so "dang ky"
 * would miss "Đăng ký". Each page therefore carries a folded alias of its key words.
 */
import { foldedWords } from '../utils/fold.ts';
import { jsonLd, type Json } from './structured-data.ts';

export interface HeadMeta {
  /** search_alias: the page's key phrases, folded, separated by " | ". */
  alias: string;
  /** "Hướng dẫn thủ tục", "Sự kiện", "Giấy tờ". */
  kind: string;
  /** JSON-LD, serialised safely for a <script> data block. */
  jsonLd?: string | undefined;
}

/**
 * The `search_alias` of a page: its key phrases (title, summary, papers and their other names),
 * folded, each once, separated by " | ". Pagefind indexes its words, so "dang ky" finds the page;
 * the phrases let the results be re-ranked when the whole query is one of them ("so do").
 */
export function searchAlias(texts: readonly (string | undefined)[]): string {
  const phrases = new Set<string>();
  for (const t of texts) {
    const f = t && foldedWords(t).join(' ');
    if (f) phrases.add(f);
  }
  return [...phrases].join(' | ');
}

export function headMeta(aliasOf: readonly (string | undefined)[], kind: string, structured?: Json): HeadMeta {
  return { alias: searchAlias(aliasOf), kind, jsonLd: structured === undefined ? undefined : jsonLd(structured) };
}
