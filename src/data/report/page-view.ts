/**
 * What the report page hands to the components staff place in the narrative (MDX). MDX passes
 * those components only the attributes staff write (procedure, metric), so the page builds this
 * once from the report model and puts it in Astro.locals; ReformSection and ReformChart look their
 * part up by the attribute and render it. Every table is already a view model here.
 */
import type { ResolvedPeriod } from '../metrics.ts';
import type { ReportModel, ReportSection } from '../report.ts';
import { sectionCuts, type CutLine } from './figures.ts';
import { CHART_MEASURES, type ChartMeasure } from './ids.ts';
import type { PeriodChart } from './period-chart.ts';
import type { SourceRef } from './sources.ts';
import { metricTable, periodChartTable } from './tables.ts';
import type { DataTable } from './table-model.ts';

/** One chart placed by <ReformChart>, with its table. */
export interface PlacedChart {
  chart: PeriodChart;
  table: DataTable;
}

/** One procedure's section placed by <ReformSection>. */
export interface SectionView {
  id: string;
  name: string;
  guide: ReportSection['guide'];
  periods: readonly ResolvedPeriod[];
  cuts: CutLine[];
  metricTable: DataTable;
  quotes: ReportSection['quotes'];
  sources: SourceRef[];
  charts: Record<ChartMeasure, PlacedChart>;
}

export interface ReportLocals {
  /** Each section under its metric id and under its guide's id (the metric id wins a clash). */
  sections: ReadonlyMap<string, SectionView>;
}

function sectionView(s: ReportSection): SectionView {
  const charts = Object.fromEntries(CHART_MEASURES.map((m) => [m, { chart: s.charts[m], table: periodChartTable(s.charts[m]) }]));
  return {
    id: s.id,
    name: s.name,
    guide: s.guide,
    periods: s.periods,
    cuts: sectionCuts(s.cut),
    metricTable: metricTable(s),
    quotes: s.quotes,
    sources: s.sources,
    charts: charts as SectionView['charts'],
  };
}

const built = new WeakMap<ReportModel, ReportLocals>();

/** The narrative components' data, built once per report model. */
export function reportLocals(model: ReportModel): ReportLocals {
  let locals = built.get(model);
  if (!locals) {
    const views = model.sections.map((s) => [s, sectionView(s)] as const);
    const sections = new Map<string, SectionView>();
    for (const [s, v] of views) if (!sections.has(s.guide.id)) sections.set(s.guide.id, v);
    // Metric ids are set last so they win over a guide id that happens to equal one.
    for (const [s, v] of views) sections.set(s.id, v);
    locals = { sections };
    built.set(model, locals);
  }
  return locals;
}
