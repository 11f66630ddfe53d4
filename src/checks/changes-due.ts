/**
 * The dated changes that take effect soon, for the build's output: the site changes on those days
 * only if it is rebuilt, so whoever runs the build sees what is coming. Pure but for `printChangesDue`, which prints what the build read.
 */
import type { ContentSet } from './content-set.ts';

/** How far ahead the build looks. */
export const DUE_WITHIN_DAYS = 14;

export interface DueChange {
  file: string;
  from: string;
  summary: string;
  legal: string | undefined;
}

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Changes of published guides taking effect after `today` and within `days`, soonest first. */
export function changesDue(content: ContentSet, today: string, days = DUE_WITHIN_DAYS): DueChange[] {
  const until = addDays(today, days);
  return content.procedures
    .filter((p) => !p.data.draft)
    .flatMap((p) =>
      p.data.changes
        .filter((c) => c.from > today && c.from <= until)
        .map((c) => ({ file: p.file, from: c.from, summary: c.summary, legal: c.legal })),
    )
    .sort((a, b) => a.from.localeCompare(b.from) || a.file.localeCompare(b.file));
}

/** The lines the build prints: one per change, or one saying there is none. */
export function changesDueReport(due: readonly DueChange[], today: string, days = DUE_WITHIN_DAYS): string[] {
  if (due.length === 0)
    return [`Không có thay đổi nào có hiệu lực trong ${days} ngày tới (tính từ ${today}) / no dated change in the next ${days} days`];
  return [
    `Thay đổi có hiệu lực trong ${days} ngày tới (tính từ ${today}); trang phải được dựng lại vào ngày đó / changes due in the next ${days} days:`,
    ...due.map((c) => `  ${c.from}  ${c.file}: ${c.summary}${c.legal ? ` (${c.legal})` : ''}`),
  ];
}

/** For scripts/build.ts: print the changes due, from the content it has read and checked. */
export function printChangesDue(content: ContentSet, today: string): void {
  for (const line of changesDueReport(changesDue(content, today), today)) console.log(line);
}
