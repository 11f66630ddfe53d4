/** The papers a guide asks for, each resolved against the documents registry. */
import type { Confidence, DocumentEntry, Requirement } from '../schemas/index.ts';
import type { Entry } from '../checks/content-set.ts';
import { byId } from './by-id.ts';

export interface RequirementView {
  /** Stable key for ticks and anchors: the document id, or "rieng-<n>" for a one-off paper. */
  key: string;
  name: string;
  /** Set when the paper is in the documents registry. */
  document: (DocumentEntry & { id: string }) | undefined;
  form: Requirement['form'];
  copies: number | undefined;
  condition: string | undefined;
  template: { name: string; url?: string | undefined } | undefined;
  note: string | undefined;
  /** How sure its form and copies are; an unverified form is not shown. */
  confidence: Confidence;
}

/** `confidences`: each paper's, in order (guideMarks(guide).requirements); two-sources when not given. */
export function requirementViews(
  requirements: readonly Requirement[],
  documents: readonly Entry<DocumentEntry>[],
  confidences: readonly Confidence[] = [],
): RequirementView[] {
  const doc = byId(documents);
  let oneOff = 0;
  return requirements.map((r, i) => {
    const d = r.document === undefined ? undefined : doc(r.document);
    return {
      key: d ? d.id : `rieng-${++oneOff}`,
      name: d ? d.data.name : r.name!,
      document: d ? { ...d.data, id: d.id } : undefined,
      form: r.form,
      copies: r.copies,
      condition: r.condition,
      template: r.template ?? d?.data.template,
      note: r.note,
      confidence: confidences[i] ?? 'two-sources',
    };
  });
}
