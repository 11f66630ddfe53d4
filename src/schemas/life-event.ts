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
 * One of several ways through a life event, e.g. "Nộp trực tuyến một lần (liên thông)" or "Làm
 * riêng từng việc". The page asks once and then shows only that path's papers, steps and totals.
 */
export const LifeEventPathSchema = z.strictObject({
  /** Its address: the first path is the event's own page, the others /su-kien/<event>/<id>/. */
  id: Slug,
  /** The choice as citizens read it, e.g. "Làm riêng từng việc". */
  title: PlainText,
  /** One plain sentence: when to choose this path. */
  summary: PlainText,
  /** The steps (ids from `procedures`) done only on this path; a step named by no path is on every path. */
  procedures: z.array(Slug).min(1, { message: 'cần ít nhất một thủ tục / list at least one procedure' }),
});
export type LifeEventPath = z.output<typeof LifeEventPathSchema>;

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
    /** Ways through the event that exclude each other (none, or at least two); the first is the default. */
    paths: z.array(LifeEventPathSchema).default([]),
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
    checkPaths(e, seen, ctx);
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

/** Paths: at least two, distinct ids, each naming steps of this event. */
function checkPaths(e: { paths: LifeEventPath[] }, steps: Set<string>, ctx: z.RefinementCtx): void {
  if (e.paths.length === 1) {
    ctx.addIssue({
      code: 'custom',
      path: ['paths'],
      message: 'một cách làm duy nhất không phải là lựa chọn: thêm cách thứ hai hoặc bỏ "paths" / a single path is no choice',
    });
  }
  const ids = new Set<string>();
  e.paths.forEach((path, i) => {
    if (ids.has(path.id)) {
      ctx.addIssue({ code: 'custom', path: ['paths', i, 'id'], message: `cách làm "${path.id}" bị lặp / path id is listed twice` });
    }
    ids.add(path.id);
    path.procedures.forEach((id, j) => {
      if (!steps.has(id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['paths', i, 'procedures', j],
          message: `"${id}" không có trong procedures của sự kiện này / not a step of this event: add it to "procedures" first`,
        });
      }
    });
  });
}
