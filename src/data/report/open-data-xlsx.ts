/**
 * chi-so.xlsx: the rows of chi-so.csv as an Excel workbook for people, written by
 * write-excel-file. Headers and the coded values (period, kind of day, lower bound) are in
 * Vietnamese; numbers are numbers and an unknown is an empty cell, never 0. Every text cell is
 * written as a string, never as a formula, so a name starting with "=" cannot run in Excel.
 */
import writeXlsxFile, { type Cell, type SheetData } from 'write-excel-file/node';
import { unzipSync, zipSync } from 'fflate';
import { OPEN_DATA_COLUMNS, type OpenDataColumn, type OpenDataRow } from '../../schemas/open-data.ts';
import { spreadsheetText as t } from '../../i18n/open-data.ts';
import { DAY_KIND_NOTE } from '../../i18n/vi.ts';
import { periodLabel } from '../metrics.ts';

/** The value people read in a column: coded values in words. */
function shown(row: OpenDataRow, c: OpenDataColumn): string | number | null {
  switch (c) {
    case 'period':
      return periodLabel(row.period);
    case 'day_kind':
      return row.day_kind ? DAY_KIND_NOTE[row.day_kind] : null;
    case 'trips_qualifier':
      return row.trips_qualifier ? t.atLeast : null;
    default:
      return row[c];
  }
}

const cell = (v: string | number | null): Cell =>
  v === null ? null : typeof v === 'number' ? { value: v, type: Number } : { value: v, type: String };

/** The sheet: a header row, then one row per procedure and period. Pure. */
export function openDataSheet(rows: readonly OpenDataRow[]): SheetData {
  const header: Cell[] = OPEN_DATA_COLUMNS.map((c) => ({ value: t.openDataColumns[c], type: String, fontWeight: 'bold' }));
  return [header, ...rows.map((r) => OPEN_DATA_COLUMNS.map((c) => cell(shown(r, c))))];
}

/**
 * The same files zipped again with one fixed date: the library stamps each file with the time of
 * the build, so two builds of the same data would give two different workbooks (and a rebuild
 * with no change must give a byte-identical site).
 */
function stable(xlsx: Uint8Array): Buffer {
  const files = unzipSync(xlsx);
  const mtime = new Date('2000-01-01T00:00:00Z');
  const entries = Object.fromEntries(Object.keys(files).map((name) => [name, [files[name]!, { mtime }] as const]));
  return Buffer.from(zipSync(entries as Parameters<typeof zipSync>[0]));
}

/** The workbook's bytes. */
export const openDataXlsx = async (rows: readonly OpenDataRow[]): Promise<Buffer> =>
  stable(
    await writeXlsxFile(openDataSheet(rows), {
      sheet: t.sheetName,
      stickyRowsCount: 1,
      columns: OPEN_DATA_COLUMNS.map((c) => ({ width: c === 'note' || c === 'procedure_name' ? 60 : 18 })),
    }).toBuffer(),
  );
