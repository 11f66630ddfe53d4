/** Pure: the CSV download of one chart (/du-lieu/bieu-do/<chart id>.csv), exactly the numbers it draws. */
import { NOTE_SEPARATOR } from '../../schemas/open-data.ts';
import { toCsv } from './csv.ts';
import { reductionPercent } from './cuts.ts';
import { CHART_MEASURES } from './ids.ts';
import type { PeriodChart } from './period-chart.ts';
import type { SummaryChart } from './summary-chart.ts';

/** Columns of a period chart's CSV: the chart's numbers, one row per period. */
export const PERIOD_CHART_COLUMNS = [
  'chart_id',
  'procedure_id',
  'procedure_name',
  'measure',
  'period',
  'period_label',
  'value',
  'qualifier',
  'unit',
  'day_kind',
  'annotation',
  'source_id',
  'note',
] as const;

/** Columns of the summary chart's CSV: one row per procedure and measure. */
export const SUMMARY_CHART_COLUMNS = [
  'chart_id',
  'procedure_id',
  'procedure_name',
  'measure',
  'from_period',
  'from_value',
  'from_qualifier',
  'to_period',
  'to_value',
  'to_qualifier',
  'reduction_percent',
  'bound',
  'note',
] as const;

function periodChartCsv(c: PeriodChart): string {
  return toCsv(
    PERIOD_CHART_COLUMNS,
    c.points.map((p) => ({
      chart_id: c.id,
      procedure_id: c.metricId,
      procedure_name: c.procedureName,
      measure: c.measure,
      period: p.period,
      period_label: p.label,
      value: p.value,
      qualifier: p.value !== null && p.atLeast ? 'at_least' : null,
      unit: c.data.axis,
      day_kind: p.dayKind ?? null,
      annotation: p.annotation?.text ?? null,
      source_id: c.sources.map((s) => s.id).join(';'),
      note: p.note ?? null,
    })),
  );
}

function summaryChartCsv(c: SummaryChart): string {
  return toCsv(
    SUMMARY_CHART_COLUMNS,
    c.rows.flatMap((r) =>
      CHART_MEASURES.map((m) => {
        const cut = r[m];
        const ch = cut.change;
        return {
          chart_id: c.id,
          procedure_id: r.metricId,
          procedure_name: r.name,
          measure: m,
          from_period: ch?.from.period ?? null,
          from_value: ch?.fromValue ?? null,
          from_qualifier: ch?.fromAtLeast ? 'at_least' : null,
          to_period: ch?.to.period ?? null,
          to_value: ch?.toValue ?? null,
          to_qualifier: ch?.toAtLeast ? 'at_least' : null,
          reduction_percent: reductionPercent(cut),
          bound: cut.change ? cut.bound : null,
          note: [cut.change ? null : cut.text, cut.caveat].filter(Boolean).join(NOTE_SEPARATOR) || null,
        };
      }),
    ),
  );
}

/** The CSV download of one chart. */
export const chartCsv = (c: PeriodChart | SummaryChart): string => (c.kind === 'period' ? periodChartCsv(c) : summaryChartCsv(c));
