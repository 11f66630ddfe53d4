import { z } from 'astro/zod';
import { CellText, Count, Slug } from './common.ts';
import { DAY_KINDS } from './procedure.ts';

/**
 * "before" is the situation before the cuts: it has no year of its own and is never shown as one.
 * Other periods are the years in which the source says a figure held.
 */
export const PeriodId = z.string().regex(/^(before|\d{4})$/, {
  message: 'kỳ phải là "before" (trước cải cách) hoặc một năm như "2016" / a period is "before" or a year such as "2016"',
});

const measureShape = {
  /** The figure; null when the source does not say. Never 0 for "unknown". */
  value: Count.nullable(),
  /** true when the source gives a lower bound ("ít nhất 4 lần"). */
  atLeast: z.boolean().default(false),
  /** Why it is missing, or how it was read. Required when value is null. */
  note: CellText.optional(),
  /** A source id when this figure comes from another source than the period's. */
  source: Slug.optional(),
};

const needsNoteWhenNull = <T extends { value: number | null; note?: string | undefined }>(m: T) => m.value !== null || m.note !== undefined;
const nullNote = {
  path: ['note'],
  message: 'khi không có số liệu (null) phải ghi chú lý do, ví dụ "Bài báo không nêu." / a null value needs a note',
};

export const MeasureSchema = z.strictObject(measureShape).refine(needsNoteWhenNull, nullNote);
export const DaysMeasureSchema = z
  .strictObject({
    ...measureShape,
    /** working | calendar | unspecified: the kind of day the source states. */
    kind: z.enum(DAY_KINDS),
  })
  .refine(needsNoteWhenNull, nullNote);
/** Online service level on the old scale of NĐ 43/2011/NĐ-CP (1 to 4). */
export const OnlineLevelMeasureSchema = z
  .strictObject({ ...measureShape, value: z.number().int().min(1).max(4).nullable() })
  .refine(needsNoteWhenNull, nullNote);

export const PeriodSchema = z.strictObject({
  /** "before" or a year. */
  period: PeriodId,
  /** The source of this period's figures: an id in content/sources. */
  source: Slug,
  /** Days to process a dossier. */
  days: DaysMeasureSchema,
  /** Trips the citizen makes. */
  trips: MeasureSchema,
  /** Agencies the citizen has to visit. */
  agencies: MeasureSchema,
  /** Online service level (old scale 1 to 4). */
  onlineLevel: OnlineLevelMeasureSchema,
  /** The source's own words for these figures. */
  quote: CellText.optional(),
  /** What changed to reach this period, and why: shown on the chart and in the table. */
  annotation: z.strictObject({ text: CellText, source: Slug.optional() }).optional(),
  /** Anything else a reader should know. */
  note: CellText.optional(),
});
export type Period = z.output<typeof PeriodSchema>;

/** Sort key for periods: "before" first, then years ascending. */
export const periodOrder = (p: string): number => (p === 'before' ? -Infinity : Number(p));

/**
 * The reform figures of one procedure as the source names it.
 * File: content/metrics/<id>.json; the file name is its id.
 */
export const MetricSchema = z
  .strictObject({
    /** The procedure as the source names it. */
    name: CellText,
    /** A short label for charts. */
    shortName: CellText,
    /** Today's guide for this procedure: an id in content/procedures. */
    procedure: Slug,
    /** A draft is checked but not published (no chart, no table). */
    draft: z.boolean().default(false),
    /** Figures per period, "before" first, then years in order. */
    periods: z.array(PeriodSchema).min(1, { message: 'cần ít nhất một kỳ / at least one period' }),
  })
  .superRefine((m, ctx) => {
    m.periods.forEach((p, i) => {
      const prev = m.periods[i - 1];
      if (!prev) return;
      if (prev.period === p.period) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', i, 'period'],
          message: `kỳ "${p.period}" bị lặp / period "${p.period}" is repeated`,
        });
      } else if (periodOrder(prev.period) > periodOrder(p.period)) {
        ctx.addIssue({
          code: 'custom',
          path: ['periods', i, 'period'],
          message: `kỳ "${p.period}" phải đứng trước "${prev.period}": xếp "before" rồi các năm tăng dần / periods must be in order`,
        });
      }
    });
  });
export type Metric = z.output<typeof MetricSchema>;
export type Measure = z.output<typeof MeasureSchema>;
