/** The ids of the report's charts: each is a page anchor, an embed path and a CSV file name at once. */

import { CHART_MEASURES } from '../../checks/narrative.ts';

/** The two figures charted per procedure (the narrative's checks place one chart of each). */
export { CHART_MEASURES };
export type ChartMeasure = (typeof CHART_MEASURES)[number];

const MEASURE_SLUG: Record<ChartMeasure, string> = { days: 'so-ngay', trips: 'so-lan-di-lai' };

/** "<metric id>-so-ngay": the chart's anchor on the report, its embed path and its CSV name. */
export const chartId = (metricId: string, measure: ChartMeasure): string => `${metricId}-${MEASURE_SLUG[measure]}`;
export const SUMMARY_CHART_ID = 'so-sanh-muc-cat-giam';

export const isChartMeasure = (m: string): m is ChartMeasure => (CHART_MEASURES as readonly string[]).includes(m);
