/**
 * How sure a guide's facts are, and what they rest on. Staff write one default for the guide
 * (`certainty`) and override it per fact (`facts`, keyed by the fact's field path), so a guide
 * whose facts mostly share one source says it once.
 */
import { z } from 'astro/zod';
import { PlainText, UniqueSlugs } from './common.ts';

/** two-sources: two independent sources agree; one-source: one source; unverified: never stated. */
export const CONFIDENCE = ['two-sources', 'one-source', 'unverified'] as const;
export type Confidence = (typeof CONFIDENCE)[number];

const ConfidenceSchema = z.enum(CONFIDENCE, {
  message: `phải là một trong: ${CONFIDENCE.join(', ')} (hai nguồn, một nguồn, chưa xác minh) / must be one of these`,
});

/** A fact's confidence and basis. Every field may be left out of an override: it is then inherited. */
export const CertaintySchema = z.strictObject({
  /** two-sources | one-source | unverified. */
  confidence: ConfidenceSchema,
  /** Ids in content/sources that state the fact. */
  sources: UniqueSlugs.optional(),
  /** The legal document the fact rests on, as written: "NĐ 120/2025/NĐ-CP". */
  legal: PlainText.optional(),
  /** For staff: why this confidence (not shown to citizens). */
  note: PlainText.optional(),
});
export type Certainty = z.output<typeof CertaintySchema>;

/**
 * A per-fact override: the whole object, or only the confidence word
 * (`processingTime: one-source`), the rest inherited from the guide's default.
 */
export const FactOverrideSchema = z.preprocess((v) => (typeof v === 'string' ? { confidence: v } : v), CertaintySchema.partial());
export type FactOverride = z.output<typeof FactOverrideSchema>;

/**
 * The facts a guide states, by field path. A list field names all its items (`fees`) or one item
 * (`fees[1]`, counted from 0); a paper of the documents registry may also be named by its id
 * (`requirements.giay-chung-sinh`), which does not shift when a paper is added above it.
 */
export const FACT_FIELDS = [
  'requirements',
  'processingTime',
  'trips',
  'fees',
  'submitAt',
  'onlineLevel',
  'steps',
  'nationalCode',
  'conditions',
] as const;
export type FactField = (typeof FACT_FIELDS)[number];
/** The fields whose items are facts one by one. */
export const FACT_LIST_FIELDS = ['requirements', 'fees', 'steps', 'conditions'] as const satisfies readonly FactField[];
