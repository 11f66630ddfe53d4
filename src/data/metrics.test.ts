import { describe, expect, it } from 'vitest';
import {
  changeBound,
  dayKindNote,
  displayValue,
  overallChange,
  percentChange,
  periodLabel,
  resolveMetric,
  sortPeriods,
} from './metrics.ts';
import { MetricSchema, type Metric } from '../schemas/index.ts';

const v = (value: number | null, extra: Record<string, unknown> = {}) => ({
  value,
  ...(value === null ? { note: 'Không nêu.' } : {}),
  ...extra,
});
const metric = (periods: unknown[]): Metric => MetricSchema.parse({ name: 'Thủ tục mẫu', shortName: 'Mẫu', procedure: 'mau', periods });
const period = (p: string, days: number | null, trips: number | null, tripsExtra = {}) => ({
  period: p,
  source: 'nguon',
  days: { ...v(days), kind: 'unspecified' },
  trips: v(trips, tripsExtra),
  agencies: v(null),
  onlineLevel: v(null),
});

describe('reform figure transforms', () => {
  it('labels the period before the reform as such, never as a year', () => {
    expect(periodLabel('before')).toBe('Trước cải cách');
    expect(periodLabel('2016')).toBe('Năm 2016');
  });

  it('orders periods: before the reform first, then years', () => {
    expect(sortPeriods([{ period: '2016' }, { period: 'before' }, { period: '2015' }]).map((p) => p.period)).toEqual([
      'before',
      '2015',
      '2016',
    ]);
  });

  it('computes the overall cut from the first to the last known value', () => {
    const periods = resolveMetric(metric([period('before', 27, 6), period('2015', 7, 2), period('2016', 2, null)]));
    const days = overallChange(periods, 'days')!;
    expect([days.fromValue, days.toValue]).toEqual([27, 2]);
    expect(days.fraction).toBeCloseTo(-25 / 27);
    // 2016 has no trips figure: the cut stops at 2015 instead of pretending 2016 was 0.
    const trips = overallChange(periods, 'trips')!;
    expect([trips.from.period, trips.to.period, trips.toValue]).toEqual(['before', '2015', 2]);
  });

  it('returns no change when fewer than two values are known', () => {
    const periods = resolveMetric(metric([period('before', null, null), period('2016', 8, null)]));
    expect(overallChange(periods, 'days')).toBeNull();
    expect(overallChange(periods, 'trips')).toBeNull();
  });

  it('keeps a lower bound visible as "≥" and an unknown as null', () => {
    const [before] = resolveMetric(metric([period('before', 16, 4, { atLeast: true })]));
    expect(displayValue(before!.trips)).toBe('≥ 4');
    expect(displayValue(before!.agencies)).toBeNull();
    expect(before!.agencies.note).toBe('Không nêu.');
  });

  it('gives every value its source, the period source unless the value names another', () => {
    const m = metric([{ ...period('2016', 2, 1), trips: { value: 1, source: 'khac' } }]);
    const [p] = resolveMetric(m);
    expect(p!.days.source).toBe('nguon');
    expect(p!.trips.source).toBe('khac');
  });

  it('computes a percentage change only between two known figures, never from 0', () => {
    expect(percentChange(27, 2)).toBeCloseTo(-0.9259, 4);
    expect(percentChange(2, 4)).toBe(1);
    expect(percentChange(null, 2)).toBeNull();
    expect(percentChange(6, null)).toBeNull();
    expect(percentChange(0, 2)).toBeNull();
  });

  it('says how exact a cut is when a figure is a lower bound', () => {
    expect(changeBound({ fraction: -0.75, fromAtLeast: true, toAtLeast: false })).toBe('at-least');
    expect(changeBound({ fraction: -0.75, fromAtLeast: false, toAtLeast: true })).toBe('at-most');
    expect(changeBound({ fraction: -0.75, fromAtLeast: true, toAtLeast: true })).toBe('unknown');
    expect(changeBound({ fraction: -0.5, fromAtLeast: false, toAtLeast: false })).toBe('exact');
    expect(changeBound({ fraction: null, fromAtLeast: false, toAtLeast: false })).toBe('unknown');
  });

  it('names the kind of day once when all agree, period by period when they differ, ignoring unknowns', () => {
    const periods = resolveMetric(metric([period('before', 27, 6), period('2016', 2, null), period('2017', null, null)]));
    expect(dayKindNote(periods)).toBe('Loại ngày: nguồn không nói rõ là ngày làm việc hay ngày theo lịch.');
    periods[1]!.days.kind = 'working';
    expect(dayKindNote(periods)).toBe(
      'Loại ngày: Trước cải cách: nguồn không nói rõ là ngày làm việc hay ngày theo lịch; Năm 2016: ngày làm việc.',
    );
    expect(dayKindNote(resolveMetric(metric([period('before', null, null)])))).toBeUndefined();
  });
});
