/**
 * The open data as a journalist opens it: chi-so.csv, chi-so.xlsx and every chart's CSV, read back
 * with csv-parse and read-excel-file, carry the article's figures (tests/seed.ts), a byte-order
 * mark, Vietnamese headers where people read them, and no cell a spreadsheet would run.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { readSheet } from 'read-excel-file/node';
import { readContent } from '../../src/checks/read-content.ts';
import { chartCsv, OPEN_DATA_COLUMNS, openDataCsv, openDataRows, openDataXlsx } from '../../src/data/open-data.ts';
import { periodLabel } from '../../src/data/metrics.ts';
import { reportModel } from '../../src/data/report.ts';
import { spreadsheetText } from '../../src/i18n/open-data.ts';
import { seedRows } from '../seed.ts';
import { ROOT } from '../content-fixtures.ts';

const content = readContent(ROOT, '2026-11-28').content;
const seed = seedRows();
const nameOf = new Map(content.metrics.map((m) => [m.id, m.data.name]));
const records = (text: string) => parse(text, { bom: true, columns: true }) as Record<string, string>[];
const cell = (v: number | null) => (v === null ? '' : String(v));

describe('chi-so.csv keeps its machine keys and the article’s figures', () => {
  const text = openDataCsv(openDataRows(content));

  it('starts with a byte-order mark, so Excel reads "Liên thông" and not "LiÃªn thÃ´ng"', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain('Liên thông');
  });

  it('has the documented keys as its header and every seed figure in its rows', () => {
    expect((parse(text, { bom: true }) as string[][])[0]).toEqual([...OPEN_DATA_COLUMNS]);
    const rows = records(text);
    expect(rows).toHaveLength(seed.length);
    for (const s of seed) {
      const row = rows.find((r) => nameOf.get(r['procedure_id']!) === s.procedure && r['period'] === s.period);
      expect(row, `${s.procedure} ${s.period}`).toMatchObject({ days: cell(s.days.value), trips: cell(s.trips.value) });
    }
  });
});

describe('chi-so.xlsx, opened back with read-excel-file', async () => {
  const sheet = await readSheet(await openDataXlsx(openDataRows(content)));

  it('has Vietnamese headers, one per column of chi-so.csv', () => {
    expect(sheet[0]).toEqual(OPEN_DATA_COLUMNS.map((c) => spreadsheetText.openDataColumns[c]));
    expect(sheet[0]).toContain('Số ngày giải quyết');
  });

  it('holds every seed figure as a number, an unknown as an empty cell, periods in words', () => {
    const col = (name: string) => sheet[0]!.indexOf(name);
    expect(sheet).toHaveLength(seed.length + 1);
    for (const s of seed) {
      const row = sheet.find((r) => r[col('Thủ tục')] === s.procedure && r[col('Kỳ')] === periodLabel(s.period));
      expect(row, `${s.procedure} ${s.period}`).toBeDefined();
      expect(row![col('Số ngày giải quyết')] ?? null).toBe(s.days.value);
      expect(row![col('Số lần đi lại')] ?? null).toBe(s.trips.value);
      if (s.trips.atLeast) expect(row![col('Số lần đi lại là số tối thiểu')]).toBe('ít nhất');
    }
  });
});

describe('each chart’s CSV is for people: Vietnamese, with a BOM, and safe in a spreadsheet', () => {
  const model = reportModel(content);

  it('every chart CSV has a BOM, Vietnamese headers and no English code in a value', () => {
    for (const chart of [...model.charts, model.summary]) {
      const text = chartCsv(chart);
      expect(text.charCodeAt(0), chart.id).toBe(0xfeff);
      const rows = parse(text, { bom: true }) as string[][];
      expect(rows[0]![0]).toBe('Mã biểu đồ');
      const readable = rows.flatMap((r) => r.filter((_, i) => !/^Mã /.test(rows[0]![i]!)));
      expect(readable.join(' '), chart.id).not.toMatch(/\b(days|trips|before|exact|at_least|at-least|working|unspecified|calendar)\b/);
    }
  });

  it('a metric name or note written as a formula reaches the CSV neutralised and the workbook as text', async () => {
    const evil = {
      ...content,
      metrics: content.metrics.map((m, i) =>
        i === 0
          ? {
              ...m,
              data: {
                ...m.data,
                name: '=HYPERLINK("https://example.com","bấm")',
                periods: m.data.periods.map((p) => ({ ...p, note: "+cmd|' /C calc'!A0" })),
              },
            }
          : m,
      ),
    };
    const evilModel = reportModel(evil);
    const chart = evilModel.charts.find((c) => c.kind === 'period' && c.metricId === content.metrics[0]!.id)!;
    const rows = records(chartCsv(chart));
    expect(rows[0]!['Thủ tục']).toBe('\'=HYPERLINK("https://example.com","bấm")');
    expect(rows.flatMap((r) => Object.values(r)).filter((v) => /^[=+\-@\t\r]/.test(v))).toEqual([]);
    const csvRows = records(openDataCsv(openDataRows(evil)));
    expect(csvRows[0]!['procedure_name']).toMatch(/^'=/);
    expect(csvRows[0]!['note']).toMatch(/^'\+cmd/);
    const sheet = await readSheet(await openDataXlsx(openDataRows(evil)));
    expect(sheet[1]![1]).toBe('=HYPERLINK("https://example.com","bấm")');
  });
});
