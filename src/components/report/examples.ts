/**
 * Examples of the report's one table component, with view models built from the real content:
 * a period chart's table (an unknown year, a lower bound, an annotation with its source), the
 * summary chart's cuts, and every figure of one procedure. Rendered and checked by
 * src/components/examples.test.ts.
 */
import type { ComponentExamples } from '../component-examples.ts';
import type { DataTable as Table } from '../../data/report/table-model.ts';
import { readContent } from '../../checks/read-content.ts';
import { findSection, reportModel } from '../../data/report.ts';
import { cutTable, metricTable, periodChartTable } from '../../data/report/tables.ts';
import DataTable from './DataTable.astro';

const model = reportModel(readContent(process.cwd(), '2026-12-01').content);
const section = (id: string) => {
  const s = findSection(model, id);
  if (!s) throw new Error(`table examples: no section "${id}" in content/metrics`);
  return s;
};
const birth = section('lien-thong-khai-sinh-thuong-tru-bhyt');
const business = section('lien-thong-dang-ky-kinh-doanh-ma-so-thue');

const examples: ComponentExamples<{ table: Table }> = {
  component: DataTable,
  examples: [
    {
      name: 'a chart table writes an unknown year out and keeps working days',
      props: { table: periodChartTable(birth.charts.trips) },
      contains: ['Bảng số liệu của biểu đồ: Số lần người dân phải đi lại', 'Trước cải cách', 'Chưa có số liệu'],
      lacks: ['undefined', 'null'],
      has: ['table.chart-table[data-chart-table="lien-thong-khai-sinh-thuong-tru-bhyt-so-lan-di-lai"]', 'th[scope="row"]', 'td .unknown'],
    },
    {
      name: 'a lower bound keeps "≥" and says the source wrote "ít nhất"',
      props: { table: periodChartTable(business.charts.trips) },
      contains: ['≥ 4'],
      has: ['td[data-at-least="true"]'],
    },
    {
      name: 'an annotation links to its source',
      props: { table: periodChartTable(birth.charts.days) },
      contains: ['Ghi chú 1:', 'ngày làm việc'],
      has: ['.annotation a[href="/nguon/#kinhtedothi-2016"]'],
    },
    {
      name: 'the cuts table links each procedure to its section and says why a cut is missing',
      props: { table: cutTable(model.summary) },
      contains: ['giảm 93%', '27 → 2 ngày (Trước cải cách → năm 2016)', 'Chưa đủ số liệu để tính mức giảm'],
      has: ['table.cut-table', 'th[scope="row"] a[href="/bao-cao/#lien-thong-khai-sinh-thuong-tru-bhyt"]', 'td[data-reduction="92.6"]'],
    },
    {
      name: 'every figure of one procedure, with the kind of day and the notes',
      props: { table: metricTable(birth) },
      contains: ['số liệu theo kỳ', 'Số cơ quan phải đến', 'Bài báo không nêu.'],
      has: ['table.metric-table[data-metric="lien-thong-khai-sinh-thuong-tru-bhyt"]', 'th.num', 'td.num[data-measure="onlineLevel"]'],
      hasNot: ['td[data-measure="onlineLevel"] strong'],
    },
  ],
};

export default examples;
export { examples };
