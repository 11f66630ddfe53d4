/**
 * Totals of days and trips for a life event, now (from the guides) against before the reform
 * (from the metrics). An unknown is never added as 0: a total over unknowns is partial and says so.
 */
import type { DayKind, LifeEvent } from '../schemas/index.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { byId } from './by-id.ts';
import { procedureLink, type ProcedureLink } from './links.ts';
import { guideMarks } from './marks.ts';

/** A figure that may be unknown, or a lower bound. */
export interface Figure {
  value: number | null;
  atLeast: boolean;
  /** The guide's mark on the figure ("một nguồn — …"); a sum carries it when any figure does. */
  mark?: string | undefined;
}

export interface Total {
  /** Sum of the known figures; null when none is known. */
  value: number | null;
  /** Some figure is a lower bound, or some figure is unknown: the real total is at least `value`. */
  atLeast: boolean;
  /** How many figures were unknown and left out of the sum. */
  unknown: number;
  /** How many figures there were. */
  of: number;
  /** Some figure added in has a one-source mark: so has the total. */
  mark: string | undefined;
}

/** Add figures honestly: unknowns are counted as unknown, never as 0. */
export function sumFigures(figures: readonly Figure[]): Total {
  const known = figures.filter((f) => f.value !== null);
  const unknown = figures.length - known.length;
  return {
    value: known.length === 0 ? null : known.reduce((a, f) => a + f.value!, 0),
    atLeast: unknown > 0 || known.some((f) => f.atLeast),
    unknown,
    of: figures.length,
    mark: known.find((f) => f.mark !== undefined)?.mark,
  };
}

export interface TotalsRow {
  procedure: ProcedureLink;
  condition: string | undefined;
  now: { days: Figure & { kind: DayKind }; trips: Figure };
  /** The metric's "before" period; undefined when no metric covers this procedure. */
  before: { days: Figure & { kind: DayKind }; trips: Figure; metricId: string } | undefined;
}

export interface Totals {
  rows: TotalsRow[];
  /** Sums over the procedures done in every case (conditional ones are listed, not added). */
  now: { days: Total; trips: Total };
  before: { days: Total; trips: Total };
  /** Every "now" day figure counts working days; otherwise the sum mixes kinds of day. */
  nowAllWorkingDays: boolean;
}

/** Totals of the given steps (a life event, or one of its paths). */
export function lifeEventTotals(content: ContentSet, event: Pick<LifeEvent, 'procedures'>): Totals {
  const procedure = byId(content.procedures);
  const rows: TotalsRow[] = event.procedures.map((step) => {
    const p = procedure(step.procedure);
    const metric = content.metrics.find((m) => m.data.procedure === step.procedure);
    const before = metric?.data.periods.find((x) => x.period === 'before');
    const marks = guideMarks(p.data);
    return {
      procedure: procedureLink(p),
      condition: step.condition,
      now: {
        days: { value: p.data.processingTime.days, atLeast: false, kind: p.data.processingTime.dayKind, mark: marks.processingTime },
        trips: { value: p.data.trips.count, atLeast: false, mark: marks.trips },
      },
      before:
        metric && before
          ? {
              days: { value: before.days.value, atLeast: before.days.atLeast, kind: before.days.kind },
              trips: { value: before.trips.value, atLeast: before.trips.atLeast },
              metricId: metric.id,
            }
          : undefined,
    };
  });
  const counted = rows.filter((r) => r.condition === undefined);
  const unknownFigure: Figure = { value: null, atLeast: false };
  return {
    rows,
    now: { days: sumFigures(counted.map((r) => r.now.days)), trips: sumFigures(counted.map((r) => r.now.trips)) },
    before: {
      days: sumFigures(counted.map((r) => r.before?.days ?? unknownFigure)),
      trips: sumFigures(counted.map((r) => r.before?.trips ?? unknownFigure)),
    },
    nowAllWorkingDays: counted.every((r) => r.now.days.value === null || r.now.days.kind === 'working'),
  };
}
