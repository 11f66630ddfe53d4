/**
 * The staff pages as data: every guide, life event and registry paper (drafts included) with its
 * last review, its review status, its points to confirm (to-confirm.ts), its warnings and where to
 * edit it; split by status, by field and by kind so a clerk can work through them page by page.
 * Pure, so it is tested with data built in the test.
 */
import type { Field } from '../schemas/index.ts';
import type { ContentProblem } from '../schemas/friendly-errors.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { reviewDue } from '../checks/review-dates.ts';
import { staffPagesUi } from '../i18n/staff.ts';
import { catalogueUi } from '../i18n/catalogue.ts';
import { documentHref, lifeEventHref, pagedHref, procedureHref, staffFieldHref, staffKindHref, staffStatusHref } from '../utils/routes.ts';
import { collator } from './alphabet.ts';
import { perContent } from './memo.ts';
import { pager, type Pager } from './pagination.ts';
import { pointsToConfirm, type ConfirmPoint, type ConfirmSource } from './to-confirm.ts';

export type ReviewKind = ConfirmSource['kind'];
export const REVIEW_STATUSES = ['overdue', 'soon', 'undated', 'ok'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];
/** The status lists' URL slugs. */
export const STATUS_SLUG: Record<ReviewStatus, string> = {
  overdue: 'qua-han',
  soon: 'sap-den-han',
  undated: 'chua-co-ngay',
  ok: 'con-han',
};
/** "Sắp đến hạn": the review falls due within this many days. */
export const DUE_SOON_DAYS = 60;
/** Rows a staff page: each row lists its points to confirm, so fewer than a citizen's list. */
export const ROWS_PER_PAGE = 25;

export interface ReviewRow {
  kind: ReviewKind;
  id: string;
  title: string;
  /** Path from the project root, e.g. "content/procedures/dang-ky-khai-sinh.md". */
  file: string;
  draft: boolean;
  /** YYYY-MM-DD; undefined for a paper (the registry's files carry no review date yet). */
  lastReviewed: string | undefined;
  status: ReviewStatus;
  /** The guide's field; undefined for life events and papers. */
  fieldId: string | undefined;
  /** The public page; undefined for a draft, which is not published. */
  href: string | undefined;
  /** Where to edit the file, when the settings give an edit address. */
  editUrl: string | undefined;
  points: ConfirmPoint[];
  /** Warnings about this file (and, for a guide, its reform figures). */
  warnings: ContentProblem[];
}

export interface ReviewList {
  /** URL slug under its kind of list ("qua-han", "ho-tich", "su-kien"). */
  slug: string;
  name: string;
  href: string;
  rows: ReviewRow[];
  points: number;
}

export interface ReviewData {
  rows: ReviewRow[];
  byStatus: (ReviewList & { status: ReviewStatus })[];
  byField: (ReviewList & { field: Field })[];
  /** Life events, then papers. */
  byKind: ReviewList[];
  /** Draft metrics: checked, not published. */
  otherDrafts: { file: string; name: string }[];
  /** Warnings about files that are no row (metrics of no guide, settings...). */
  otherWarnings: ContentProblem[];
  /** Where the editing guide (content/README.md) is, when the settings give an edit address. */
  editGuideUrl: string | undefined;
  counts: {
    guides: number;
    events: number;
    documents: number;
    drafts: number;
    overdue: number;
    soon: number;
    points: number;
    warnings: number;
  };
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

/** The review status of a file last reviewed on `lastReviewed` (none for a paper with no date). */
export function reviewStatus(lastReviewed: string | undefined, today: string, soonFrom = soonDate(today)): ReviewStatus {
  if (lastReviewed === undefined) return 'undated';
  if (reviewDue(lastReviewed, today)) return 'overdue';
  return reviewDue(lastReviewed, soonFrom) ? 'soon' : 'ok';
}

/** The day DUE_SOON_DAYS after `today`: a review due before it is "sắp đến hạn". */
const soonDate = (today: string): string =>
  new Date(Date.parse(`${today}T00:00:00Z`) + DUE_SOON_DAYS * 86_400_000).toISOString().slice(0, 10);

interface RowInput {
  source: ConfirmSource;
  id: string;
  title: string;
  file: string;
  draft: boolean;
  lastReviewed: string | undefined;
  fieldId: string | undefined;
  href: string;
  files: Set<string>;
}

function rowInputs(content: ContentSet): RowInput[] {
  const metricFiles = new Map<string, string[]>();
  for (const m of content.metrics) metricFiles.set(m.data.procedure, [...(metricFiles.get(m.data.procedure) ?? []), m.file]);
  return [
    ...content.procedures.map((p) => ({
      source: { kind: 'procedure' as const, data: p.data },
      ...{ id: p.id, title: p.data.title, file: p.file, draft: p.data.draft, lastReviewed: p.data.lastReviewed, fieldId: p.data.field },
      href: procedureHref(p.id),
      files: new Set([p.file, ...(metricFiles.get(p.id) ?? [])]),
    })),
    ...content.lifeEvents.map((e) => ({
      source: { kind: 'lifeEvent' as const, data: e.data },
      ...{ id: e.id, title: e.data.title, file: e.file, draft: false, lastReviewed: e.data.lastReviewed, fieldId: undefined },
      href: lifeEventHref(e.id),
      files: new Set([e.file]),
    })),
    ...content.documents.map((d) => ({
      source: { kind: 'document' as const, data: d.data },
      ...{ id: d.id, title: d.data.name, file: d.file, draft: d.data.draft, lastReviewed: undefined, fieldId: undefined },
      href: documentHref(d.id),
      files: new Set([d.file]),
    })),
  ];
}

/** ISO dates compare as plain strings (localeCompare is slow at 20,000 rows). */
const byDate = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

const list = (slug: string, name: string, href: string, rows: ReviewRow[]): ReviewList => ({
  slug,
  name,
  href,
  rows,
  points: rows.reduce((s, r) => s + r.points.length, 0),
});

/** Rows in the order staff work through them: overdue first, then due soon, undated, fine; drafts, then the oldest review. */
export const reviewData = perContent(function reviewData(
  content: ContentSet,
  problems: readonly ContentProblem[],
  today: string,
  editBaseUrl: string | undefined,
): ReviewData {
  const t = staffPagesUi;
  const warnings = problems.filter((p) => p.severity === 'warning');
  const warningsOf = new Map<string, ContentProblem[]>();
  for (const w of warnings) warningsOf.set(w.file, [...(warningsOf.get(w.file) ?? []), w]);
  const c = collator();
  const soon = soonDate(today);
  const rows: ReviewRow[] = rowInputs(content).map((r) => ({
    kind: r.source.kind,
    id: r.id,
    title: r.title,
    file: r.file,
    draft: r.draft,
    lastReviewed: r.lastReviewed,
    status: reviewStatus(r.lastReviewed, today, soon),
    fieldId: r.fieldId,
    href: r.draft ? undefined : r.href,
    editUrl: editUrl(editBaseUrl, r.file),
    points: pointsToConfirm(r.source),
    warnings: [...r.files].flatMap((f) => warningsOf.get(f) ?? []),
  }));
  const rank = (s: ReviewStatus) => REVIEW_STATUSES.indexOf(s);
  rows.sort(
    (a, b) =>
      rank(a.status) - rank(b.status) ||
      Number(b.draft) - Number(a.draft) ||
      byDate(a.lastReviewed ?? '', b.lastReviewed ?? '') ||
      c.compare(a.title, b.title),
  );
  const covered = new Set(rows.flatMap((r) => r.warnings));
  const of = (kind: ReviewKind) => rows.filter((r) => r.kind === kind);
  return {
    rows,
    byStatus: REVIEW_STATUSES.map((status) => ({
      status,
      ...list(
        STATUS_SLUG[status],
        t.status[status].label,
        staffStatusHref(STATUS_SLUG[status]),
        rows.filter((r) => r.status === status),
      ),
    })),
    byField: content.fields.map((f) => ({
      field: f.data,
      ...list(
        f.id,
        f.data.name,
        staffFieldHref(f.id),
        rows.filter((r) => r.fieldId === f.id),
      ),
    })),
    byKind: [
      list('su-kien', t.eventsList, staffKindHref('su-kien'), of('lifeEvent')),
      list('giay-to', t.documentsList, staffKindHref('giay-to'), of('document')),
    ],
    otherDrafts: content.metrics.filter((m) => m.data.draft).map((m) => ({ file: m.file, name: m.data.name })),
    otherWarnings: warnings.filter((w) => !covered.has(w)),
    editGuideUrl: editUrl(editBaseUrl, 'content/README.md'),
    counts: {
      guides: of('procedure').length,
      events: of('lifeEvent').length,
      documents: of('document').length,
      drafts: rows.filter((r) => r.draft).length,
      overdue: rows.filter((r) => r.status === 'overdue').length,
      soon: rows.filter((r) => r.status === 'soon').length,
      points: rows.reduce((s, r) => s + r.points.length, 0),
      warnings: warnings.length,
    },
  };
});

export interface StaffListPage {
  title: string;
  intro: string | undefined;
  rows: ReviewRow[];
  pager: Pager;
  status: string;
}

/** Page `n` of `last` of one staff list, given the page's slice of rows. */
export function staffListPage(l: ReviewList & { status?: ReviewStatus }, rows: ReviewRow[], n: number, last: number): StaffListPage {
  const t = staffPagesUi;
  return {
    title: t.listTitle(l.name, n),
    intro: l.status ? t.status[l.status].intro : undefined,
    rows,
    pager: pager(n, last, (k) => pagedHref(l.href, k)),
    status: catalogueUi.pageStatus(n, last, t.listLine(l.rows.length, l.points)),
  };
}
