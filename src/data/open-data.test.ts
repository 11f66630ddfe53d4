import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { MetricSchema, SourceSchema } from '../schemas/index.ts';
import {
  chartCsv,
  csvField,
  OPEN_DATA_COLUMNS,
  openDataCsv,
  openDataJson,
  openDataJsonSchema,
  openDataRows,
  parseCsv,
  toCsv,
} from './open-data.ts';
import { reportModel } from './report.ts';
import { OpenDataDocumentSchema } from '../schemas/open-data.ts';
import type { ContentSet } from '../checks/content-set.ts';

const SITE = 'https://example.invalid';
const unknown = { value: null, note: 'Bài báo không nêu.' };
const metrics = [
  {
    id: 'lien-thong',
    file: 'x',
    data: MetricSchema.parse({
      name: 'Liên thông: khai sinh, thường trú',
      shortName: 'Liên thông',
      procedure: 'huong-dan',
      periods: [
        {
          period: 'before',
          source: 'bao',
          days: { value: 16, kind: 'unspecified' },
          trips: { value: 4, atLeast: true, note: 'ít nhất 4 lần' },
          agencies: { value: 2 },
          onlineLevel: unknown,
          note: 'Đơn vị đầu tiên, "thí điểm"',
        },
        {
          period: '2016',
          source: 'bao',
          days: { value: 2, kind: 'working' },
          trips: unknown,
          agencies: { value: 1 },
          onlineLevel: { value: 3 },
          annotation: { text: 'Thông tư liên tịch số 5.' },
        },
      ],
    }),
  },
];
const sources = [{ id: 'bao', file: 'y', data: SourceSchema.parse({ publisher: 'Báo', title: 'Bài, số 1', date: 2016, kind: 'news' }) }];

describe('open data rows', () => {
  const rows = openDataRows({ metrics });

  it('has one row per procedure and period, with exactly the published columns', () => {
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(Object.keys(r)).toEqual([...OPEN_DATA_COLUMNS]);
    expect(rows.map((r) => r.period)).toEqual(['before', '2016']);
  });

  it('keeps unknowns as null, never 0, and says why in the note', () => {
    const r2016 = rows[1]!;
    expect(r2016.trips).toBeNull();
    expect(r2016.note).toContain('Số lần đi lại: Bài báo không nêu.');
    expect(rows[0]!.online_level).toBeNull();
  });

  it('marks a lower bound in trips_qualifier', () => {
    expect(rows[0]!.trips).toBe(4);
    expect(rows[0]!.trips_qualifier).toBe('at_least');
    expect(rows[1]!.trips_qualifier).toBeNull();
  });

  it('states the kind of day for each known day count', () => {
    expect(rows.map((r) => r.day_kind)).toEqual(['unspecified', 'working']);
  });

  it('carries the period note and the annotation in the note column', () => {
    expect(rows[0]!.note!.startsWith('Đơn vị đầu tiên, "thí điểm"')).toBe(true);
    expect(rows[1]!.note).toContain('Thay đổi: Thông tư liên tịch số 5.');
  });
});

describe('CSV', () => {
  it('writes an empty cell for unknown and quotes commas, quotes and line breaks', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(0)).toBe('0');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(toCsv(['a', 'b'], [{ a: 1, b: null }])).toBe('a,b\r\n1,\r\n');
  });

  it('round-trips through the parser with the header exactly as published', () => {
    const rows = openDataRows({ metrics });
    const parsed = parseCsv(openDataCsv(rows));
    expect(parsed[0]).toEqual([...OPEN_DATA_COLUMNS]);
    expect(parsed).toHaveLength(3);
    const before = Object.fromEntries(OPEN_DATA_COLUMNS.map((c, i) => [c, parsed[1]![i]]));
    expect(before).toMatchObject({ days: '16', trips: '4', trips_qualifier: 'at_least', online_level: '', note: rows[0]!.note });
    const after = Object.fromEntries(OPEN_DATA_COLUMNS.map((c, i) => [c, parsed[2]![i]]));
    expect(after).toMatchObject({ days: '2', day_kind: 'working', trips: '', online_level: '3' });
  });
});

describe('JSON and its JSON Schema', () => {
  const rows = openDataRows({ metrics });
  const json = openDataJson(rows, [{ ...sources[0]!.data, id: 'bao' }], SITE);
  const validate = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true }).compile(openDataJsonSchema(SITE));

  it('validates against its own schema', () => {
    expect(validate(JSON.parse(JSON.stringify(json))), JSON.stringify(validate.errors)).toBe(true);
    expect(json.$schema).toBe(`${SITE}/du-lieu/chi-so.schema.json`);
    expect(json.sources).toEqual([expect.objectContaining({ id: 'bao', url: null, page: `${SITE}/nguon/#bao` })]);
  });

  it('is exactly what the zod schema parses, so the file and its generated schema cannot drift', () => {
    const published = JSON.parse(JSON.stringify(json)) as unknown;
    expect(OpenDataDocumentSchema.parse(published)).toEqual(published);
    expect(OpenDataDocumentSchema.safeParse({ ...json, rows: [{ ...rows[0], days: 0.5 }] }).success).toBe(false);
  });

  it('publishes the generated schema as draft 2020-12 with its address and the column descriptions', () => {
    const schema = openDataJsonSchema(SITE) as {
      $schema: string;
      $id: string;
      properties: { rows: { items: { properties: Record<string, { description?: string }> } } };
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe(`${SITE}/du-lieu/chi-so.schema.json`);
    const columns = schema.properties.rows.items.properties;
    expect(Object.keys(columns)).toEqual([...OPEN_DATA_COLUMNS]);
    expect(columns['days']!.description).toBe('Số ngày giải quyết / days to process');
  });

  it('rejects a number written as text, a missing column and an unknown period', () => {
    const bad = (patch: Record<string, unknown>) => ({ ...json, rows: [{ ...rows[0], ...patch }] });
    expect(validate(bad({ days: '16' }))).toBe(false);
    expect(validate(bad({ period: '2015-2016' }))).toBe(false);
    const missing: Record<string, unknown> = { ...rows[0] };
    delete missing['note'];
    expect(validate({ ...json, rows: [missing] })).toBe(false);
  });
});

describe('per-chart CSV', () => {
  const content: ContentSet = {
    procedures: [{ id: 'huong-dan', file: 'z', data: { title: 'HD' } as never }],
    documents: [],
    metrics,
    sources,
    fields: [],
    agencies: [],
    lifeEvents: [],
    searchWords: [],
  };
  const model = reportModel(content);

  it('a period chart has one row per period with the numbers the chart draws', () => {
    const trips = model.charts.find((c) => c.id === 'lien-thong-so-lan-di-lai')!;
    const parsed = parseCsv(chartCsv(trips));
    const col = (name: string) => parsed.slice(1).map((r) => r[parsed[0]!.indexOf(name)]);
    expect(col('value')).toEqual(['4', '']);
    expect(col('qualifier')).toEqual(['at_least', '']);
    expect(col('period_label')).toEqual(['Trước cải cách', 'Năm 2016']);
    expect(col('annotation')).toEqual(['', 'Thông tư liên tịch số 5.']);
  });

  it('the summary chart has the cut of each procedure, empty when it cannot be computed', () => {
    const parsed = parseCsv(chartCsv(model.summary));
    const byMeasure = Object.fromEntries(parsed.slice(1).map((r) => [r[3], r]));
    const h = parsed[0]!;
    expect(byMeasure['days']![h.indexOf('reduction_percent')]).toBe('87.5');
    expect(byMeasure['trips']![h.indexOf('reduction_percent')]).toBe('');
    expect(byMeasure['trips']![h.indexOf('note')]).toMatch(/Chưa đủ số liệu/);
  });
});
