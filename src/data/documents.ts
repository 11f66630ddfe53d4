/** Pure: which guides and life events need each paper of the registry ("which procedures need a giấy chứng sinh?"). */
import type { DocumentEntry } from '../schemas/index.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { anchorHref, checklistItemHref, procedureHref } from '../utils/routes.ts';
import { LIST_PAGE_KIND } from '../i18n/vi.ts';
import { headMeta, type HeadMeta } from './head.ts';
import { lifeEventsByDocument } from './life-events.ts';
import type { ProcedureLink } from './links.ts';
import { searchWordsFor } from './search-words.ts';

export interface DocumentUse {
  id: string;
  data: DocumentEntry;
  /** Guides that need it, with the condition as detail; href lands on the paper in the guide's checklist. */
  usedBy: (ProcedureLink & { detail: string | undefined })[];
  /** Life events whose merged checklist holds it; href lands on the checklist item. */
  inEvents: ProcedureLink[];
  /** What the search shows as the section's title: the name and its other names. */
  searchTitle: string;
}

export interface DocumentsPage {
  docs: DocumentUse[];
  /** The table of contents: one same-page link per paper. */
  toc: { href: string; title: string }[];
  head: HeadMeta;
}

/** Papers sorted the Vietnamese way by name, each with the guides and life events that need it. */
export function documentUses(content: ContentSet): DocumentUse[] {
  const collator = new Intl.Collator('vi');
  const events = lifeEventsByDocument(content);
  return content.documents
    .map((d) => ({
      id: d.id,
      data: d.data,
      usedBy: content.procedures.flatMap((p) =>
        p.data.requirements
          .filter((r) => r.document === d.id)
          .map((r) => ({
            id: p.id,
            title: p.data.shortTitle ?? p.data.title,
            href: checklistItemHref(procedureHref(p.id), d.id),
            detail: r.condition,
          })),
      ),
      inEvents: events.get(d.id) ?? [],
      searchTitle: [d.data.name, ...d.data.aliases, ...searchWordsFor(content, { document: d.id })].join(', '),
    }))
    .sort((a, b) => collator.compare(a.data.name, b.data.name));
}

/** The documents index (/giay-to/). */
export function documentsPage(content: ContentSet): DocumentsPage {
  const docs = documentUses(content);
  return {
    docs,
    toc: docs.map((d) => ({ href: anchorHref(d.id), title: d.data.name })),
    head: headMeta(
      docs.flatMap((d) => [d.data.name, ...d.data.aliases, ...searchWordsFor(content, { document: d.id })]),
      LIST_PAGE_KIND,
    ),
  };
}
