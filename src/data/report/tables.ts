/**
 * Pure: the report's three tables as view models for DataTable.astro: a period chart's numbers,
 * the summary chart's cuts, and every figure of one procedure. Unknown is written out, a lower
 * bound keeps "≥", and the kind of day is stated.
 */
import { DAY_KIND_LABEL, DAY_KIND_SHORT } from '../../i18n/vi.ts';
import { cutText, reportUi, tableText, UNKNOWN_TEXT } from '../../i18n/report.ts';
import { sourceHref } from '../../utils/routes.ts';
import { displayValue, type ResolvedPeriod, type ResolvedValue } from '../metrics.ts';
import { isKnownCut, reductionPercent, type Cut } from './cuts.ts';
import { CHART_MEASURES } from './ids.ts';
import type { PeriodChart, PeriodPoint } from './period-chart.ts';
import type { SummaryChart } from './summary-chart.ts';
import type { CellNote, CellValue, DataCell, DataTable } from './table-model.ts';

const valueOf = (shown: string | null, after?: string): CellValue =>
  shown === null ? { unknown: UNKNOWN_TEXT } : after === undefined ? { strong: shown } : { strong: shown, after };

function pointNotes(p: PeriodPoint): CellNote[] {
  const notes: CellNote[] = [];
  if (p.atLeast && !p.note) notes.push({ class: 'note', text: tableText.atLeastNote });
  if (p.note) notes.push({ class: 'note', text: p.note });
  if (p.annotation) {
    notes.push({
      class: 'note annotation',
      label: `${reportUi.annotation(p.annotation.n)}:`,
      text: p.annotation.text,
      link: { href: sourceHref(p.annotation.source.id), text: tableText.annotationSource(p.annotation.source.publisher) },
    });
  }
  return notes;
}

/** A period chart's numbers, period by period, with the notes the chart can only point to. */
export function periodChartTable(chart: PeriodChart): DataTable {
  return {
    class: 'chart-table',
    attrs: { 'data-chart-table': chart.id },
    caption: tableText.chartCaption(chart.title),
    heads: [{ text: tableText.period }, { text: tableText.periodValueHead(chart.data.series[0]!.label) }],
    rows: chart.points.map((p) => ({
      attrs: { 'data-point': p.period },
      head: { text: p.label },
      cells: [
        {
          attrs: { 'data-value': p.value ?? '', 'data-at-least': p.atLeast ? 'true' : undefined },
          valueLine: true,
          value: valueOf(p.display, p.dayKind ? DAY_KIND_SHORT[p.dayKind] : chart.data.axis),
          notes: pointNotes(p),
        },
      ],
    })),
  };
}

function cutCell(measure: string, c: Cut): DataCell {
  const known = isKnownCut(c);
  const span = c.change ? cutText.span(c.change.from.label, c.change.to.label) : '';
  const notes: CellNote[] = known ? [{ class: 'detail', text: tableText.cutDetail(c.fromTo, span) }] : [];
  if (c.caveat) notes.push({ class: 'detail', text: c.caveat });
  return {
    attrs: { 'data-measure': measure, 'data-reduction': reductionPercent(c) ?? '' },
    value: known ? { strong: c.text } : { unknown: c.text },
    notes,
  };
}

/** The summary chart's numbers: each procedure's cut in days and in trips, from and to which period. */
export function cutTable(chart: SummaryChart): DataTable {
  return {
    class: 'chart-table cut-table',
    attrs: { 'data-chart-table': chart.id },
    caption: tableText.chartCaption(chart.title),
    heads: [{ text: tableText.procedure }, { text: tableText.cutDays }, { text: tableText.cutTrips }],
    rows: chart.rows.map((r) => ({
      attrs: { 'data-cut': r.metricId },
      head: { text: r.shortName, href: r.href },
      cells: CHART_MEASURES.map((m) => cutCell(m, r[m])),
    })),
  };
}

function metricCell(key: string, v: ResolvedValue, unit: string): DataCell {
  const notes: CellNote[] = [];
  if (unit) notes.push({ class: 'unit', text: unit });
  if (v.note) notes.push({ class: 'note', text: v.note });
  return {
    class: 'num',
    attrs: { 'data-measure': key, 'data-value': v.value ?? '', 'data-at-least': v.atLeast ? 'true' : undefined },
    value: valueOf(displayValue(v)),
    notes,
  };
}

const metricCells = (p: ResolvedPeriod): DataCell[] => [
  metricCell('days', p.days, p.days.value === null ? '' : DAY_KIND_LABEL[p.days.kind]),
  metricCell('trips', p.trips, p.trips.atLeast ? tableText.tripsAtLeast : ''),
  metricCell('agencies', p.agencies, ''),
  metricCell('onlineLevel', p.onlineLevel, p.onlineLevel.value === null ? '' : tableText.onlineLevelUnit),
];

/** Every figure of one procedure, period by period. */
export function metricTable(section: { id: string; name: string; periods: readonly ResolvedPeriod[] }): DataTable {
  const [first, ...rest] = tableText.metricHeads;
  return {
    class: 'metric-table',
    attrs: { 'data-metric': section.id },
    caption: tableText.metricCaption(section.name),
    heads: [{ text: first }, ...rest.map((text) => ({ text, class: 'num' }))],
    rows: section.periods.map((p) => ({
      attrs: { 'data-period': p.period },
      head: { text: p.label, ...(p.annotation ? { note: { class: 'annotation', text: p.annotation.text } } : {}) },
      cells: metricCells(p),
    })),
  };
}

/** The table under a chart: its numbers period by period, or the cuts for the summary chart. */
export const chartTable = (chart: PeriodChart | SummaryChart): DataTable =>
  chart.kind === 'period' ? periodChartTable(chart) : cutTable(chart);
