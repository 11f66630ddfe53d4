/**
 * One merged checklist for several procedures (a life event): a paper needed by several
 * procedures appears once, with every procedure that needs it. Pure.
 */
import type { ProcedureLink } from './links.ts';
import type { RequirementView } from './requirements.ts';

/** One procedure's need for a paper. */
export interface Need {
  procedure: ProcedureLink;
  form: RequirementView['form'];
  copies: number | undefined;
  condition: string | undefined;
  note: string | undefined;
  /** How sure that procedure's guide is of the paper's form and copies: the merged line keeps its mark. */
  confidence: RequirementView['confidence'];
  /** The procedure itself is only done in some cases (the life event's condition). */
  stepCondition: string | undefined;
}

export interface MergedItem {
  /** Stable key for ticks and anchors: the document id, or "<procedure>-rieng-<n>" for a one-off paper. */
  key: string;
  name: string;
  documentId: string | undefined;
  /** Other names of a registry paper ("sổ đỏ"), for search. */
  aliases: string[];
  template: RequirementView['template'];
  neededBy: Need[];
  /** Needed in every case: some procedure done in every case needs it with no condition. */
  always: boolean;
}

export interface ChecklistSource {
  procedure: ProcedureLink;
  requirements: RequirementView[];
  /** The life event's condition on the procedure, if any. */
  condition?: string | undefined;
}

/**
 * Merge the checklists of several procedures. Papers needed in every case come first, then the
 * rest, each group in the order papers first appear.
 */
export function mergeChecklists(sources: readonly ChecklistSource[]): MergedItem[] {
  const items = new Map<string, MergedItem>();
  for (const s of sources) {
    for (const r of s.requirements) {
      // One-off papers belong to their procedure: two "Giấy tờ khác" lines are not the same paper.
      const key = r.document ? r.document.id : `${s.procedure.id}-${r.key}`;
      let item = items.get(key);
      if (!item) {
        item = {
          key,
          name: r.name,
          documentId: r.document?.id,
          aliases: r.document?.aliases ?? [],
          template: r.template,
          neededBy: [],
          always: false,
        };
        items.set(key, item);
      }
      item.neededBy.push({
        procedure: s.procedure,
        form: r.form,
        copies: r.copies,
        condition: r.condition,
        note: r.note,
        confidence: r.confidence,
        stepCondition: s.condition,
      });
      if (r.condition === undefined && s.condition === undefined) item.always = true;
    }
  }
  const all = [...items.values()];
  return [...all.filter((i) => i.always), ...all.filter((i) => !i.always)];
}
