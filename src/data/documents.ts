/** Pure: which guides and life events need each paper of the registry ("which procedures need a giấy chứng sinh?"). */
import type { DocumentEntry } from '../schemas/index.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { lifeEventsByDocument } from './life-events.ts';
import { procedureHref, type ProcedureLink } from './procedures.ts';

export interface DocumentUse {
  id: string;
  data: DocumentEntry;
  usedBy: (ProcedureLink & { condition: string | undefined })[];
  /** Life events whose merged checklist holds it; href lands on the checklist item. */
  inEvents: { id: string; href: string; title: string }[];
}

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
          .map((r) => ({ id: p.id, title: p.data.shortTitle ?? p.data.title, href: procedureHref(p.id), condition: r.condition })),
      ),
      inEvents: (events.get(d.id) ?? []).map((e) => ({ ...e, href: `${e.href}#giay-to-${d.id}` })),
    }))
    .sort((a, b) => collator.compare(a.data.name, b.data.name));
}
