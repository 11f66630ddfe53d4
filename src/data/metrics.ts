/**
 * Pure transforms of the reform figures: resolve each value's source, label periods honestly,
 * compute cuts. Nothing here renders; nothing here turns a missing value into 0.
 */
import type { DayKind, Metric, Period } from '../schemas/index.ts';
import { periodOrder } from '../schemas/metric.ts';
import { DAY_KIND_NOTE } from '../i18n/vi.ts';
import { sentenceUi } from '../i18n/guide.ts';

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
  return period === 'before' ? sentenceUi.periodBefore : sentenceUi.periodYear(period);
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
  /** The later figure is a lower bound, so the real cut was at most this large. */
  toAtLeast: boolean;
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
    fraction: percentChange(fromValue, toValue),
    fromAtLeast: from[key].atLeast,
    toAtLeast: to[key].atLeast,
  };
}

/**
 * (to - from) / from: 27 → 2 gives -0.926. Null when either figure is unknown or `from` is 0,
 * because a change from nothing has no percentage.
 */
export function percentChange(from: number | null, to: number | null): number | null {
  if (from === null || to === null || from === 0) return null;
  return (to - from) / from;
}

/**
 * How exact a change is when lower bounds are involved. From "≥ 4" down to 1 the real cut is at
 * least 75%; from 4 down to "≥ 1" it is at most 75%; with both ends lower bounds nothing can be said.
 */
export type ChangeBound = 'exact' | 'at-least' | 'at-most' | 'unknown';
export function changeBound(c: Pick<Change, 'fromAtLeast' | 'toAtLeast' | 'fraction'>): ChangeBound {
  if (c.fraction === null || (c.fromAtLeast && c.toAtLeast)) return 'unknown';
  // For a cut (fraction < 0) a larger start makes the cut larger; for a rise it makes it smaller.
  const cut = c.fraction <= 0;
  if (c.fromAtLeast) return cut ? 'at-least' : 'at-most';
  if (c.toAtLeast) return cut ? 'at-most' : 'at-least';
  return 'exact';
}

/**
 * The kind of day behind a set of day counts, in words. One sentence when every known value has
 * the same kind; otherwise period by period, so a reader never compares working days with
 * calendar days unawares.
 */
export function dayKindNote(periods: readonly Pick<ResolvedPeriod, 'label' | 'days'>[]): string | undefined {
  const known = periods.filter((p) => p.days.value !== null);
  if (known.length === 0) return undefined;
  const byKind = new Map<DayKind, string[]>();
  for (const p of known) byKind.set(p.days.kind, [...(byKind.get(p.days.kind) ?? []), p.label]);
  if (byKind.size === 1) return sentenceUi.dayKindLine(DAY_KIND_NOTE[known[0]!.days.kind]);
  const parts = [...byKind].map(([kind, labels]) => `${labels.join(', ')}: ${DAY_KIND_NOTE[kind]}`);
  return sentenceUi.dayKindLine(parts.join('; '));
}

/** "27 ngày", "2 ngày làm việc", "≥ 4 lần"; null when unknown. */
export function valueWithUnit(v: Pick<ResolvedValue, 'value' | 'atLeast'>, unit: string): string | null {
  const shown = displayValue(v);
  return shown === null ? null : `${shown} ${unit}`;
}
