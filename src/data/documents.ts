/**
 * Pure: the registry's papers at any size. /giay-to/ is an A–Z index of names (paginated), and
 * each paper has its own page (/giay-to/<id>/): what it is, and which guides (in what form, how
 * many copies, when) and life events need it, the guides paginated for the commonest papers.
 */
import type { DocumentEntry, PaperForm } from '../schemas/index.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { PAGE_KIND, PAPER_FORM_LABEL } from '../i18n/vi.ts';
import { headMeta, type HeadMeta } from './head.ts';
import { catalogueUi } from '../i18n/catalogue.ts';
import { checklistItemHref, documentHref, documentsIndexHref, procedureHref } from '../utils/routes.ts';
import { collator } from './alphabet.ts';
import { groupByLetter, letterLinks, type LetterGroup, type LetterLink } from './catalogue.ts';
import { lifeEventsByDocument } from './life-events.ts';
import type { ProcedureLink } from './links.ts';
import { perContent } from './memo.ts';
import { pager, type Pager } from './pagination.ts';

/** Papers a page of the index: one short line each. */
export const PAPERS_PER_PAGE = 100;
/** Guides a page of one paper's page: a common paper (the căn cước) is needed by nearly every guide. */
export const USES_PER_PAGE = 50;

export interface DocumentUseLine extends ProcedureLink {
  /** "Bản chính, 2 bản". */
  form: string;
  /** When it is needed; undefined when always. */
  condition: string | undefined;
}
import { searchWordsFor } from './search-words.ts';

export interface DocumentUse {
  id: string;
  data: DocumentEntry;
  href: string;
  /** Guides that need it; href lands on the paper in the guide's checklist. */
  usedBy: DocumentUseLine[];
  /** Life events whose merged checklist holds it; href lands on the checklist item. */
  inEvents: ProcedureLink[];
  /** Everyday words for it (content/search-words.json). */
  words: string[];
}

const formLabel = (form: PaperForm, copies: number | undefined): string =>
  copies === undefined ? PAPER_FORM_LABEL[form] : `${PAPER_FORM_LABEL[form]}, ${catalogueUi.documents.copies(copies)}`;

/** Papers sorted the Vietnamese way by name, each with the guides and life events that need it (one pass over the guides). */
export const documentUses = perContent(function documentUses(content: ContentSet): DocumentUse[] {
  const c = collator();
  const events = lifeEventsByDocument(content);
  const uses = new Map<string, DocumentUseLine[]>();
  const sortedGuides = [...content.procedures].sort((a, b) =>
    c.compare(a.data.shortTitle ?? a.data.title, b.data.shortTitle ?? b.data.title),
  );
  for (const p of sortedGuides) {
    for (const r of p.data.requirements) {
      if (r.document === undefined) continue;
      const list = uses.get(r.document) ?? [];
      list.push({
        id: p.id,
        title: p.data.shortTitle ?? p.data.title,
        href: checklistItemHref(procedureHref(p.id), r.document),
        form: formLabel(r.form, r.copies),
        condition: r.condition,
      });
      uses.set(r.document, list);
    }
  }
  return content.documents
    .map((d) => ({
      id: d.id,
      data: d.data,
      href: documentHref(d.id),
      usedBy: uses.get(d.id) ?? [],
      inEvents: events.get(d.id) ?? [],
      words: searchWordsFor(content, { document: d.id }),
    }))
    .sort((a, b) => c.compare(a.data.name, b.data.name));
});

export interface DocumentIndexLine {
  href: string;
  title: string;
  /** Its other names and how many guides and life events need it. */
  meta: string;
}

export interface DocumentsIndex {
  lines: DocumentIndexLine[];
  letters: LetterLink[];
  total: number;
}

/** The lines of the index (/giay-to/), sorted, and the letters that link into it. */
export function documentsIndex(docs: readonly DocumentUse[]): DocumentsIndex {
  const t = catalogueUi.documents;
  const lines = docs.map((d) => ({
    href: d.href,
    title: d.data.name,
    meta: [d.data.aliases.join(', '), t.uses(d.usedBy.length, d.inEvents.length)].filter(Boolean).join(' · '),
  }));
  return { lines, letters: letterLinks(lines, (l) => l.title, PAPERS_PER_PAGE, documentsIndexHref), total: lines.length };
}

export interface DocumentsIndexPage {
  title: string;
  groups: LetterGroup<DocumentIndexLine>[];
  letters: LetterLink[];
  pager: Pager;
  status: string;
}

/** Page `n` of `last` of the index, given the page's slice of lines. */
export function documentsIndexPage(
  index: Omit<DocumentsIndex, 'lines'>,
  lines: DocumentIndexLine[],
  n: number,
  last: number,
): DocumentsIndexPage {
  const t = catalogueUi;
  return {
    title: t.documents.indexTitle(n),
    groups: groupByLetter(lines, (l) => l.title),
    letters: index.letters,
    pager: pager(n, last, documentsIndexHref),
    status: t.pageStatus(n, last, t.documents.papers(index.total)),
  };
}

export interface DocumentPage {
  title: string;
  doc: Omit<DocumentUse, 'usedBy'>;
  /** This page's slice of the guides that need it. */
  usedBy: DocumentUseLine[];
  usedByCount: number;
  pager: Pager;
  /** Search alias: the paper's names and the everyday words (content/search-words.json) for it. */
  head: HeadMeta;
  /** Life events are listed on the first page only. */
  showEvents: boolean;
}

/** Page `n` of `last` of one paper's page, given the page's slice of guides. */
export function documentPage(doc: DocumentUse, usedBy: DocumentUseLine[], n: number, last: number): DocumentPage {
  const { usedBy: all, ...rest } = doc;
  return {
    title: catalogueUi.documents.pageTitle(doc.data.name, n),
    doc: rest,
    usedBy,
    usedByCount: all.length,
    pager: pager(n, last, (k) => documentHref(doc.id, k)),
    head: headMeta([doc.data.name, ...doc.data.aliases, ...doc.words], PAGE_KIND.documents),
    showEvents: n === 1,
  };
}
