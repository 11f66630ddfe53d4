/**
 * Pure: one procedure's chart of one measure, period by period, and the points its table lists.
 * An unknown value stays null with its note (a gap on the chart, never a 0 bar); a lower bound keeps
 * its "≥"; annotations are numbered in period order.
 */
import type { DayKind } from '../../schemas/index.ts';
import { dayKindNote, displayValue, type ResolvedPeriod } from '../metrics.ts';
import { chartCsvHref, embedHref, reportHref } from '../../utils/routes.ts';
import { chartText, MEASURE_TEXT, UNKNOWN_TEXT, unitFor } from '../../i18n/report.ts';
import type { ChartData } from './chart-wire.ts';
import { cutOf } from './cuts.ts';
import { chartId, type ChartMeasure } from './ids.ts';
import { uniqueSources, type SourceIndex, type SourceRef } from './sources.ts';

export interface Annotation {
  /** Its number on the chart and in the table: "Ghi chú 1". */
  n: number;
  period: string;
  periodLabel: string;
  text: string;
  source: SourceRef;
}

/** One row of a period chart's table: the same numbers the chart draws. */
export interface PeriodPoint {
  period: string;
  label: string;
  value: number | null;
  atLeast: boolean;
  display: string | null;
  note: string | undefined;
  /** The kind of day, for known day counts; undefined for trips and unknown values. */
  dayKind: DayKind | undefined;
  annotation: Annotation | undefined;
}

/** What every chart has, period or summary. */
export interface ChartBase {
  id: string;
  title: string;
  /** "Đơn vị: ngày." */
  unitLine: string;
  /** The kind of day, for day charts. */
  dayKindLine: string | undefined;
  /** The chart in one or two sentences, for screen readers and for anyone without the picture. */
  summary: string;
  data: ChartData;
  sources: SourceRef[];
  /** The chart's permalink on the report. */
  href: string;
  embedHref: string;
  csvHref: string;
}

export interface PeriodChart extends ChartBase {
  kind: 'period';
  metricId: string;
  measure: ChartMeasure;
  /** The procedure as the source names it. */
  procedureName: string;
  guide: { id: string; title: string; href: string };
  points: PeriodPoint[];
  annotations: Annotation[];
}

/** The links every chart carries. */
export const chartLinks = (id: string): Pick<ChartBase, 'href' | 'embedHref' | 'csvHref'> => ({
  href: reportHref(id),
  embedHref: embedHref(id),
  csvHref: chartCsvHref(id),
});

export interface PeriodChartInput {
  id: string;
  name: string;
  shortName: string;
  guide: PeriodChart['guide'];
  periods: readonly ResolvedPeriod[];
}

function periodPoints(periods: readonly ResolvedPeriod[], measure: ChartMeasure, sourceById: SourceIndex): PeriodPoint[] {
  let n = 0;
  return periods.map((p) => {
    const v = p[measure];
    const annotation: Annotation | undefined = p.annotation && {
      n: ++n,
      period: p.period,
      periodLabel: p.label,
      text: p.annotation.text,
      source: uniqueSources([p.annotation.source], sourceById)[0]!,
    };
    return {
      period: p.period,
      label: p.label,
      value: v.value,
      atLeast: v.atLeast,
      display: displayValue(v),
      note: v.note,
      dayKind: measure === 'days' && v.value !== null ? p.days.kind : undefined,
      annotation,
    };
  });
}

function periodSummary(section: PeriodChartInput, measure: ChartMeasure, points: readonly PeriodPoint[]): string {
  const text = MEASURE_TEXT[measure];
  const pointTexts = points.map((p) =>
    chartText.point(
      p.label,
      p.display === null ? null : p.atLeast ? chartText.atLeastValue(p.value) : p.display,
      unitFor(text.unit, p.dayKind),
    ),
  );
  const cut = cutOf(section.periods, measure);
  const change = cut.change ? chartText.periodChange(cut.change.from.label, cut.change.to.label, cut.text) : cut.text;
  return chartText.periodSummary(text.title, section.shortName, pointTexts, change);
}

function periodWire(measure: ChartMeasure, points: readonly PeriodPoint[]): ChartData {
  const text = MEASURE_TEXT[measure];
  return {
    orientation: 'vertical',
    axis: text.unit,
    labels: points.map((p) => (p.annotation ? [p.label, chartText.annotationLabel(p.annotation.n)] : [p.label])),
    series: [
      {
        key: measure,
        label: text.title,
        color: measure === 'days' ? '--chart-1' : '--chart-3',
        striped: false,
        bars: points.map((p) => ({ value: p.value, atLeast: p.atLeast, display: p.display })),
      },
    ],
    unknown: UNKNOWN_TEXT,
  };
}

export function periodChart(section: PeriodChartInput, measure: ChartMeasure, sourceById: SourceIndex): PeriodChart {
  const text = MEASURE_TEXT[measure];
  const id = chartId(section.id, measure);
  const points = periodPoints(section.periods, measure, sourceById);
  const annotations = points.flatMap((p) => (p.annotation ? [p.annotation] : []));
  const sourceIds = [...section.periods.map((p) => p[measure].source), ...annotations.map((a) => a.source.id)];
  return {
    kind: 'period',
    id,
    metricId: section.id,
    measure,
    procedureName: section.name,
    guide: section.guide,
    title: chartText.periodTitle(text.title, section.shortName),
    unitLine: chartText.unitLine(text.unit),
    dayKindLine: measure === 'days' ? dayKindNote(section.periods) : undefined,
    summary: periodSummary(section, measure, points),
    data: periodWire(measure, points),
    points,
    annotations,
    sources: uniqueSources(sourceIds, sourceById),
    ...chartLinks(id),
  };
}
