/**
 * Pure: one procedure's overall cut in one measure, from the first to the last known period, with
 * how exact it is (a lower bound at either end makes it "at least" or "at most").
 */
import { changeBound, displayValue, overallChange, type Change, type ChangeBound, type ResolvedPeriod } from '../metrics.ts';
import { formatPercent } from '../../utils/format.ts';
import { reportHref } from '../../utils/routes.ts';
import { cutText, MEASURE_TEXT, UNKNOWN_TEXT, unitFor } from '../../i18n/report.ts';
import type { ChartMeasure } from './ids.ts';

export interface Cut {
  change: Change | null;
  /** The share cut, 0.93 for 27 → 2; negative for a rise; null when it cannot be computed. */
  reduction: number | null;
  bound: ChangeBound;
  /** "27 → 2 ngày" or UNKNOWN_TEXT. */
  fromTo: string;
  /** "trước cải cách 27 ngày, năm 2016 còn 2 ngày làm việc", or UNKNOWN_TEXT. */
  steps: string;
  /** "giảm 93%", "giảm ít nhất 75%", or why there is no figure. */
  text: string;
  /** Set when the two ends count days of different kinds. */
  caveat: string | undefined;
}

export interface CutRow {
  metricId: string;
  name: string;
  shortName: string;
  href: string;
  days: Cut;
  trips: Cut;
}

/** Whether a cut has a percentage a reader can rely on. */
export const isKnownCut = (c: Pick<Cut, 'reduction' | 'bound'>): boolean => c.reduction !== null && c.bound !== 'unknown';

/** The reduction in percent with one decimal (92.6), as the summary chart and its CSV publish it. */
export const reductionPercent = (c: Pick<Cut, 'reduction' | 'bound'>): number | null =>
  isKnownCut(c) ? Math.round(c.reduction! * 1000) / 10 : null;

function changeText(reduction: number | null, bound: ChangeBound): string {
  if (reduction === null || bound === 'unknown') return cutText.noRate;
  const direction = reduction > 0 ? 'down' : reduction < 0 ? 'up' : 'same';
  return cutText.change(direction, formatPercent(Math.abs(reduction)), bound);
}

function caveatOf(change: Change, measure: ChartMeasure): string | undefined {
  if (measure !== 'days') return undefined;
  const fromKind = change.from.days.kind;
  const toKind = change.to.days.kind;
  return fromKind !== toKind ? cutText.caveat(change.to.label, toKind, change.from.label, fromKind) : undefined;
}

export function cutOf(periods: readonly ResolvedPeriod[], measure: ChartMeasure): Cut {
  const unit = MEASURE_TEXT[measure].unit;
  const change = overallChange(periods, measure);
  if (!change) {
    const someKnown = periods.some((p) => p[measure].value !== null);
    return {
      change: null,
      reduction: null,
      bound: 'unknown',
      fromTo: UNKNOWN_TEXT,
      steps: UNKNOWN_TEXT,
      text: cutText.notEnough(someKnown),
      caveat: undefined,
    };
  }
  const bound = changeBound(change);
  const reduction = change.fraction === null ? null : -change.fraction;
  const from = displayValue({ value: change.fromValue, atLeast: change.fromAtLeast })!;
  const to = displayValue({ value: change.toValue, atLeast: change.toAtLeast })!;
  const unitAt = (p: ResolvedPeriod) => (measure === 'days' ? unitFor(unit, p.days.kind) : unit);
  const steps = cutText.steps(change.from.label, from, unitAt(change.from), change.to.label, to, unitAt(change.to));
  return {
    change,
    reduction,
    bound,
    fromTo: cutText.fromTo(from, to, unit),
    steps,
    text: changeText(reduction, bound),
    caveat: caveatOf(change, measure),
  };
}

export const cutRow = (metricId: string, name: string, shortName: string, periods: readonly ResolvedPeriod[]): CutRow => ({
  metricId,
  name,
  shortName,
  href: reportHref(metricId),
  days: cutOf(periods, 'days'),
  trips: cutOf(periods, 'trips'),
});

/** Largest cut in days first; procedures without a days cut last, in file order. */
export const byDaysCut = (rows: readonly CutRow[]): CutRow[] =>
  [...rows].sort((a, b) => (b.days.reduction ?? -Infinity) - (a.days.reduction ?? -Infinity));
