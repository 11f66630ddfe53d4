/**
 * One shape for every checklist on the site, built from a guide's requirements or from a life
 * event's merged papers, so that Checklist.astro renders both the same way.
 */
import { PAPER_FORM_LABEL } from '../i18n/vi.ts';
import { certaintyUi, sentenceUi } from '../i18n/guide.ts';
import { markOf } from './marks.ts';
import { checklistItemHref, documentHref } from '../utils/routes.ts';
import type { MergedItem, Need } from './merged-checklist.ts';
import type { RequirementView } from './requirements.ts';

export interface ChecklistItem {
  /** Stable key: what ticks are stored under and what the item's anchor ends with. */
  key: string;
  name: string;
  /** The registry paper's id: its tick is shared by every checklist that lists the same paper. */
  documentId: string | undefined;
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
  /** "một nguồn — hãy xác nhận…" when the paper's form rests on one source. */
  mark?: string | undefined;
  /** The item as one line of plain text, for sharing (with its mark). */
  shareLine: string;
}

/** A checklist with what its share text needs: the props of Checklist.astro. */
export interface ChecklistView {
  items: ChecklistItem[];
  /** Storage scope for ticks, e.g. "thu-tuc/dang-ky-khai-sinh". */
  scope: string;
  /** Title for the shared text. */
  title: string;
  /** Absolute URL of the page, for the shared text. */
  url: string;
  /** Where to submit, for the shared text. */
  where?: string | undefined;
}

const formText = (form: RequirementView['form'], copies: number | undefined, confidence: RequirementView['confidence'] = 'two-sources') =>
  confidence === 'unverified'
    ? certaintyUi.formToConfirm
    : `${PAPER_FORM_LABEL[form]}${copies === undefined ? '' : sentenceUi.copies(copies)}`;
/** "Bản chính; một nguồn — …": a form with its mark, for the shared text and merged lines. */
const markedForm = (form: RequirementView['form'], copies: number | undefined, confidence: RequirementView['confidence']) => {
  const mark = markOf(confidence);
  return `${formText(form, copies, confidence)}${mark ? `; ${mark}` : ''}`;
};

export function guideChecklist(requirements: readonly RequirementView[]): ChecklistItem[] {
  return requirements.map((r) => {
    const detail = formText(r.form, r.copies, r.confidence);
    const mark = markOf(r.confidence);
    return {
      key: r.key,
      name: r.name,
      documentId: r.document?.id,
      documentHref: r.document ? documentHref(r.document.id) : undefined,
      details: [detail],
      condition: r.condition,
      template: r.template,
      notes: r.note ? [r.note] : [],
      neededBy: [],
      mark,
      shareLine: `${r.name} (${markedForm(r.form, r.copies, r.confidence)}${r.condition ? `; ${r.condition.toLowerCase()}` : ''})`,
    };
  });
}

const needConditions = (n: Need) => [n.condition, n.stepCondition].filter((c): c is string => c !== undefined);
const lowerFirst = (c: string) => c.charAt(0).toLowerCase() + c.slice(1);
const sentence = (parts: string[]) => parts.map((c, i) => (i === 0 ? c : lowerFirst(c))).join('; ');
/** Conditions of several procedures as one phrase: "Nếu A, hoặc nếu B". */
const either = (conditions: string[]) => conditions.map((c, i) => (i === 0 ? c : lowerFirst(c))).join(sentenceUi.orJoin);

/**
 * A life event's merged papers as checklist items. `neededBy: false` (a path of one procedure)
 * leaves out which procedures need each paper: it would only repeat that procedure's name. The
 * shared line has no brackets of its own (names and form labels have some): "Tên: bản chính; nếu A
 * – cần cho: X, bản chính; Y, bản sao".
 */
export function eventChecklist(items: readonly MergedItem[], options: { neededBy?: boolean } = {}): ChecklistItem[] {
  const showNeeds = options.neededBy ?? true;
  return items.map((m) => {
    const single = m.neededBy.length === 1 ? m.neededBy[0] : undefined;
    // One procedure: its form and condition are the item's own. Several: each says its own.
    const detailOf = (n: Need) => (single ? '' : sentence([markedForm(n.form, n.copies, n.confidence), ...needConditions(n)]));
    const mark = single ? markOf(single.confidence) : undefined;
    const conditions = [...new Set(m.neededBy.map((n) => sentence(needConditions(n))))];
    const own = [...(single ? [markedForm(single.form, single.copies, single.confidence)] : []), ...(m.always ? [] : [either(conditions)])];
    const needs = m.neededBy.map((n) => n.procedure.title + (detailOf(n) ? `, ${lowerFirst(detailOf(n))}` : ''));
    return {
      key: m.key,
      name: m.name,
      documentId: m.documentId,
      documentHref: m.documentId ? documentHref(m.documentId) : undefined,
      details: single ? [formText(single.form, single.copies, single.confidence)] : [],
      condition: m.always ? undefined : either(conditions),
      template: m.template,
      notes: [...new Set(m.neededBy.flatMap((n) => (n.note ? [n.note] : [])))],
      neededBy: showNeeds
        ? m.neededBy.map((n) => ({
            title: n.procedure.title,
            href: checklistItemHref(n.procedure.href, keyInGuide(m, n)),
            detail: detailOf(n),
          }))
        : [],
      mark,
      shareLine: [
        `${m.name}${own.length > 0 ? `: ${lowerFirst(sentence(own))}` : ''}`,
        ...(showNeeds ? [sentenceUi.neededBy(needs.join('; '))] : []),
      ].join(' – '),
    };
  });
}

/** The item's key on the guide's own checklist: registry papers keep their id there. */
function keyInGuide(m: MergedItem, n: Need): string {
  return m.documentId ?? m.key.slice(n.procedure.id.length + 1);
}
