/**
 * Pure: the reform report as data. One section per metrics file (file order, which staff
 * control), two charts per section (days and trips by period), one summary chart comparing the
 * cuts, and the headline figures. Pages and components only render what this module returns, and
 * the open data (src/data/open-data.ts) is built from the same content, so the charts, tables,
 * CSV and JSON cannot disagree.
 *
 * The parts live in src/data/report/: ids, sources, cuts, the period and summary charts, the chart
 * wire format, table and figure view models. Copy comes from src/i18n/report.ts, URLs from
 * src/utils/routes.ts. This module assembles them and re-exports what other modules import.
 */
import type { ContentSet } from '../checks/content-set.ts';
import { resolveMetric, type ResolvedPeriod } from './metrics.ts';
import { procedureHref } from '../utils/routes.ts';
import { cutRow, type CutRow } from './report/cuts.ts';
import { CHART_MEASURES, type ChartMeasure } from './report/ids.ts';
import { findSection } from '../checks/narrative.ts';
import { periodChart, type PeriodChart } from './report/period-chart.ts';
import { sourceIndex, uniqueSources, type SourceRef } from './report/sources.ts';
import { summaryChart, type SummaryChart } from './report/summary-chart.ts';

export { CHART_MEASURES, chartId, SUMMARY_CHART_ID, isChartMeasure, type ChartMeasure } from './report/ids.ts';
export { cutOf, type Cut, type CutRow } from './report/cuts.ts';
export type { Annotation, PeriodChart, PeriodPoint } from './report/period-chart.ts';
export type { SummaryChart } from './report/summary-chart.ts';
export type { SourceRef } from './report/sources.ts';
export type { ChartBar, ChartData, ChartSeries } from './report/chart-wire.ts';
export { MEASURE_TEXT, UNKNOWN_TEXT } from '../i18n/report.ts';

export type ReportChart = PeriodChart | SummaryChart;

export interface ReportSection {
  id: string;
  name: string;
  shortName: string;
  guide: { id: string; title: string; href: string };
  periods: ResolvedPeriod[];
  quotes: { label: string; text: string }[];
  /** Every source any figure of this section cites, once. */
  sources: SourceRef[];
  charts: Record<ChartMeasure, PeriodChart>;
  cut: CutRow;
}

export interface ReportModel {
  sections: ReportSection[];
  summary: SummaryChart;
  /** Headline figures: every procedure's cut, the largest cut in days first (the summary chart's order). */
  headline: CutRow[];
  /** Every chart, for embeds and per-chart downloads. */
  charts: ReportChart[];
}

/** Every source id a procedure's figures cite, in period order. */
function citedSources(periods: readonly ResolvedPeriod[]): string[] {
  const ids: string[] = [];
  for (const p of periods) {
    for (const v of [p.days, p.trips, p.agencies, p.onlineLevel]) ids.push(v.source);
    if (p.annotation) ids.push(p.annotation.source);
  }
  return ids;
}

/** Report order is file order: staff expect a stable order, not one that moves with the data. */
export function reportSections(content: ContentSet): ReportSection[] {
  const sourceById = sourceIndex(content);
  return content.metrics.map((m) => {
    const periods = resolveMetric(m.data);
    const guide = content.procedures.find((p) => p.id === m.data.procedure);
    if (!guide) throw new Error(`metric ${m.id}: guide "${m.data.procedure}" is missing or a draft`);
    const base = {
      id: m.id,
      name: m.data.name,
      shortName: m.data.shortName,
      guide: { id: guide.id, title: guide.data.shortTitle ?? guide.data.title, href: procedureHref(guide.id) },
      periods,
    };
    return {
      ...base,
      quotes: periods.flatMap((p) => (p.quote ? [{ label: p.label, text: p.quote }] : [])),
      sources: uniqueSources(citedSources(periods), sourceById),
      charts: { days: periodChart(base, 'days', sourceById), trips: periodChart(base, 'trips', sourceById) },
      cut: cutRow(m.id, m.data.name, m.data.shortName, periods),
    };
  });
}

export function reportModel(content: ContentSet): ReportModel {
  const sections = reportSections(content);
  const sources = uniqueSources(
    sections.flatMap((s) => s.sources.map((x) => x.id)),
    sourceIndex(content),
  );
  const summary = summaryChart(
    sections.map((s) => s.cut),
    sources,
  );
  return {
    sections,
    summary,
    headline: summary.rows,
    charts: [summary, ...sections.flatMap((s) => CHART_MEASURES.map((m) => s.charts[m]))],
  };
}

/** The section of a metric, found by its metric id or by the id of its guide (the rule the checks apply). */
export { findSection };
