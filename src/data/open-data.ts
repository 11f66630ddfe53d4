/**
 * Pure: the reform figures as open data. One row per procedure and period, with a fixed set of
 * columns, as CSV (an empty cell for unknown) and as JSON (null for unknown) with a JSON Schema.
 * Per-chart CSV files carry exactly the numbers of one chart. Nothing here turns an unknown into 0.
 */
import type { DayKind } from '../schemas/index.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { MEASURES, resolveMetric, type MeasureKey } from './metrics.ts';
import type { PeriodChart, ReportChart, SummaryChart, SourceRef } from './report.ts';

/** The published columns, in order. Changing them breaks people's scripts: add, never rename. */
export const OPEN_DATA_COLUMNS = [
  'procedure_id',
  'procedure_name',
  'period',
  'days',
  'day_kind',
  'trips',
  'trips_qualifier',
  'agencies',
  'online_level',
  'source_id',
  'note',
] as const;
export type OpenDataColumn = (typeof OPEN_DATA_COLUMNS)[number];

export interface OpenDataRow {
  procedure_id: string;
  procedure_name: string;
  period: string;
  days: number | null;
  day_kind: DayKind | null;
  trips: number | null;
  trips_qualifier: 'at_least' | null;
  agencies: number | null;
  online_level: number | null;
  source_id: string;
  note: string | null;
}

/** How each measure is named inside the note column. */
const MEASURE_NOTE_LABEL: Record<MeasureKey, string> = {
  days: 'Số ngày',
  trips: 'Số lần đi lại',
  agencies: 'Số cơ quan',
  onlineLevel: 'Mức dịch vụ công trực tuyến',
};
export const NOTE_SEPARATOR = ' | ';

/** Every period of every procedure, in report order (file order, then periods in time order). */
export function openDataRows(content: Pick<ContentSet, 'metrics'>): OpenDataRow[] {
  return content.metrics.flatMap((m) =>
    resolveMetric(m.data).map((p): OpenDataRow => {
      const notes: string[] = [];
      if (p.note) notes.push(p.note);
      for (const key of MEASURES) {
        const v = p[key];
        if (v.note) notes.push(`${MEASURE_NOTE_LABEL[key]}: ${v.note}`);
        // Only trips has a qualifier column; any other lower bound is said in the note.
        if (v.atLeast && key !== 'trips') notes.push(`${MEASURE_NOTE_LABEL[key]}: ${v.value} là số tối thiểu.`);
      }
      if (p.annotation) notes.push(`Thay đổi: ${p.annotation.text}`);
      const sources = [...new Set([p.days, p.trips, p.agencies, p.onlineLevel].map((v) => v.source))];
      return {
        procedure_id: m.id,
        procedure_name: m.data.name,
        period: p.period,
        days: p.days.value,
        day_kind: p.days.value === null ? null : p.days.kind,
        trips: p.trips.value,
        trips_qualifier: p.trips.value !== null && p.trips.atLeast ? 'at_least' : null,
        agencies: p.agencies.value,
        online_level: p.onlineLevel.value,
        source_id: sources.join(';'),
        note: notes.length ? notes.join(NOTE_SEPARATOR) : null,
      };
    }),
  );
}

type Cell = string | number | boolean | null | undefined;

/** One CSV field (RFC 4180): quoted when it holds a comma, quote or line break; empty for null. */
export function csvField(v: Cell): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180 CSV with a header row and CRLF line ends; no byte-order mark, so the first column name is exact. */
export function toCsv<C extends string>(columns: readonly C[], rows: readonly Record<C, Cell>[]): string {
  return [columns.join(','), ...rows.map((r) => columns.map((c) => csvField(r[c])).join(','))].map((l) => `${l}\r\n`).join('');
}

/** Parse RFC 4180 CSV into rows of strings. Used by tests and by anyone checking a download. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export const openDataCsv = (rows: readonly OpenDataRow[]): string => toCsv(OPEN_DATA_COLUMNS, rows);

export const OPEN_DATA_PATHS = {
  csv: '/du-lieu/chi-so.csv',
  json: '/du-lieu/chi-so.json',
  schema: '/du-lieu/chi-so.schema.json',
  page: '/du-lieu/',
} as const;

export interface OpenDataFile {
  $schema: string;
  title: string;
  description: string;
  /** Where each source_id is described. */
  sources: { id: string; publisher: string; title: string; date: string | number; url: string | null; page: string }[];
  columns: OpenDataColumn[];
  rows: OpenDataRow[];
}

export function openDataJson(rows: OpenDataRow[], sources: readonly SourceRef[], siteUrl: string): OpenDataFile {
  const used = new Set(rows.flatMap((r) => r.source_id.split(';')));
  return {
    $schema: new URL(OPEN_DATA_PATHS.schema, siteUrl).href,
    title: 'Chỉ số cải cách thủ tục hành chính, quận Nam Từ Liêm (cũ), Hà Nội',
    description:
      'Một dòng cho mỗi thủ tục và mỗi kỳ. null nghĩa là nguồn không nêu số liệu (không phải 0); lý do ghi ở cột note. period "before" là tình trạng trước cải cách, không có năm riêng.',
    sources: sources
      .filter((s) => used.has(s.id))
      .map((s) => ({
        id: s.id,
        publisher: s.publisher,
        title: s.title,
        date: s.date,
        url: s.url ?? null,
        page: new URL(`/nguon/#${s.id}`, siteUrl).href,
      })),
    columns: [...OPEN_DATA_COLUMNS],
    rows,
  };
}

const count = (description: string) => ({ type: ['integer', 'null'], minimum: 0, description });

/** JSON Schema (draft 2020-12) of chi-so.json. Descriptions in Vietnamese, then English. */
export function openDataJsonSchema(siteUrl: string): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: new URL(OPEN_DATA_PATHS.schema, siteUrl).href,
    title: 'Chỉ số cải cách thủ tục hành chính / Administrative reform figures',
    description:
      'Số liệu cải cách theo thủ tục và kỳ. null: nguồn không nêu (không phải 0). / Reform figures by procedure and period; null means the source does not say (never 0).',
    type: 'object',
    additionalProperties: false,
    required: ['$schema', 'title', 'description', 'sources', 'columns', 'rows'],
    properties: {
      $schema: { type: 'string' },
      title: { type: 'string' },
      description: { type: 'string' },
      sources: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'publisher', 'title', 'date', 'url', 'page'],
          properties: {
            id: { type: 'string', pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$' },
            publisher: { type: 'string' },
            title: { type: 'string' },
            date: { type: ['string', 'integer'], description: 'Ngày (YYYY-MM-DD) hoặc năm / date or year' },
            url: { type: ['string', 'null'], description: 'null khi chưa biết địa chỉ web / null when the web address is unknown' },
            page: { type: 'string', description: 'Mục của nguồn trên trang Nguồn / the source entry on the sources page' },
          },
        },
      },
      columns: { const: [...OPEN_DATA_COLUMNS] },
      rows: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: [...OPEN_DATA_COLUMNS],
          properties: {
            procedure_id: {
              type: 'string',
              pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
              description: 'Mã thủ tục; mục trong báo cáo là /bao-cao/#<procedure_id> / procedure id, the report anchor',
            },
            procedure_name: { type: 'string', description: 'Tên thủ tục như nguồn gọi / the procedure as the source names it' },
            period: {
              type: 'string',
              pattern: '^(before|[0-9]{4})$',
              description: '"before": trước cải cách (không có năm riêng); hoặc năm số liệu còn hiệu lực / before the reform, or a year',
            },
            days: count('Số ngày giải quyết / days to process'),
            day_kind: {
              enum: ['working', 'calendar', 'unspecified', null],
              description:
                'working: ngày làm việc; calendar: ngày theo lịch; unspecified: nguồn không nói rõ; null khi days là null / the kind of day',
            },
            trips: count('Số lần người dân phải đi lại / trips the citizen makes'),
            trips_qualifier: {
              enum: ['at_least', null],
              description: 'at_least: trips là số tối thiểu ("ít nhất") / trips is a lower bound',
            },
            agencies: count('Số cơ quan phải đến / agencies to visit'),
            online_level: {
              type: ['integer', 'null'],
              minimum: 1,
              maximum: 4,
              description: 'Mức dịch vụ công trực tuyến, thang cũ 1–4 / online service level, old 1-4 scale',
            },
            source_id: {
              type: 'string',
              pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*(;[a-z0-9]+(?:-[a-z0-9]+)*)*$',
              description: 'Mã nguồn, cách nhau bởi ";" / source ids separated by ";"',
            },
            note: {
              type: ['string', 'null'],
              description: `Ghi chú, các phần cách nhau bởi "${NOTE_SEPARATOR}" / notes, parts separated by "${NOTE_SEPARATOR}"`,
            },
          },
        },
      },
    },
  };
}

/** Columns of a period chart's CSV: the chart's numbers, one row per period. */
export const PERIOD_CHART_COLUMNS = [
  'chart_id',
  'procedure_id',
  'procedure_name',
  'measure',
  'period',
  'period_label',
  'value',
  'qualifier',
  'unit',
  'day_kind',
  'annotation',
  'source_id',
  'note',
] as const;

/** Columns of the summary chart's CSV: one row per procedure and measure. */
export const SUMMARY_CHART_COLUMNS = [
  'chart_id',
  'procedure_id',
  'procedure_name',
  'measure',
  'from_period',
  'from_value',
  'from_qualifier',
  'to_period',
  'to_value',
  'to_qualifier',
  'reduction_percent',
  'bound',
  'note',
] as const;

function periodChartCsv(c: PeriodChart): string {
  return toCsv(
    PERIOD_CHART_COLUMNS,
    c.points.map((p) => ({
      chart_id: c.id,
      procedure_id: c.metricId,
      procedure_name: c.procedureName,
      measure: c.measure,
      period: p.period,
      period_label: p.label,
      value: p.value,
      qualifier: p.value !== null && p.atLeast ? 'at_least' : null,
      unit: c.data.axis,
      day_kind: p.dayKind ?? null,
      annotation: p.annotation?.text ?? null,
      source_id: c.sources.map((s) => s.id).join(';'),
      note: p.note ?? null,
    })),
  );
}

function summaryChartCsv(c: SummaryChart): string {
  const measures = ['days', 'trips'] as const;
  return toCsv(
    SUMMARY_CHART_COLUMNS,
    c.rows.flatMap((r) =>
      measures.map((m) => {
        const cut = r[m];
        const ch = cut.change;
        return {
          chart_id: c.id,
          procedure_id: r.metricId,
          procedure_name: r.name,
          measure: m,
          from_period: ch?.from.period ?? null,
          from_value: ch?.fromValue ?? null,
          from_qualifier: ch?.fromAtLeast ? 'at_least' : null,
          to_period: ch?.to.period ?? null,
          to_value: ch?.toValue ?? null,
          to_qualifier: ch?.toAtLeast ? 'at_least' : null,
          reduction_percent: cut.reduction === null || cut.bound === 'unknown' ? null : Math.round(cut.reduction * 1000) / 10,
          bound: cut.change ? cut.bound : null,
          note: [cut.change ? null : cut.text, cut.caveat].filter(Boolean).join(NOTE_SEPARATOR) || null,
        };
      }),
    ),
  );
}

/** The CSV download of one chart. */
export const chartCsv = (c: ReportChart): string => (c.kind === 'period' ? periodChartCsv(c) : summaryChartCsv(c));
