/**
 * Pure transforms of the reform figures: resolve each value's source, label periods honestly,
 * compute cuts. Nothing here renders; nothing here turns a missing value into 0.
 */
import type { DayKind, Metric, Period } from '../schemas/index.ts';
import { periodOrder } from '../schemas/metric.ts';

export const MEASURES = ['days', 'trips', 'agencies', 'onlineLevel'] as const;
export type MeasureKey = (typeof MEASURES)[number];

/** One figure, with everything a reader needs to trust it. */
export interface ResolvedValue {
  value: number | null;
  /** The figure is a lower bound ("ít nhất 4"). */
  atLeast: boolean;
  /** Why it is missing, or how it was read. */
  note: string | undefined;
  /** Source id. */
  source: string;
}

export interface ResolvedPeriod {
  period: string;
  label: string;
  days: ResolvedValue & { kind: DayKind };
  trips: ResolvedValue;
  agencies: ResolvedValue;
  onlineLevel: ResolvedValue;
  quote: string | undefined;
  annotation: { text: string; source: string } | undefined;
  note: string | undefined;
}

/** "Trước cải cách" for the period before the cuts, which has no year; "Năm 2016" otherwise. */
export function periodLabel(period: string): string {
  return period === 'before' ? 'Trước cải cách' : `Năm ${period}`;
}

export function resolvePeriod(p: Period): ResolvedPeriod {
  const r = (key: MeasureKey): ResolvedValue => {
    const m = p[key];
    return { value: m.value, atLeast: m.atLeast, note: m.note, source: m.source ?? p.source };
  };
  return {
    period: p.period,
    label: periodLabel(p.period),
    days: { ...r('days'), kind: p.days.kind },
    trips: r('trips'),
    agencies: r('agencies'),
    onlineLevel: r('onlineLevel'),
    quote: p.quote,
    annotation: p.annotation ? { text: p.annotation.text, source: p.annotation.source ?? p.source } : undefined,
    note: p.note,
  };
}

/** Periods in reading order: before the reform first, then years. */
export function sortPeriods<T extends { period: string }>(periods: readonly T[]): T[] {
  return [...periods].sort((a, b) => periodOrder(a.period) - periodOrder(b.period));
}

export function resolveMetric(m: Metric): ResolvedPeriod[] {
  return sortPeriods(m.periods).map(resolvePeriod);
}

/** "≥ 4", "27", or null when unknown: callers render null as a visible "chưa có số liệu". */
export function displayValue(v: Pick<ResolvedValue, 'value' | 'atLeast'>): string | null {
  if (v.value === null) return null;
  return v.atLeast ? `≥ ${v.value}` : String(v.value);
}

export interface Change {
  from: ResolvedPeriod;
  to: ResolvedPeriod;
  fromValue: number;
  toValue: number;
  /** (to - from) / from, e.g. -0.926; null when from is 0. */
  fraction: number | null;
  /** The earlier figure is a lower bound, so the real cut was at least this large. */
  fromAtLeast: boolean;
}

/**
 * The change from the earliest to the latest period that both have a value for `key`.
 * Returns null when fewer than two periods are known: an unknown is never treated as 0.
 */
export function overallChange(periods: readonly ResolvedPeriod[], key: MeasureKey): Change | null {
  const known = periods.filter((p) => p[key].value !== null);
  const from = known[0];
  const to = known[known.length - 1];
  if (!from || !to || from === to) return null;
  const fromValue = from[key].value!;
  const toValue = to[key].value!;
  return {
    from,
    to,
    fromValue,
    toValue,
    fraction: fromValue === 0 ? null : (toValue - fromValue) / fromValue,
    fromAtLeast: from[key].atLeast,
  };
}

export const DAY_KIND_LABEL: Record<DayKind, string> = {
  working: 'ngày làm việc',
  calendar: 'ngày (kể cả ngày nghỉ)',
  unspecified: 'ngày (nguồn không nói rõ ngày làm việc hay ngày lịch)',
};
