/**
 * The marks a guide's facts carry on the page, in print and in the shared text: a fact with one
 * source says so in words, next to the fact. Pure, from a guide already shown for its day.
 */
import type { Confidence, Procedure } from '../schemas/index.ts';
import { guideFacts } from '../checks/facts.ts';
import { certaintyUi } from '../i18n/guide.ts';

/** The mark of one fact: text for a one-source fact, nothing otherwise. */
export const markOf = (confidence: Confidence | undefined): string | undefined =>
  confidence === 'one-source' ? certaintyUi.oneSource : undefined;

/** Each fact's mark, by place; list fields item by item. */
export interface GuideMarks {
  processingTime: string | undefined;
  trips: string | undefined;
  onlineLevel: string | undefined;
  nationalCode: string | undefined;
  submitAt: string | undefined;
  fees: (string | undefined)[];
  steps: (string | undefined)[];
  conditions: (string | undefined)[];
  /** The confidence of each paper's form and copies (the checklist withholds an unverified one). */
  requirements: Confidence[];
  /** Where to submit is unverified: the guide does not state it. */
  submitAtUnverified: boolean;
}

export function guideMarks(p: Procedure): GuideMarks {
  const facts = guideFacts(p);
  const one = (field: string) => {
    const f = facts.find((x) => x.path === field);
    return f?.stated ? markOf(f.confidence) : undefined;
  };
  const list = (field: string) => facts.filter((f) => f.field === field).map((f) => (f.stated ? markOf(f.confidence) : undefined));
  return {
    processingTime: one('processingTime'),
    trips: one('trips'),
    onlineLevel: one('onlineLevel'),
    nationalCode: one('nationalCode'),
    submitAt: one('submitAt'),
    fees: list('fees'),
    steps: list('steps'),
    conditions: list('conditions'),
    requirements: facts.filter((f) => f.field === 'requirements').map((f) => f.confidence),
    submitAtUnverified: facts.some((f) => f.field === 'submitAt' && f.confidence === 'unverified'),
  };
}
