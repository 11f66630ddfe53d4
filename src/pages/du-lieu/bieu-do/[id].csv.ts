/** /du-lieu/bieu-do/<chart id>.csv: exactly the numbers one chart draws. Linked from each chart; works without JavaScript. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReportModel } from '../../../data/report-content.ts';
import { chartCsv } from '../../../data/open-data.ts';
import type { ReportChart } from '../../../data/report.ts';

export const getStaticPaths = (async () => {
  const model = await loadReportModel();
  return model.charts.map((chart) => ({ params: { id: chart.id }, props: { chart } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ chart: ReportChart }> = ({ props }) =>
  new Response(chartCsv(props.chart), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
