/**
 * The staff review page as data: every guide (drafts included) with its last review, whether it
 * is due ("cần rà soát"), its warnings and where to edit it. Pure, so it is tested with data
 * built in the test.
 */
import type { ContentProblem } from '../schemas/friendly-errors.ts';
import { type ContentSet } from '../checks/content-set.ts';
import { reviewDue } from '../checks/review-dates.ts';
import { procedureHref } from '../utils/routes.ts';

export interface ReviewRow {
  id: string;
  title: string;
  /** Path from the project root, e.g. "content/procedures/dang-ky-khai-sinh.md". */
  file: string;
  draft: boolean;
  lastReviewed: string;
  /** Over 12 months since the last review. */
  due: boolean;
  /** The public page; undefined for a draft, which is not published. */
  href: string | undefined;
  /** Where to edit the file, when the settings give an edit address. */
  editUrl: string | undefined;
  /** Warnings about this guide and about its reform figures. */
  warnings: ContentProblem[];
}

export interface ReviewData {
  rows: ReviewRow[];
  /** Draft documents and metrics: checked, not published. */
  otherDrafts: { file: string; name: string }[];
  /** Warnings about files that are not guides (documents, metrics of no guide...). */
  otherWarnings: ContentProblem[];
  counts: { guides: number; drafts: number; due: number; warnings: number };
}

/**
 * The edit address of a content file: `base` (a folder URL ending in "/", from settings) plus
 * the file's path under content/. "content/procedures/x.md" gives `${base}procedures/x.md`.
 */
export function editUrl(base: string | undefined, file: string): string | undefined {
  if (!base) return undefined;
  const underContent = file.replace(/\\/g, '/').replace(/^(?:.*\/)?content\//, '');
  const folder = base.endsWith('/') ? base : `${base}/`;
  return folder + underContent.split('/').map(encodeURIComponent).join('/');
}

/** Rows in the order staff work through them: due first, then drafts, then the oldest review. */
export function reviewData(
  content: ContentSet,
  problems: readonly ContentProblem[],
  today: string,
  editBaseUrl: string | undefined,
): ReviewData {
  const warnings = problems.filter((p) => p.severity === 'warning');
  const metricFiles = new Map<string, string[]>();
  for (const m of content.metrics) metricFiles.set(m.data.procedure, [...(metricFiles.get(m.data.procedure) ?? []), m.file]);
  const collator = new Intl.Collator('vi');

  const rows: ReviewRow[] = content.procedures.map((p) => {
    const files = new Set([p.file, ...(metricFiles.get(p.id) ?? [])]);
    return {
      id: p.id,
      title: p.data.title,
      file: p.file,
      draft: p.data.draft,
      lastReviewed: p.data.lastReviewed,
      due: reviewDue(p.data.lastReviewed, today),
      href: p.data.draft ? undefined : procedureHref(p.id),
      editUrl: editUrl(editBaseUrl, p.file),
      warnings: warnings.filter((w) => files.has(w.file)),
    };
  });
  rows.sort(
    (a, b) =>
      Number(b.due) - Number(a.due) ||
      Number(b.draft) - Number(a.draft) ||
      a.lastReviewed.localeCompare(b.lastReviewed) ||
      collator.compare(a.title, b.title),
  );

  const covered = new Set(rows.flatMap((r) => r.warnings));
  const otherDrafts = [
    ...content.documents.filter((d) => d.data.draft).map((d) => ({ file: d.file, name: d.data.name })),
    ...content.metrics.filter((m) => m.data.draft).map((m) => ({ file: m.file, name: m.data.name })),
  ];
  return {
    rows,
    otherDrafts,
    otherWarnings: warnings.filter((w) => !covered.has(w)),
    counts: {
      guides: rows.length,
      drafts: rows.filter((r) => r.draft).length,
      due: rows.filter((r) => r.due).length,
      warnings: warnings.length,
    },
  };
}
