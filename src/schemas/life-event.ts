import { z } from 'astro/zod';
import { IsoDate, PlainText, Slug } from './common.ts';

/** One procedure inside a life event, in the order the citizen does them. */
export const LifeEventStepSchema = z.strictObject({
  /** The guide: an id in content/procedures. */
  procedure: Slug,
  /** What this procedure does within the event, in one plain sentence. */
  why: PlainText.optional(),
  /** Needed only in a stated case, e.g. "Nếu đất chưa có giấy chứng nhận". Left out of the totals. */
  condition: PlainText.optional(),
});

/**
 * A life event ("sự kiện"): several procedures a citizen meets together, with one merged checklist.
 * File: content/life-events/<id>.json; the file name is its URL slug (/su-kien/<id>/).
 */
export const LifeEventSchema = z
  .strictObject({
    /** Its name as citizens say it, e.g. "Sinh con". */
    title: PlainText,
    /** One or two plain sentences; also the page's meta description. */
    summary: PlainText,
    /** Where it sits in the list of life events: smaller first. */
    order: z.number().int().nonnegative().default(100),
    /** The procedures, in the order they are done. Their papers are merged into one checklist. */
    procedures: z.array(LifeEventStepSchema).min(1, { message: 'cần ít nhất một thủ tục / list at least one procedure' }),
    /** Other ways to reach the same result, shown as links only (not merged, not counted). */
    alternatives: z.array(z.strictObject({ procedure: Slug, note: PlainText })).default([]),
    /** Short notes for citizens, e.g. that the tax code needs no separate procedure. */
    notes: z.array(PlainText).default([]),
    /** When staff last checked this page. */
    lastReviewed: IsoDate,
  })
  .superRefine((e, ctx) => {
    const seen = new Set<string>();
    e.procedures.forEach((p, i) => {
      if (seen.has(p.procedure)) {
        ctx.addIssue({
          code: 'custom',
          path: ['procedures', i, 'procedure'],
          message: `thủ tục "${p.procedure}" bị lặp / procedure "${p.procedure}" is listed twice`,
        });
      }
      seen.add(p.procedure);
    });
    e.alternatives.forEach((a, i) => {
      if (seen.has(a.procedure)) {
        ctx.addIssue({
          code: 'custom',
          path: ['alternatives', i, 'procedure'],
          message: `"${a.procedure}" đã có trong procedures; một thủ tục không thể vừa là bước vừa là cách khác / already a step`,
        });
      }
    });
  });
export type LifeEvent = z.output<typeof LifeEventSchema>;
