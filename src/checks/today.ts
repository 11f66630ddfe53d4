/**
 * The day every date-dependent output is built for (review due dates, and later dated rules):
 * CONTENT_TODAY=YYYY-MM-DD when set, so a build for a given day is reproducible; else today (UTC).
 */
export function contentToday(env: Record<string, string | undefined> = process.env): string {
  const fixed = env['CONTENT_TODAY'];
  if (fixed !== undefined && fixed !== '') {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(fixed) || Number.isNaN(Date.parse(`${fixed}T00:00:00Z`))) {
      throw new Error(`CONTENT_TODAY="${fixed}" phải là ngày dạng YYYY-MM-DD / must be a YYYY-MM-DD date`);
    }
    return fixed;
  }
  return new Date().toISOString().slice(0, 10);
}
