/**
 * Pure: the reform report as data. One section per metrics file (file order, which staff
 * control), two charts per section (days and trips by period), one summary chart comparing the
 * cuts, and the headline figures. Pages and components only render what this module returns, and
 * the open data (src/data/open-data.ts) is built from the same content, so the charts, tables,
 * CSV and JSON cannot disagree.
 *
 * Honesty rules kept here: an unknown value stays null with its note (the chart draws a gap, never
 * a 0 bar); a lower bound keeps its "≥"; the period before the reform is labelled as such; every
 * chart carries its sources and the kind of day it counts.
 */
import type { DayKind, Source } from '../schemas/index.ts';
import type { ContentSet } from '../checks/content-set.ts';
import {
  changeBound,
  dayKindNote,
  displayValue,
  overallChange,
  resolveMetric,
  type Change,
  type ChangeBound,
  type ResolvedPeriod,
  type ResolvedValue,
} from './metrics.ts';
import { procedureHref } from './procedures.ts';
import { formatPercent } from '../utils/format.ts';
import { DAY_KIND_CLAUSE, DAY_KIND_SHORT, ui } from '../i18n/vi.ts';

export type SourceRef = Source & { id: string };

/** The two figures charted per procedure. */
export const CHART_MEASURES = ['days', 'trips'] as const;
export type ChartMeasure = (typeof CHART_MEASURES)[number];

const MEASURE_SLUG: Record<ChartMeasure, string> = { days: 'so-ngay', trips: 'so-lan-di-lai' };
export const MEASURE_TEXT: Record<ChartMeasure, { title: string; unit: string; lower: string }> = {
  days: { title: 'Số ngày giải quyết', unit: 'ngày', lower: 'số ngày giải quyết' },
  trips: { title: 'Số lần người dân phải đi lại', unit: 'lần', lower: 'số lần đi lại' },
};
/** Said wherever a value is unknown: never a 0. */
/** What a chart, table or sentence says where the source gives no figure. */
export const UNKNOWN_TEXT = ui.unknown;

/** "<metric id>-so-ngay": the chart's anchor on the report, its embed path and its CSV name. */
export const chartId = (metricId: string, measure: ChartMeasure): string => `${metricId}-${MEASURE_SLUG[measure]}`;
export const SUMMARY_CHART_ID = 'so-sanh-muc-cat-giam';
export const reportHref = (anchor: string): string => `/bao-cao/#${anchor}`;
export const embedHref = (id: string): string => `/nhung/${id}/`;
export const chartCsvHref = (id: string): string => `/du-lieu/bieu-do/${id}.csv`;

/** One bar of a chart: what the client script draws. Serialised into the page as JSON. */
export interface ChartBar {
  /** Bar length; null means unknown and is drawn as a gap labelled UNKNOWN_TEXT, never as 0. */
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
/** Everything the client script needs to draw one chart; numbers only, no HTML. */
export interface ChartData {
  orientation: 'vertical' | 'horizontal';
  /** Axis title, e.g. "ngày". */
  axis: string;
  /** Fixed axis maximum (100 for percentages); otherwise chart.js picks one from the data. */
  max?: number;
  /** Category labels; a second line names an annotation ("Ghi chú 1"). */
  labels: string[][];
  series: ChartSeries[];
  unknown: string;
}

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

interface ChartBase {
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

/** One procedure's overall cut in one measure, with how exact it is. */
export interface Cut {
  change: Change | null;
  /** The share cut, 0.93 for 27 → 2; negative for a rise; null when it cannot be computed. */
  reduction: number | null;
  bound: ChangeBound;
  /** "27 → 2 ngày" or UNKNOWN_TEXT. */
  fromTo: string;
  /** "trước cải cách 27 ngày, năm 2016 còn 2 ngày làm việc", or UNKNOWN_TEXT. */
  steps: string;
  /** "giảm 93%", "giảm ít nhất 75%", or why there is no figure. */
  text: string;
  /** Set when the two ends count days of different kinds. */
  caveat: string | undefined;
}
export interface CutRow {
  metricId: string;
  name: string;
  shortName: string;
  href: string;
  days: Cut;
  trips: Cut;
}
export interface SummaryChart extends ChartBase {
  kind: 'summary';
  rows: CutRow[];
}
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

const uniqueSources = (ids: Iterable<string>, sourceById: Map<string, SourceRef>): SourceRef[] =>
  [...new Set(ids)].map((id) => {
    const s = sourceById.get(id);
    if (!s) throw new Error(`unknown source "${id}"`);
    return s;
  });

/** "Trước cải cách: 27 ngày", "Năm 2016: 2 ngày làm việc", "Năm 2016: chưa có số liệu". */
function pointText(p: PeriodPoint, unit: string): string {
  if (p.display === null) return `${p.label}: ${UNKNOWN_TEXT.toLowerCase()}`;
  const shown = p.atLeast ? `ít nhất ${p.value}` : p.display;
  return `${p.label}: ${shown} ${p.dayKind === 'working' ? DAY_KIND_SHORT.working : unit}`;
}

export function cutOf(periods: readonly ResolvedPeriod[], measure: ChartMeasure): Cut {
  const unit = MEASURE_TEXT[measure].unit;
  const change = overallChange(periods, measure);
  if (!change) {
    return {
      change: null,
      reduction: null,
      bound: 'unknown',
      fromTo: UNKNOWN_TEXT,
      steps: UNKNOWN_TEXT,
      text: periods.some((p) => p[measure].value !== null)
        ? 'Chưa đủ số liệu để tính mức giảm: nguồn chỉ nêu số liệu của một kỳ.'
        : 'Chưa đủ số liệu để tính mức giảm: nguồn không nêu số liệu nào.',
      caveat: undefined,
    };
  }
  const bound = changeBound(change);
  const reduction = change.fraction === null ? null : -change.fraction;
  const from = displayValue({ value: change.fromValue, atLeast: change.fromAtLeast })!;
  const to = displayValue({ value: change.toValue, atLeast: change.toAtLeast })!;
  let text: string;
  if (reduction === null || bound === 'unknown') text = 'Không tính được tỉ lệ thay đổi.';
  else {
    const pct = formatPercent(Math.abs(reduction));
    const qualifier = bound === 'at-least' ? 'ít nhất ' : bound === 'at-most' ? 'tối đa ' : '';
    text = reduction > 0 ? `giảm ${qualifier}${pct}` : reduction < 0 ? `tăng ${qualifier}${pct}` : 'không đổi';
  }
  const fromKind = measure === 'days' ? change.from.days.kind : undefined;
  const toKind = measure === 'days' ? change.to.days.kind : undefined;
  const caveat =
    fromKind && toKind && fromKind !== toKind
      ? `Hai số có thể không cùng loại ngày: ${change.to.label.toLowerCase()} là ${DAY_KIND_CLAUSE[toKind]}, ${change.from.label.toLowerCase()} ${DAY_KIND_CLAUSE[fromKind]}.`
      : undefined;
  const unitAt = (p: ResolvedPeriod) => (measure === 'days' && p.days.kind === 'working' ? DAY_KIND_SHORT.working : unit);
  const steps = `${change.from.label.toLowerCase()} ${from} ${unitAt(change.from)}, ${change.to.label.toLowerCase()} còn ${to} ${unitAt(change.to)}`;
  return { change, reduction, bound, fromTo: `${from} → ${to} ${unit}`, steps, text, caveat };
}

function cutRow(metricId: string, name: string, shortName: string, periods: ResolvedPeriod[]): CutRow {
  return { metricId, name, shortName, href: reportHref(metricId), days: cutOf(periods, 'days'), trips: cutOf(periods, 'trips') };
}

function periodChart(
  section: Pick<ReportSection, 'id' | 'name' | 'shortName' | 'guide' | 'periods'>,
  measure: ChartMeasure,
  sourceById: Map<string, SourceRef>,
): PeriodChart {
  const text = MEASURE_TEXT[measure];
  const id = chartId(section.id, measure);
  let n = 0;
  const annotations: Annotation[] = [];
  const points: PeriodPoint[] = section.periods.map((p) => {
    const v: ResolvedValue = p[measure];
    let annotation: Annotation | undefined;
    if (p.annotation) {
      annotation = {
        n: ++n,
        period: p.period,
        periodLabel: p.label,
        text: p.annotation.text,
        source: uniqueSources([p.annotation.source], sourceById)[0]!,
      };
      annotations.push(annotation);
    }
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
  const cut = cutOf(section.periods, measure);
  const change = cut.change ? `Từ ${cut.change.from.label.toLowerCase()} đến ${cut.change.to.label.toLowerCase()}: ${cut.text}.` : cut.text;
  const summary = `${text.title}, ${section.shortName}. ${points.map((p) => pointText(p, text.unit)).join('; ')}. ${change}`;
  const sources = uniqueSources([...section.periods.map((p) => p[measure].source), ...annotations.map((a) => a.source.id)], sourceById);
  return {
    kind: 'period',
    id,
    metricId: section.id,
    measure,
    procedureName: section.name,
    guide: section.guide,
    title: `${text.title}: ${section.shortName}`,
    unitLine: `Đơn vị: ${text.unit}.`,
    dayKindLine: measure === 'days' ? dayKindNote(section.periods) : undefined,
    summary,
    data: {
      orientation: 'vertical',
      axis: text.unit,
      labels: points.map((p) => (p.annotation ? [p.label, `Ghi chú ${p.annotation.n}`] : [p.label])),
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
    },
    points,
    annotations,
    sources,
    href: reportHref(id),
    embedHref: embedHref(id),
    csvHref: chartCsvHref(id),
  };
}

/** A cut as a bar of the summary chart: percent of the starting figure, null when unknown. */
function cutBar(c: Cut): ChartBar {
  if (c.reduction === null || c.bound === 'unknown') return { value: null, atLeast: false, display: null };
  const pct = formatPercent(Math.abs(c.reduction));
  const shown = c.reduction < 0 ? `+${pct}` : pct;
  return {
    value: Math.round(c.reduction * 1000) / 10,
    atLeast: c.bound === 'at-least',
    display: c.bound === 'at-least' ? `≥ ${shown}` : c.bound === 'at-most' ? `≤ ${shown}` : shown,
  };
}

/** Largest cut in days first; procedures without a days cut last, in file order. */
const byDaysCut = (rows: CutRow[]) => [...rows].sort((a, b) => (b.days.reduction ?? -Infinity) - (a.days.reduction ?? -Infinity));

function summaryChart(sections: ReportSection[], sourceById: Map<string, SourceRef>): SummaryChart {
  const rows = byDaysCut(sections.map((s) => s.cut));
  const part = (m: ChartMeasure) =>
    rows
      .map((r) => `${r.shortName}: ${r[m].reduction === null || r[m].bound === 'unknown' ? UNKNOWN_TEXT.toLowerCase() : r[m].text}`)
      .join('; ');
  return {
    kind: 'summary',
    id: SUMMARY_CHART_ID,
    title: 'Mức cắt giảm theo thủ tục: số ngày giải quyết và số lần đi lại',
    unitLine: 'Đơn vị: phần trăm giảm so với kỳ sớm nhất có số liệu (trước cải cách), tới kỳ muộn nhất có số liệu.',
    dayKindLine: undefined,
    summary: `Số ngày giải quyết: ${part('days')}. Số lần đi lại: ${part('trips')}.`,
    data: {
      orientation: 'horizontal',
      axis: '% giảm',
      max: 100,
      labels: rows.map((r) => [r.shortName]),
      series: [
        { key: 'days', label: MEASURE_TEXT.days.title, color: '--chart-1', striped: false, bars: rows.map((r) => cutBar(r.days)) },
        { key: 'trips', label: MEASURE_TEXT.trips.title, color: '--chart-3', striped: true, bars: rows.map((r) => cutBar(r.trips)) },
      ],
      unknown: UNKNOWN_TEXT,
    },
    rows,
    sources: uniqueSources(
      sections.flatMap((s) => s.sources.map((x) => x.id)),
      sourceById,
    ),
    href: reportHref(SUMMARY_CHART_ID),
    embedHref: embedHref(SUMMARY_CHART_ID),
    csvHref: chartCsvHref(SUMMARY_CHART_ID),
  };
}

/** Report order is file order: staff expect a stable order, not one that moves with the data. */
export function reportSections(content: ContentSet): ReportSection[] {
  const sourceById = new Map(content.sources.map((s) => [s.id, { ...s.data, id: s.id }]));
  return content.metrics.map((m) => {
    const periods = resolveMetric(m.data);
    const guide = content.procedures.find((p) => p.id === m.data.procedure);
    if (!guide) throw new Error(`metric ${m.id}: guide "${m.data.procedure}" is missing or a draft`);
    const ids: string[] = [];
    for (const p of periods) {
      for (const v of [p.days, p.trips, p.agencies, p.onlineLevel]) ids.push(v.source);
      if (p.annotation) ids.push(p.annotation.source);
    }
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
      sources: uniqueSources(ids, sourceById),
      charts: { days: periodChart(base, 'days', sourceById), trips: periodChart(base, 'trips', sourceById) },
      cut: cutRow(m.id, m.data.name, m.data.shortName, periods),
    };
  });
}

export function reportModel(content: ContentSet): ReportModel {
  const sourceById = new Map(content.sources.map((s) => [s.id, { ...s.data, id: s.id }]));
  const sections = reportSections(content);
  const summary = summaryChart(sections, sourceById);
  return {
    sections,
    summary,
    headline: summary.rows,
    charts: [summary, ...sections.flatMap((s) => CHART_MEASURES.map((m) => s.charts[m]))],
  };
}

/** The section of a metric, found by its metric id or by the id of its guide. */
export function findSection(model: { sections: readonly ReportSection[] }, procedure: string): ReportSection | undefined {
  return model.sections.find((s) => s.id === procedure) ?? model.sections.find((s) => s.guide.id === procedure);
}
