/** Pure: which guides need each paper of the registry ("which procedures need a giấy chứng sinh?"). */
import type { DocumentEntry } from '../schemas/index.ts';
import type { ContentSet } from './cross-check.ts';
import { procedureHref, type ProcedureLink } from './procedures.ts';

export interface DocumentUse {
  id: string;
  data: DocumentEntry;
  usedBy: (ProcedureLink & { condition: string | undefined })[];
}

export function documentUses(content: ContentSet): DocumentUse[] {
  const collator = new Intl.Collator('vi');
  return content.documents
    .map((d) => ({
      id: d.id,
      data: d.data,
      usedBy: content.procedures.flatMap((p) =>
        p.data.requirements
          .filter((r) => r.document === d.id)
          .map((r) => ({ id: p.id, title: p.data.shortTitle ?? p.data.title, href: procedureHref(p.id), condition: r.condition })),
      ),
    }))
    .sort((a, b) => collator.compare(a.data.name, b.data.name));
}
