import { describe, expect, it } from 'vitest';
import { MetricSchema, SourceSchema, type Procedure } from '../schemas/index.ts';
import type { ContentSet, Entry } from '../checks/content-set.ts';
import { chartId, cutOf, findSection, reportModel, SUMMARY_CHART_ID, UNKNOWN_TEXT } from './report.ts';
import { resolveMetric } from './metrics.ts';
import { period } from '../../tests/metric-periods.ts';

const metric = (id: string, procedure: string, periods: unknown[]) => ({
  id,
  file: `content/metrics/${id}.json`,
  data: MetricSchema.parse({ name: `Thủ tục ${id}`, shortName: id, procedure, periods }),
});
const guide = (id: string) =>
  ({ id, file: `content/procedures/${id}.md`, data: { title: `Hướng dẫn ${id}` } }) as unknown as Entry<Procedure>;

function content(): ContentSet {
  return {
    procedures: [guide('huong-dan-a'), guide('huong-dan-b')],
    documents: [],
    metrics: [
      // Periods deliberately out of order in the file: "before" must still come first.
      metric('a', 'huong-dan-a', [
        period('before', 27, 6),
        period('2015', 7, 2, { annotation: { text: 'Liên thông lần đầu.' } }),
        period('2016', 2, null, { days: { value: 2, kind: 'working' } }),
      ]),
      metric('b', 'huong-dan-b', [period('before', 16, 4, { trips: { value: 4, atLeast: true } }), period('2016', 6, null)]),
    ],
    sources: [
      {
        id: 'bao',
        file: 'content/sources/bao.json',
        data: SourceSchema.parse({ publisher: 'Báo', title: 'Bài', date: 2016, kind: 'news' }),
      },
    ],
    fields: [],
    agencies: [],
    lifeEvents: [],
    searchWords: [],
  };
}

describe('reform report model', () => {
  const model = reportModel(content());
  const a = findSection(model, 'a')!;
  const b = findSection(model, 'huong-dan-b')!;

  it('has one section per metrics file, found by metric id or by guide id', () => {
    expect(model.sections.map((s) => s.id)).toEqual(['a', 'b']);
    expect(b.id).toBe('b');
    expect(a.guide.href).toBe('/thu-tuc/huong-dan-a/');
  });

  it('gives each procedure a days chart and a trips chart, plus one summary chart, each with a stable id', () => {
    expect(model.charts.map((c) => c.id)).toEqual([SUMMARY_CHART_ID, 'a-so-ngay', 'a-so-lan-di-lai', 'b-so-ngay', 'b-so-lan-di-lai']);
    expect(a.charts.days.href).toBe('/bao-cao/#a-so-ngay');
    expect(a.charts.days.embedHref).toBe('/nhung/a-so-ngay/');
    expect(a.charts.trips.csvHref).toBe('/du-lieu/bieu-do/a-so-lan-di-lai.csv');
    expect(chartId('a', 'trips')).toBe('a-so-lan-di-lai');
  });

  it('labels the period before the reform "Trước cải cách", never a year, and keeps time order', () => {
    expect(a.charts.days.data.labels.map((l) => l[0])).toEqual(['Trước cải cách', 'Năm 2015', 'Năm 2016']);
  });

  it('charts an unknown value as null (a gap), never 0, and keeps its note', () => {
    const trips2016 = a.charts.trips.points.find((p) => p.period === '2016')!;
    expect(trips2016.value).toBeNull();
    expect(trips2016.display).toBeNull();
    expect(trips2016.note).toBe('Không nêu.');
    expect(a.charts.trips.data.series[0]!.bars.map((x) => x.value)).toEqual([6, 2, null]);
    expect(a.charts.trips.summary).toContain(`Năm 2016: ${UNKNOWN_TEXT.toLowerCase()}`);
  });

  it('marks a lower bound "≥ 4" on the chart and says "ít nhất" in the summary', () => {
    const bar = b.charts.trips.data.series[0]!.bars[0]!;
    expect(bar).toEqual({ value: 4, atLeast: true, display: '≥ 4' });
    expect(b.charts.trips.summary).toContain('Trước cải cách: ít nhất 4 lần');
  });

  it('states the kind of day, period by period when kinds differ', () => {
    expect(a.charts.days.dayKindLine).toBe(
      'Loại ngày: Trước cải cách, Năm 2015: nguồn không nói rõ là ngày làm việc hay ngày theo lịch; Năm 2016: ngày làm việc.',
    );
    expect(b.charts.days.dayKindLine).toBe('Loại ngày: nguồn không nói rõ là ngày làm việc hay ngày theo lịch.');
    expect(a.charts.trips.dayKindLine).toBeUndefined();
    expect(a.charts.days.summary).toContain('Năm 2016: 2 ngày làm việc');
  });

  it('numbers annotations and shows them under the period label on the chart', () => {
    expect(a.charts.days.annotations).toEqual([
      expect.objectContaining({ n: 1, period: '2015', text: 'Liên thông lần đầu.', source: expect.objectContaining({ id: 'bao' }) }),
    ]);
    expect(a.charts.days.data.labels[1]).toEqual(['Năm 2015', 'Ghi chú 1']);
  });

  it('computes the cut from the first to the last known value: 27 → 2 days is a 93% cut', () => {
    expect(a.cut.days.fromTo).toBe('27 → 2 ngày');
    expect(a.cut.days.steps).toBe('trước cải cách 27 ngày, năm 2016 còn 2 ngày làm việc');
    expect(a.cut.days.reduction).toBeCloseTo(25 / 27);
    expect(a.cut.days.text).toBe('giảm 93%');
    // The trips cut stops at 2015: 2016 is unknown, not 0.
    expect(a.cut.trips.fromTo).toBe('6 → 2 lần');
    expect(a.cut.trips.change!.to.period).toBe('2015');
  });

  it('warns when the two ends of a day cut count different kinds of day', () => {
    expect(a.cut.days.caveat).toBe(
      'Hai số có thể không cùng loại ngày: năm 2016 là ngày làm việc, trước cải cách nguồn không nói rõ loại ngày.',
    );
    expect(b.cut.days.caveat).toBeUndefined();
  });

  it('gives no cut, and says why, when only one value is known', () => {
    expect(b.cut.trips.reduction).toBeNull();
    expect(b.cut.trips.text).toBe('Chưa đủ số liệu để tính mức giảm: nguồn chỉ nêu số liệu của một kỳ.');
    const bar = model.summary.data.series[1]!.bars[1]!;
    expect(bar).toEqual({ value: null, atLeast: false, display: null });
  });

  it('says "giảm ít nhất" when the starting figure is a lower bound', () => {
    const periods = resolveMetric(
      MetricSchema.parse({
        name: 'x',
        shortName: 'x',
        procedure: 'x',
        periods: [period('before', 16, 4, { trips: { value: 4, atLeast: true } }), period('2016', 6, 1)],
      }),
    );
    const cut = cutOf(periods, 'trips');
    expect(cut.text).toBe('giảm ít nhất 75%');
    expect(cut.fromTo).toBe('≥ 4 → 1 lần');
    expect(cut.bound).toBe('at-least');
  });

  it('puts the largest cut in days first in the headline figures', () => {
    expect(model.headline.map((r) => r.metricId)).toEqual(['a', 'b']);
    expect(model.summary.data.series[0]!.bars.map((x) => x.display)).toEqual(['93%', '63%']);
  });

  it('lists each source once per chart', () => {
    expect(a.charts.days.sources.map((s) => s.id)).toEqual(['bao']);
  });
});
