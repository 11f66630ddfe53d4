/**
 * The view model of a report table (src/components/report/DataTable.astro): a caption, column
 * heads, and rows of a header cell and data cells. Builders in ./tables.ts fill it from the report
 * model, so the component only renders and the three report tables share one markup.
 */

/**
 * The data-* attributes tests and scripts read, by name; a missing one is left out. Named, not
 * spread, so the component keeps Astro's scoped styles without an extra class on every element.
 */
export type TableAttrs = Partial<Record<'data-chart-table' | 'data-metric', string | undefined>>;
export type RowAttrs = Partial<Record<'data-point' | 'data-cut' | 'data-period', string | undefined>>;
export type CellAttrs = Partial<Record<'data-measure' | 'data-value' | 'data-at-least' | 'data-reduction', string | number | undefined>>;

/** A block of small text under a value: a unit, a note, a caveat, an annotation. */
export interface CellNote {
  /** "note", "detail", "unit", "annotation" or "note annotation": how it is styled. */
  class: string;
  /** A bold lead, "Ghi chú 1:". */
  label?: string;
  text: string;
  link?: { href: string; text: string };
}

/** The value of a cell: bold when known, the reason in muted italics when not. */
export type CellValue = { strong: string; after?: string } | { unknown: string };

export interface DataCell {
  class?: string;
  attrs: CellAttrs;
  value: CellValue;
  /** Wrap the value in its own line (span.value), as the chart tables do. */
  valueLine?: boolean;
  notes: CellNote[];
}

export interface RowHead {
  text: string;
  href?: string;
  /** Small text under the label (an annotation in the metric table). */
  note?: CellNote;
}

export interface DataRow {
  attrs: RowAttrs;
  head: RowHead;
  cells: DataCell[];
}

export interface DataTable {
  /** The table's class: "chart-table", "chart-table cut-table" or "metric-table". */
  class: string;
  attrs: TableAttrs;
  caption: string;
  heads: { text: string; class?: string }[];
  rows: DataRow[];
}
