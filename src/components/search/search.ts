/**
 * Pure helpers of the site search, run in the browser (and by the search regression tests):
 * folding the query, merging, re-ranking and choosing where a hit lands. The folded alias in each
 * page's head is built by src/data/head.ts.
 *
 * Pagefind folds tone and vowel marks itself but treats "đ" as its own letter, so "dang ky"
 * would miss "Đăng ký". Each page therefore carries a folded alias of its key words, and the
 * query is searched as typed (so exact tones rank first) and, when it holds "đ", folded too.
 */
import { foldedWords as words, foldQuery } from '../../utils/fold.ts';
import { CHECKLIST_ANCHOR } from '../../utils/routes.ts';
import { LIST_PAGE_KIND } from '../../i18n/vi.ts';

/**
 * Pagefind options shared by the browser and the search regression tests. A diacritic similarity
 * above 1 ranks exact tones (and đ) above folded matches: "hộ" before "hồ" and "hợp".
 */
export const PAGEFIND_OPTIONS = { ranking: { diacriticSimilarity: 3 }, excerptLength: 24 } as const;

/** How many results the search page shows, and how many Pagefind results are re-ranked to pick them. */
export const MAX_RESULTS = 10;
const MAX_CANDIDATES = 30;

const containsPhrase = (text: string, phrase: string) => phrase.length > 0 && ` ${text} `.includes(` ${phrase} `);
const toned = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .join(' ');

/**
 * How well a result's title and alias hold the whole query, as a phrase: 0 the title with the
 * same tones, 1 the title folded, 2 one of the alias phrases, 3 neither (Pagefind's order stands).
 */
export function phraseTier(title: string, alias: string, query: string): number {
  const q = words(query).join(' ');
  if (containsPhrase(toned(title), toned(query))) return 0;
  if (containsPhrase(words(title).join(' '), q)) return 1;
  if (alias.split(' | ').some((p) => containsPhrase(p, q))) return 2;
  return 3;
}

/**
 * Stable re-rank: results holding the whole query as a phrase first; among titles that hold it,
 * the shorter title first (the query is more of it: "hộ kinh doanh" is most of "Mở hộ kinh
 * doanh"); Pagefind's order otherwise.
 */
export function rerank<T extends { title: string; alias: string }>(results: readonly T[], query: string): T[] {
  const length = (tier: number, title: string) => (tier <= 1 ? words(title).length : 0);
  return results
    .map((r, i) => {
      const tier = phraseTier(r.title, r.alias, query);
      return { r, i, tier, len: length(tier, r.title) };
    })
    .sort((a, b) => a.tier - b.tier || a.len - b.len || a.i - b.i)
    .map((x) => x.r);
}

/**
 * Whether a result truly answers the query: its title or alias holds the whole query as a phrase,
 * or holds every word of it. Pagefind also returns pages that only share a common syllable
 * ("tam tru" finds "thường trú" and "tạm"); when no result answers, the page says so.
 */
export function answers(title: string, alias: string, query: string): boolean {
  return phraseTier(title, alias, query) < 3 || matchesAllWords(`${title} ${alias.replaceAll(' | ', ' ')}`, query);
}

/**
 * The queries to run: as typed (exact tones rank first), and folded too when it holds "đ". Pagefind
 * folds tone and vowel marks both ways, so "thường trú" also finds the folded alias "thuong tru";
 * only "đ" it keeps, so "sổ đỏ" would miss an alias "so do". One search is half the time of two
 * (at 20,000 guides a search takes Pagefind 100 to 400 ms).
 */
export function queryVariants(q: string): string[] {
  const typed = q.replace(/\s+/g, ' ').trim();
  if (typed === '') return [];
  return /[đĐ]/.test(typed) ? [typed, foldQuery(typed)] : [typed];
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

/**
 * Every word of the query is a word of the text, both folded ("giay chung" in "Giấy chứng sinh").
 * Words of three letters or more may also start a word ("giay chu"); shorter ones must be whole,
 * or "do" would match "đơn" and "doanh".
 */
export function matchesAllWords(text: string, query: string): boolean {
  const have = words(text);
  const terms = words(query);
  return terms.length > 0 && terms.every((t) => have.some((w) => w === t || (t.length >= 3 && w.startsWith(t))));
}

export interface SubResult {
  url: string;
  title: string;
  /** Word positions of the hits under this anchor. */
  locations?: number[] | undefined;
}

/**
 * Where a hit should take the citizen. A page whose title names the query opens at the top; a
 * checklist item whose name holds every word of the query is where a search for a paper lands;
 * on a list page (the documents index) the section whose title (with the paper's other names)
 * holds the query, else the one with the most hits; otherwise the page.
 */
export function landingUrl(
  page: { url: string; title: string; listPage?: boolean },
  subResults: readonly SubResult[],
  query: string,
): string {
  if (matchesAllWords(page.title, query)) return page.url;
  const item = subResults.find((s) => s.url.includes(CHECKLIST_ANCHOR) && matchesAllWords(s.title, query));
  if (item) return item.url;
  if (page.listPage) {
    const named = subResults.find((s) => s.url.includes('#') && matchesAllWords(s.title, query));
    if (named) return named.url;
    const best = [...subResults]
      .filter((s) => s.url.includes('#'))
      .sort((a, b) => (b.locations?.length ?? 0) - (a.locations?.length ?? 0))[0];
    if (best && (best.locations?.length ?? 0) > 0) return best.url;
  }
  return page.url;
}

/** The part of Pagefind's JS API the search uses. */
export interface PagefindApi {
  search: (q: string, o?: object) => Promise<{ results: { id: string; data: () => Promise<PagefindPage> }[] } | null>;
}
export interface PagefindPage {
  url: string;
  /** The page's indexed text. */
  content: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: (SubResult & { excerpt: string })[];
}

export interface SearchHit {
  page: PagefindPage;
  title: string;
  /** Where the result's link goes: the page, or an item or section on it. */
  landing: string;
  /** The checklist item or section the link lands on, when not the page itself. */
  landingSub: (SubResult & { excerpt: string }) | undefined;
}

/**
 * One search as the citizen sees it: the query as typed (and folded when it holds đ), merged, re-ranked so that
 * whole-phrase matches come first, each hit with its landing place. The search page and the
 * regression tests both call this, so the tests check what citizens get.
 */
export async function runSearch(
  pf: PagefindApi,
  query: string,
  filters: Record<string, string> = {},
): Promise<{ hits: SearchHit[]; total: number; answered: boolean }> {
  const lists = await Promise.all(queryVariants(query).map(async (v) => (await pf.search(v, { filters }))?.results ?? []));
  const merged = mergeById(lists);
  const pages = await Promise.all(merged.slice(0, MAX_CANDIDATES).map((r) => r.data()));
  const ranked = rerank(
    pages.map((page) => ({ page, title: page.meta['title'] ?? page.url, alias: page.meta['search_alias'] ?? '' })),
    query,
  ).slice(0, MAX_RESULTS);
  const answered = ranked.some(({ title, alias }) => answers(title, alias, query));
  const hits = ranked.map(({ page, title }) => {
    const landing = landingUrl({ url: page.url, title, listPage: page.meta['kind'] === LIST_PAGE_KIND }, page.sub_results, query);
    return { page, title, landing, landingSub: landing === page.url ? undefined : page.sub_results.find((s) => s.url === landing) };
  });
  return { hits, total: merged.length, answered };
}
