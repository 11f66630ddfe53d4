/** Pure: the summary chart comparing every procedure's cut in days and in trips, in percent. */
import { formatPercent } from '../../utils/format.ts';
import { chartText, MEASURE_TEXT, UNKNOWN_TEXT } from '../../i18n/report.ts';
import type { ChartBar, ChartData } from './chart-wire.ts';
import { byDaysCut, isKnownCut, reductionPercent, type Cut, type CutRow } from './cuts.ts';
import { SUMMARY_CHART_ID, type ChartMeasure } from './ids.ts';
import { chartLinks, type ChartBase } from './period-chart.ts';
import type { SourceRef } from './sources.ts';

export interface SummaryChart extends ChartBase {
  kind: 'summary';
  rows: CutRow[];
}

/** A cut as a bar: percent of the starting figure, null when unknown. */
export function cutBar(c: Cut): ChartBar {
  if (!isKnownCut(c)) return { value: null, atLeast: false, display: null };
  const pct = formatPercent(Math.abs(c.reduction!));
  const shown = c.reduction! < 0 ? `+${pct}` : pct;
  return {
    value: reductionPercent(c),
    atLeast: c.bound === 'at-least',
    display: c.bound === 'at-least' ? `≥ ${shown}` : c.bound === 'at-most' ? `≤ ${shown}` : shown,
  };
}

function summaryWire(rows: readonly CutRow[]): ChartData {
  return {
    orientation: 'horizontal',
    axis: chartText.summaryAxis,
    max: 100,
    labels: rows.map((r) => [r.shortName]),
    series: [
      { key: 'days', label: MEASURE_TEXT.days.title, color: '--chart-1', striped: false, bars: rows.map((r) => cutBar(r.days)) },
      { key: 'trips', label: MEASURE_TEXT.trips.title, color: '--chart-3', striped: true, bars: rows.map((r) => cutBar(r.trips)) },
    ],
    unknown: UNKNOWN_TEXT,
  };
}

/** `cuts` in file order; `sources` every source the sections cite, once. */
export function summaryChart(cuts: readonly CutRow[], sources: SourceRef[]): SummaryChart {
  const rows = byDaysCut(cuts);
  const part = (m: ChartMeasure) => rows.map((r) => chartText.summaryPart(r.shortName, isKnownCut(r[m]) ? r[m].text : null)).join('; ');
  return {
    kind: 'summary',
    id: SUMMARY_CHART_ID,
    title: chartText.summaryTitle,
    unitLine: chartText.summaryUnitLine,
    dayKindLine: undefined,
    summary: chartText.summary(part('days'), part('trips')),
    data: summaryWire(rows),
    rows,
    sources,
    ...chartLinks(SUMMARY_CHART_ID),
  };
}
