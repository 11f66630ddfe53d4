/**
 * Pure: the CSV download of one chart (/du-lieu/bieu-do/<chart id>.csv), exactly the numbers it
 * draws. People open these in Excel, so headers and values are Vietnamese (src/i18n/open-data.ts);
 * numbers stay numbers, and an unknown stays an empty cell, never 0.
 */
import { NOTE_SEPARATOR } from '../../schemas/open-data.ts';
import { openDataText } from '../../i18n/report.ts';
import { spreadsheetText as t } from '../../i18n/open-data.ts';
import { DAY_KIND_NOTE } from '../../i18n/vi.ts';
import { toCsv, type CsvColumn } from './csv.ts';
import { reductionPercent } from './cuts.ts';
import { CHART_MEASURES } from './ids.ts';
import type { PeriodChart } from './period-chart.ts';
import type { SummaryChart } from './summary-chart.ts';

const columnsOf = <K extends string>(headers: Record<K, string>): CsvColumn<K>[] =>
  (Object.keys(headers) as K[]).map((key) => ({ key, header: headers[key] }));

type PeriodKey = keyof typeof t.periodColumns;
type SummaryKey = keyof typeof t.summaryColumns;

/** Headers of a period chart's CSV, in order: the chart's numbers, one row per period. */
export const PERIOD_CHART_COLUMNS = Object.values(t.periodColumns);
/** Headers of the summary chart's CSV, in order: one row per procedure and measure. */
export const SUMMARY_CHART_COLUMNS = Object.values(t.summaryColumns);

const measureName = (m: 'days' | 'trips') => openDataText.measureNote[m];

function periodChartCsv(c: PeriodChart): string {
  return toCsv<PeriodKey>(
    columnsOf(t.periodColumns),
    c.points.map((p) => ({
      chart_id: c.id,
      procedure_id: c.metricId,
      procedure_name: c.procedureName,
      measure: measureName(c.measure),
      period_label: p.label,
      value: p.value,
      qualifier: p.value !== null && p.atLeast ? t.atLeast : null,
      unit: c.data.axis,
      day_kind: p.dayKind ? DAY_KIND_NOTE[p.dayKind] : null,
      annotation: p.annotation?.text ?? null,
      source_id: c.sources.map((s) => s.id).join(';'),
      note: p.note ?? null,
    })),
  );
}

function summaryChartCsv(c: SummaryChart): string {
  return toCsv<SummaryKey>(
    columnsOf(t.summaryColumns),
    c.rows.flatMap((r) =>
      CHART_MEASURES.map((m) => {
        const cut = r[m];
        const ch = cut.change;
        return {
          chart_id: c.id,
          procedure_id: r.metricId,
          procedure_name: r.name,
          measure: measureName(m),
          from_period: ch?.from.label ?? null,
          from_value: ch?.fromValue ?? null,
          from_qualifier: ch?.fromAtLeast ? t.atLeast : null,
          to_period: ch?.to.label ?? null,
          to_value: ch?.toValue ?? null,
          to_qualifier: ch?.toAtLeast ? t.atLeast : null,
          reduction_percent: reductionPercent(cut),
          bound: cut.change ? t.bound[cut.bound] : null,
          note: [cut.change ? null : cut.text, cut.caveat].filter(Boolean).join(NOTE_SEPARATOR) || null,
        };
      }),
    ),
  );
}

/** The CSV download of one chart. */
export const chartCsv = (c: PeriodChart | SummaryChart): string => (c.kind === 'period' ? periodChartCsv(c) : summaryChartCsv(c));
