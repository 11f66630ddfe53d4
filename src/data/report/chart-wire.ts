/**
 * The chart wire format: what a page serialises into a chart's data-chart attribute and the client
 * script (src/components/chart/reform-chart.client.ts) parses and draws. Numbers and short labels
 * only, no HTML. Both sides import these types, so they cannot disagree about the shape.
 */

/** One bar of a chart. */
export interface ChartBar {
  /** Bar length; null means unknown and is drawn as a gap labelled `unknown`, never as 0. */
  value: number | null;
  /** The value is a lower bound: drawn with a dashed outline and "≥". */
  atLeast: boolean;
  /** The label drawn on the bar: "27", "≥ 4", "93%". */
  display: string | null;
}

export interface ChartSeries {
  key: string;
  label: string;
  /** CSS custom property the client reads at run time, so dark mode and print follow the tokens. */
  color: '--chart-1' | '--chart-2' | '--chart-3';
  /** Striped fill: a second cue besides colour. */
  striped: boolean;
  bars: ChartBar[];
}

/** Everything the client script needs to draw one chart. */
export interface ChartData {
  orientation: 'vertical' | 'horizontal';
  /** Axis title, e.g. "ngày". */
  axis: string;
  /** Fixed axis maximum (100 for percentages); otherwise chart.js picks one from the data. */
  max?: number;
  /** Category labels; a second line names an annotation ("Ghi chú 1"). */
  labels: string[][];
  series: ChartSeries[];
  /** What a gap says: "Chưa có số liệu". */
  unknown: string;
}

/** The attribute value a page writes; the client reads it back with JSON.parse. */
export const serialiseChart = (data: ChartData): string => JSON.stringify(data);
