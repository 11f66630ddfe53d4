/**
 * The open data document /du-lieu/chi-so.json: one row per procedure and period, null for unknown
 * (never 0), with the sources the rows cite. Its JSON Schema (/du-lieu/chi-so.schema.json) is
 * generated from this schema with z.toJSONSchema(), so the published schema and the file cannot
 * drift. Descriptions: Vietnamese, then English.
 */
import { z } from 'astro/zod';
import { DAY_KINDS } from './procedure.ts';
import { SLUG_PATTERN } from './common.ts';

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

/** Parts of the note column are joined with this. */
export const NOTE_SEPARATOR = ' | ';

const Id = z.string().regex(SLUG_PATTERN);
const count = (description: string) => z.int().min(0).nullable().describe(description);

export const OpenDataSourceSchema = z.strictObject({
  id: Id,
  publisher: z.string(),
  title: z.string(),
  date: z.union([z.string(), z.int()]).describe('Ngày (YYYY-MM-DD) hoặc năm / date or year'),
  url: z.string().nullable().describe('null khi chưa biết địa chỉ web / null when the web address is unknown'),
  page: z.string().describe('Mục của nguồn trên trang Nguồn / the source entry on the sources page'),
});

export const OpenDataRowSchema = z.strictObject({
  procedure_id: Id.describe('Mã thủ tục; mục trong báo cáo là /bao-cao/#<procedure_id> / procedure id, the report anchor'),
  procedure_name: z.string().describe('Tên thủ tục như nguồn gọi / the procedure as the source names it'),
  period: z
    .string()
    .regex(/^(before|[0-9]{4})$/)
    .describe('"before": trước cải cách (không có năm riêng); hoặc năm số liệu còn hiệu lực / before the reform, or a year'),
  days: count('Số ngày giải quyết / days to process'),
  day_kind: z
    .enum(DAY_KINDS)
    .nullable()
    .describe('working: ngày làm việc; calendar: ngày theo lịch; unspecified: nguồn không nói rõ; null khi days là null / the kind of day'),
  trips: count('Số lần người dân phải đi lại / trips the citizen makes'),
  trips_qualifier: z.literal('at_least').nullable().describe('at_least: trips là số tối thiểu ("ít nhất") / trips is a lower bound'),
  agencies: count('Số cơ quan phải đến / agencies to visit'),
  online_level: z
    .int()
    .min(1)
    .max(4)
    .nullable()
    .describe('Mức dịch vụ công trực tuyến, thang cũ 1–4 / online service level, old 1-4 scale'),
  source_id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(;[a-z0-9]+(?:-[a-z0-9]+)*)*$/)
    .describe('Mã nguồn, cách nhau bởi ";" / source ids separated by ";"'),
  note: z
    .string()
    .nullable()
    .describe(`Ghi chú, các phần cách nhau bởi "${NOTE_SEPARATOR}" / notes, parts separated by "${NOTE_SEPARATOR}"`),
});

export const OpenDataDocumentSchema = z
  .strictObject({
    $schema: z.string(),
    title: z.string(),
    description: z.string(),
    /** Where each source_id is described. */
    sources: z.array(OpenDataSourceSchema),
    columns: z.tuple(OPEN_DATA_COLUMNS.map((c) => z.literal(c)) as never),
    rows: z.array(OpenDataRowSchema),
  })
  .meta({
    title: 'Chỉ số cải cách thủ tục hành chính / Administrative reform figures',
    description:
      'Số liệu cải cách theo thủ tục và kỳ. null: nguồn không nêu (không phải 0). / Reform figures by procedure and period; null means the source does not say (never 0).',
  });

export type OpenDataRow = z.output<typeof OpenDataRowSchema>;
export type OpenDataSource = z.output<typeof OpenDataSourceSchema>;
export type OpenDataDocument = Omit<z.output<typeof OpenDataDocumentSchema>, 'columns'> & { columns: OpenDataColumn[] };
