/** When a guide is due for review ("cần rà soát"). Dates are YYYY-MM-DD strings. */

/** Months after which a guide is listed as "cần rà soát" (needs review). */
export const REVIEW_AFTER_MONTHS = 12;

export function daysBetween(fromIso: string, toIso: string): number {
  return Math.round((Date.parse(`${toIso}T00:00:00Z`) - Date.parse(`${fromIso}T00:00:00Z`)) / 86_400_000);
}

/** The calendar date `months` after `iso` (29 February + 12 months gives 1 March). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1 + months, d)).toISOString().slice(0, 10);
}

/** True when the last review is more than 12 months before `today`: the guide "cần rà soát". */
export function reviewDue(lastReviewed: string, today: string): boolean {
  return addMonths(lastReviewed, REVIEW_AFTER_MONTHS) < today;
}
