/**
 * Examples of the chart figure, built from the real content (content/metrics, content/sources), so
 * they show what staff data really produces: a gap "Chưa có số liệu" where the source gives no
 * figure, a lower bound "≥ 4", working days, the summary chart with its legend, an embed, and a
 * chart with no figure at all. Rendered and checked by src/components/examples.test.ts.
 */
import type { ComponentExamples } from '../component-examples.ts';
import { readContent } from '../../checks/read-content.ts';
import { reportModel, type PeriodChart, type ReportChart } from '../../data/report.ts';
import ChartFigure from './ChartFigure.astro';

interface Props {
  chart: ReportChart;
  headingLevel?: 1 | 2 | 3;
  embed?: boolean;
}

const model = reportModel(readContent(process.cwd(), '2026-12-01').content);
const chart = (id: string): ReportChart => {
  const c = model.charts.find((x) => x.id === id);
  if (!c) throw new Error(`chart examples: no chart "${id}" in content/metrics`);
  return c;
};
const birthTrips = chart('lien-thong-khai-sinh-thuong-tru-bhyt-so-lan-di-lai') as PeriodChart;
/** The same chart as if the source gave no figure at all. */
const noFigures: PeriodChart = {
  ...birthTrips,
  data: {
    ...birthTrips.data,
    series: birthTrips.data.series.map((s) => ({ ...s, bars: s.bars.map(() => ({ value: null, atLeast: false, display: null })) })),
  },
};

const examples: ComponentExamples<Props> = {
  component: ChartFigure,
  examples: [
    {
      name: 'trips with an unknown year drawn as a gap, never 0',
      props: { chart: birthTrips },
      contains: ['Số lần người dân phải đi lại', 'Năm 2016: chưa có số liệu', 'Liên kết tới biểu đồ này', 'Tải số liệu biểu đồ (CSV)'],
      has: [
        'figure[data-module="reform-chart"]',
        'canvas[data-chart]',
        '[data-chart-box][hidden]',
        'li[data-needs-js][hidden] button[data-action="png"]',
        'details.embed textarea',
      ],
      hasNot: ['.legend', 'h1'],
    },
    {
      name: 'a lower bound says "≥" and what it means',
      props: { chart: chart('lien-thong-dang-ky-kinh-doanh-ma-so-thue-so-lan-di-lai') },
      contains: ['Dấu “≥”: số tối thiểu (“ít nhất”).', 'ít nhất 4 lần'],
    },
    {
      name: 'days that change kind state it period by period',
      props: { chart: chart('lien-thong-khai-sinh-thuong-tru-bhyt-so-ngay') },
      contains: ['Loại ngày:', 'ngày làm việc', 'Hướng dẫn thủ tục hiện nay'],
      has: ['.chart-actions a[href="/thu-tuc/lien-thong-khai-sinh-thuong-tru-bhyt/"]'],
    },
    {
      name: 'the summary chart with a legend that does not rely on colour',
      props: { chart: model.summary, headingLevel: 2 },
      contains: ['Chú giải', 'Mức cắt giảm theo thủ tục', '(cột kẻ sọc)', '(cột tô đặc)'],
      has: ['h2.chart-title', 'ul.legend', 'svg.swatch--chart-3'],
    },
    {
      name: 'on an embed page: a level-1 title, a link to the full report, no embed code',
      props: { chart: birthTrips, headingLevel: 1, embed: true },
      contains: ['Xem trong báo cáo đầy đủ'],
      has: ['h1.chart-title', 'a[target="_top"][href="/bao-cao/#lien-thong-khai-sinh-thuong-tru-bhyt-so-lan-di-lai"]'],
      hasNot: ['details.embed', 'textarea'],
    },
    {
      name: 'a chart without any figure draws nothing and says why',
      props: { chart: noFigures },
      contains: ['Không có biểu đồ: nguồn không nêu số liệu nào'],
      hasNot: ['canvas', 'button[data-action="png"]'],
    },
  ],
};

export default examples;
export { examples };
