/**
 * CSV for the open data, written by csv-stringify so quoting follows RFC 4180, with a byte-order
 * mark (Excel then reads the file as UTF-8 and shows "Liên thông", not "LiÃªn thÃ´ng") and
 * formula escaping: a text cell starting with =, +, -, @, a tab or a carriage return gets a
 * leading apostrophe, so a spreadsheet shows it as text instead of running it. Numbers are
 * written as they are (a negative number is not a formula).
 */
import { stringify } from 'csv-stringify/sync';
import { parse } from 'csv-parse/sync';

export type Cell = string | number | null | undefined;

/** A column: the key of the row it reads, and the header people see. */
export interface CsvColumn<K extends string> {
  key: K;
  header: string;
}

/** The options every published CSV is written with. */
export const CSV_OPTIONS = { bom: true, escape_formulas: true, record_delimiter: 'windows', header: true } as const;

/** CSV with a header row, CRLF line ends, a byte-order mark and formulas neutralised; null is an empty cell. */
export function toCsv<K extends string>(columns: readonly (K | CsvColumn<K>)[], rows: readonly Record<K, Cell>[]): string {
  const cols = columns.map((c) => (typeof c === 'string' ? { key: c, header: c } : c));
  return stringify(rows as Record<string, Cell>[], { ...CSV_OPTIONS, columns: cols });
}

/** Parse a published CSV (byte-order mark dropped) into rows of strings: for tests and anyone checking a download. */
export const parseCsv = (text: string): string[][] => parse(text, { bom: true }) as string[][];
