/**
 * The guides' catalogue at any size: /thu-tuc/ lists the fields and the letters, each field has its
 * own paginated list, and the A–Z list pages through every guide with a heading per letter. Pure:
 * the pages hand the lists to Astro's `paginate()` and pass one page's slice back here.
 */
import type { Field } from '../schemas/index.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { catalogueUi } from '../i18n/catalogue.ts';
import { fieldHref, proceduresAzHref } from '../utils/routes.ts';
import { compareLetters, firstLetter, letterSlug } from './alphabet.ts';
import { procedureCards, type ProcedureCard } from './lists.ts';
import { perContent } from './memo.ts';
import { pager, type Pager } from './pagination.ts';

/** Guides a page: about 50, so that a page stays small and a field of 2,000 guides takes 40 pages. */
export const GUIDES_PER_PAGE = 50;

export interface FieldEntry {
  id: string;
  name: string;
  count: number;
  href: string;
}

/** A letter of an A–Z list: where its first entry is (page and anchor), and how many start with it. */
export interface LetterLink {
  letter: string;
  href: string;
  count: number;
}

export interface LetterGroup<T> {
  letter: string;
  /** The heading's id on the page: "chu-dd" for Đ. */
  anchor: string;
  items: T[];
}

export interface FieldList {
  field: Field;
  cards: ProcedureCard[];
}

export interface Catalogue {
  total: number;
  fields: FieldEntry[];
  letters: LetterLink[];
  /** Every guide, sorted by title the Vietnamese way (the A–Z list pages through it). */
  cards: ProcedureCard[];
  /** Each field's guides, in the order of content/fields.json; fields with no guide left out. */
  byField: FieldList[];
}

/** The id of a letter's heading on an A–Z page. */
export const letterAnchor = (letter: string): string => `chu-${letterSlug(letter)}`;

/**
 * The letters of a sorted list, each linking to the page (of `perPage`) where its first entry is.
 * `titleOf` gives the text the list is sorted by.
 */
export function letterLinks<T>(
  sorted: readonly T[],
  titleOf: (t: T) => string,
  perPage: number,
  hrefOf: (n: number) => string,
): LetterLink[] {
  const letters = new Map<string, LetterLink>();
  sorted.forEach((item, i) => {
    const letter = firstLetter(titleOf(item));
    const known = letters.get(letter);
    if (known) known.count++;
    else letters.set(letter, { letter, href: `${hrefOf(Math.floor(i / perPage) + 1)}#${letterAnchor(letter)}`, count: 1 });
  });
  return [...letters.values()].sort((a, b) => compareLetters(a.letter, b.letter));
}

/** One page's entries under a heading per letter, in the page's order. */
export function groupByLetter<T>(items: readonly T[], titleOf: (t: T) => string): LetterGroup<T>[] {
  const groups: LetterGroup<T>[] = [];
  for (const item of items) {
    const letter = firstLetter(titleOf(item));
    const last = groups.at(-1);
    if (last?.letter === letter) last.items.push(item);
    else groups.push({ letter, anchor: letterAnchor(letter), items: [item] });
  }
  return groups;
}

/** Made once per content set (memo.ts): three routes need it. */
export const catalogue = perContent(function catalogue(content: ContentSet): Catalogue {
  const cards = procedureCards(content);
  const fieldOf = new Map(content.procedures.map((p) => [p.id, p.data.field]));
  const byField = content.fields
    .map((f) => ({ field: f.data, cards: cards.filter((c) => fieldOf.get(c.id) === f.id) }))
    .filter((g) => g.cards.length > 0);
  return {
    total: cards.length,
    fields: byField.map((g) => ({ id: g.field.id, name: g.field.name, count: g.cards.length, href: fieldHref(g.field.id) })),
    letters: letterLinks(cards, (c) => c.title, GUIDES_PER_PAGE, proceduresAzHref),
    cards,
    byField,
  };
});

export interface FieldPage {
  title: string;
  description: string;
  field: Field;
  cards: ProcedureCard[];
  pager: Pager;
  /** "Trang 2/5 · 230 thủ tục". */
  status: string;
}

/** Page `n` of `last` of one field, given the page's slice of guides. */
export function fieldPage(field: Field, count: number, cards: ProcedureCard[], n: number, last: number): FieldPage {
  const t = catalogueUi;
  return {
    title: t.fieldTitle(field.name, n),
    description: t.fieldDescription(field.name),
    field,
    cards,
    pager: pager(n, last, (k) => fieldHref(field.id, k)),
    status: t.pageStatus(n, last, t.guides(count)),
  };
}

export interface AzPage {
  title: string;
  groups: LetterGroup<ProcedureCard>[];
  letters: LetterLink[];
  pager: Pager;
  status: string;
}

/** Page `n` of `last` of the A–Z list, given the page's slice of guides. */
export function azPage(cat: Pick<Catalogue, 'letters' | 'total'>, cards: ProcedureCard[], n: number, last: number): AzPage {
  const t = catalogueUi;
  return {
    title: t.azTitle(n),
    groups: groupByLetter(cards, (c) => c.title),
    letters: cat.letters,
    pager: pager(n, last, proceduresAzHref),
    status: t.pageStatus(n, last, t.guides(cat.total)),
  };
}
