/**
 * Dated changes and the history of a guide. A change is written before its day: from that day on
 * the site shows the new values, and the change moves to the guide's history.
 */
import { z } from 'astro/zod';
import { IsoDate, PlainText, UniqueSlugs } from './common.ts';
import { CONFIDENCE } from './certainty.ts';

export const CHANGE_STATUS = ['upcoming', 'in-force'] as const;

/**
 * The guide fields a change may set, with the guide's own names and shapes. Identity, links,
 * review date and the certainty blocks are not rules, so a change does not set them.
 */
export const CHANGEABLE_FIELDS = [
  'summary',
  'nationalCode',
  'nationalCodeNote',
  'decidingAgency',
  'submitAt',
  'coordinating',
  'applicants',
  'conditions',
  'requirements',
  'steps',
  'processingTime',
  'trips',
  'fees',
  'result',
  'onlineLevel',
  'onlineUrl',
  'legalBasis',
  'toConfirm',
] as const;
export type ChangeableField = (typeof CHANGEABLE_FIELDS)[number];

/** One rule change on a fixed day. */
export const ChangeSchema = z.strictObject({
  /** The day it takes effect, YYYY-MM-DD. */
  from: IsoDate,
  /** What changes, in a citizen's words: shown as "Từ dd/mm/yyyy: …" before the day. */
  summary: PlainText,
  /** The legal document that makes the change, e.g. "NĐ 301/2026/NĐ-CP". Required for an upcoming change. */
  legal: PlainText.optional(),
  /** How sure the change is: two-sources | one-source | unverified (never stated, only to confirm). */
  confidence: z.enum(CONFIDENCE, {
    message: `phải là một trong: ${CONFIDENCE.join(', ')} / must be one of these`,
  }),
  /** Ids in content/sources that report the change. */
  sources: UniqueSlugs.default([]),
  /** The new values, under the guide's own field names (processingTime, fees, ...). */
  set: z.record(z.string(), z.unknown()),
  /** upcoming until staff have checked the guide's text after the day; then in-force. */
  status: z.enum(CHANGE_STATUS, { message: `phải là một trong: ${CHANGE_STATUS.join(', ')} / must be one of these` }).default('upcoming'),
  /** The day staff wrote it down (the feed's date until it takes effect); defaults to lastReviewed. */
  announced: IsoDate.optional(),
});
export type Change = z.output<typeof ChangeSchema>;

export const HISTORY_KINDS = ['correction', 'rule'] as const;

/** A past entry of the guide's history: a correction of the content, or a rule change staff folded in. */
export const HistoryEntrySchema = z.strictObject({
  /** The day it happened, YYYY-MM-DD. */
  date: IsoDate,
  /** What changed, in a citizen's words. */
  summary: PlainText,
  /** correction (default): the page was wrong or unclear; rule: the rules changed. */
  kind: z.enum(HISTORY_KINDS, { message: `phải là một trong: ${HISTORY_KINDS.join(', ')} / must be one of these` }).default('correction'),
  /** The legal document, when a rule changed. */
  legal: PlainText.optional(),
});
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;
