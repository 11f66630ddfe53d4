/**
 * Pure: the reform figures as open data. One row per procedure and period, with a fixed set of
 * columns, as CSV (an empty cell for unknown) and as JSON (null for unknown) with a JSON Schema
 * generated from the zod schema of the document (src/schemas/open-data.ts). Per-chart CSV files
 * (src/data/report/chart-csv.ts) carry exactly the numbers of one chart. Nothing here turns an
 * unknown into 0.
 */
import { z } from 'astro/zod';
import type { ContentSet } from '../checks/content-set.ts';
import { MEASURES, resolveMetric, type ResolvedPeriod } from './metrics.ts';
import type { SourceRef } from './report/sources.ts';
import { toCsv } from './report/csv.ts';
import { absoluteUrl, routes, sourceHref } from '../utils/routes.ts';
import { openDataText } from '../i18n/report.ts';
import {
  NOTE_SEPARATOR,
  OPEN_DATA_COLUMNS,
  OpenDataDocumentSchema,
  type OpenDataDocument,
  type OpenDataRow,
} from '../schemas/open-data.ts';

export { NOTE_SEPARATOR, OPEN_DATA_COLUMNS, type OpenDataColumn, type OpenDataRow } from '../schemas/open-data.ts';
export { parseCsv, toCsv } from './report/csv.ts';
export { openDataSheet, openDataXlsx } from './report/open-data-xlsx.ts';
export { chartCsv, PERIOD_CHART_COLUMNS, SUMMARY_CHART_COLUMNS } from './report/chart-csv.ts';

/** The note column: the period's note, each measure's note, lower bounds other than trips, the annotation. */
function noteOf(p: ResolvedPeriod): string | null {
  const notes: string[] = [];
  if (p.note) notes.push(p.note);
  for (const key of MEASURES) {
    const v = p[key];
    const label = openDataText.measureNote[key];
    if (v.note) notes.push(`${label}: ${v.note}`);
    // Only trips has a qualifier column; any other lower bound is said in the note.
    if (v.atLeast && key !== 'trips') notes.push(openDataText.lowerBound(label, v.value));
  }
  if (p.annotation) notes.push(openDataText.annotation(p.annotation.text));
  return notes.length ? notes.join(NOTE_SEPARATOR) : null;
}

/** Every period of every procedure, in report order (file order, then periods in time order). */
export function openDataRows(content: Pick<ContentSet, 'metrics'>): OpenDataRow[] {
  return content.metrics.flatMap((m) =>
    resolveMetric(m.data).map((p): OpenDataRow => ({
      procedure_id: m.id,
      procedure_name: m.data.name,
      period: p.period,
      days: p.days.value,
      day_kind: p.days.value === null ? null : p.days.kind,
      trips: p.trips.value,
      trips_qualifier: p.trips.value !== null && p.trips.atLeast ? 'at_least' : null,
      agencies: p.agencies.value,
      online_level: p.onlineLevel.value,
      source_id: [...new Set([p.days, p.trips, p.agencies, p.onlineLevel].map((v) => v.source))].join(';'),
      note: noteOf(p),
    })),
  );
}

export const openDataCsv = (rows: readonly OpenDataRow[]): string => toCsv(OPEN_DATA_COLUMNS, rows);

/** The open data files and the page that explains them. */
export const OPEN_DATA_PATHS = {
  csv: routes.openDataCsv,
  xlsx: routes.openDataXlsx,
  json: routes.openDataJson,
  schema: routes.openDataSchema,
  page: routes.openData,
} as const;

/** chi-so.json: the rows, with the sources they cite. */
export function openDataJson(rows: OpenDataRow[], sources: readonly SourceRef[], siteUrl: string): OpenDataDocument {
  const used = new Set(rows.flatMap((r) => r.source_id.split(';')));
  return {
    $schema: absoluteUrl(routes.openDataSchema, siteUrl),
    title: openDataText.title,
    description: openDataText.description,
    sources: sources
      .filter((s) => used.has(s.id))
      .map((s) => ({
        id: s.id,
        publisher: s.publisher,
        title: s.title,
        date: s.date,
        url: s.url ?? null,
        page: absoluteUrl(sourceHref(s.id), siteUrl),
      })),
    columns: [...OPEN_DATA_COLUMNS],
    rows,
  };
}

/** JSON Schema (draft 2020-12) of chi-so.json, generated from OpenDataDocumentSchema. */
export function openDataJsonSchema(siteUrl: string): Record<string, unknown> {
  const { $schema, title, description, ...rest } = z.toJSONSchema(OpenDataDocumentSchema, { target: 'draft-2020-12' });
  // Title and description first, as a reader opening the file expects.
  return { $schema, $id: absoluteUrl(routes.openDataSchema, siteUrl), title, description, ...rest };
}
