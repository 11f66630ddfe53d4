/**
 * One shape for every checklist on the site, built from a guide's requirements or from a life
 * event's merged papers, so that Checklist.astro renders both the same way.
 */
import { PAPER_FORM_LABEL } from '../i18n/vi.ts';
import type { MergedItem, Need } from './life-events.ts';
import type { RequirementView } from './procedures.ts';

export interface ChecklistItem {
  /** Stable key: what ticks are stored under and what the item's anchor ends with. */
  key: string;
  name: string;
  /** The paper's entry in the documents index, for registry papers. */
  documentHref: string | undefined;
  /** "Bản chính, 2 bản"; one line per procedure in a merged checklist. */
  details: string[];
  /** When it is needed only in some cases; undefined when always needed. */
  condition: string | undefined;
  template: { name: string; url?: string | undefined } | undefined;
  notes: string[];
  /** The procedures that need it (merged checklists only). */
  neededBy: { title: string; href: string; detail: string }[];
  /** The item as one line of plain text, for sharing. */
  shareLine: string;
}

const formText = (form: RequirementView['form'], copies: number | undefined) =>
  `${PAPER_FORM_LABEL[form]}${copies === undefined ? '' : `, ${copies} bản`}`;

export function guideChecklist(requirements: readonly RequirementView[]): ChecklistItem[] {
  return requirements.map((r) => {
    const detail = formText(r.form, r.copies);
    return {
      key: r.key,
      name: r.name,
      documentHref: r.document ? `/giay-to/#${r.document.id}` : undefined,
      details: [detail],
      condition: r.condition,
      template: r.template,
      notes: r.note ? [r.note] : [],
      neededBy: [],
      shareLine: `${r.name} (${detail}${r.condition ? `; ${r.condition.toLowerCase()}` : ''})`,
    };
  });
}

const needDetail = (n: Need) =>
  [formText(n.form, n.copies), n.condition?.toLowerCase(), n.stepCondition?.toLowerCase()].filter(Boolean).join('; ');

export function eventChecklist(items: readonly MergedItem[]): ChecklistItem[] {
  return items.map((m) => {
    const conditions = [...new Set(m.neededBy.map((n) => [n.condition, n.stepCondition].filter(Boolean).join('; ')))];
    return {
      key: m.key,
      name: m.name,
      documentHref: m.documentId ? `/giay-to/#${m.documentId}` : undefined,
      details: [],
      condition: m.always ? undefined : conditions.join(' hoặc '),
      template: m.template,
      notes: [...new Set(m.neededBy.flatMap((n) => (n.note ? [n.note] : [])))],
      neededBy: m.neededBy.map((n) => ({
        title: n.procedure.title,
        href: `${n.procedure.href}#giay-to-${keyInGuide(m, n)}`,
        detail: needDetail(n),
      })),
      shareLine: `${m.name} (cần cho: ${m.neededBy.map((n) => `${n.procedure.title}, ${needDetail(n)}`).join(' | ')})`,
    };
  });
}

/** The item's key on the guide's own checklist: registry papers keep their id there. */
function keyInGuide(m: MergedItem, n: Need): string {
  return m.documentId ?? m.key.slice(n.procedure.id.length + 1);
}
