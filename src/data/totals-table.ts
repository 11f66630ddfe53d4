/**
 * A life event's totals as the table shows them: one row per procedure (those done in every case
 * first), each cell a figure's text or null for unknown, and a footer of sums that says when it
 * is partial. Pure.
 */
import { totalsUi } from '../i18n/guide.ts';
import type { Figure, Total, Totals } from './life-event-totals.ts';
import type { ProcedureLink } from './links.ts';

/** The columns, in order; the key is the cells' data-measure. */
export const TOTALS_COLUMNS = [
  { key: 'now-days', label: totalsUi.nowDays },
  { key: 'now-trips', label: totalsUi.nowTrips },
  { key: 'before-days', label: totalsUi.beforeDays },
  { key: 'before-trips', label: totalsUi.beforeTrips },
] as const;

export interface TotalsTable {
  columns: typeof TOTALS_COLUMNS;
  rows: { procedure: ProcedureLink; condition: string | undefined; cells: (string | null)[]; marks: (string | undefined)[] }[];
  /** Some procedure is done only in some cases and is left out of the sums. */
  someConditional: boolean;
  /** One sum per column; `someUnknown` when a figure was left out, `partial` says so when the sum is shown. */
  footer: { key: string; text: string | null; someUnknown: boolean; partial: string | undefined; mark: string | undefined }[];
  /** Every counted "now" figure is in working days. */
  nowAllWorkingDays: boolean;
}

/** "≥ 27" for a lower bound, "27" otherwise; null when unknown. */
const figureText = (f: Figure | Total | undefined): string | null => (!f || f.value === null ? null : `${f.atLeast ? '≥ ' : ''}${f.value}`);

export function totalsTable(totals: Totals): TotalsTable {
  const counted = totals.rows.filter((r) => r.condition === undefined);
  const conditional = totals.rows.filter((r) => r.condition !== undefined);
  const sums = [totals.now.days, totals.now.trips, totals.before.days, totals.before.trips];
  return {
    columns: TOTALS_COLUMNS,
    rows: [...counted, ...conditional].map((r) => ({
      procedure: r.procedure,
      condition: r.condition,
      cells: [figureText(r.now.days), figureText(r.now.trips), figureText(r.before?.days), figureText(r.before?.trips)],
      marks: [r.now.days.mark, r.now.trips.mark, undefined, undefined],
    })),
    someConditional: conditional.length > 0,
    footer: TOTALS_COLUMNS.map((c, i) => {
      const t = sums[i]!;
      return {
        key: c.key,
        text: figureText(t),
        someUnknown: t.unknown > 0,
        partial: t.unknown > 0 && t.value !== null ? totalsUi.partial(t.unknown, t.of) : undefined,
        mark: t.value === null ? undefined : t.mark,
      };
    }),
    nowAllWorkingDays: totals.nowAllWorkingDays,
  };
}
