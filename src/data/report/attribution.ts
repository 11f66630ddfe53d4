/**
 * Pure: where a reform figure comes from, in one phrase, so that every figure shown outside the
 * report (the home page, a guide's reform figures) carries its year and its source, and a reader
 * never takes a 2016 figure for today's rule.
 */
import type { Source } from '../../schemas/index.ts';
import type { ResolvedPeriod } from '../metrics.ts';
import { attributionText } from '../../i18n/report.ts';

/** The sources a set of periods rely on, in first-use order. */
export function periodSourceIds(periods: readonly ResolvedPeriod[]): string[] {
  const ids = periods.flatMap((p) => [p.days.source, p.trips.source]);
  return [...new Set(ids)];
}

const yearOf = (date: Source['date']): number => (typeof date === 'number' ? date : Number(date.slice(0, 4)));

/** "bài báo “…” của Kinh tế & Đô thị (Kinhtedothi), năm 2016" (joined with "và" for several). */
export function attribution(ids: readonly string[], sources: readonly { id: string; data: Source }[]): string {
  const parts = ids.flatMap((id) => {
    const s = sources.find((x) => x.id === id)?.data;
    return s ? [attributionText.one(s.kind, s.title, s.publisher, yearOf(s.date))] : [];
  });
  return parts.join(attributionText.and);
}
