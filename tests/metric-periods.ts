/** Metric periods built in code for tests of the report transforms: a null always has its note. */
export const v = (value: number | null, extra: Record<string, unknown> = {}) => ({
  value,
  ...(value === null ? { note: 'Không nêu.' } : {}),
  ...extra,
});

/** One period with days and trips (agencies and online level unknown), from source "bao". */
export const period = (p: string, days: number | null, trips: number | null, more: Record<string, unknown> = {}) => ({
  period: p,
  source: 'bao',
  days: { ...v(days), kind: 'unspecified' },
  trips: v(trips),
  agencies: v(null),
  onlineLevel: v(null),
  ...more,
});
