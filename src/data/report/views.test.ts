import { describe, expect, it } from 'vitest';
import { MetricSchema, SourceSchema, type Procedure } from '../../schemas/index.ts';
import type { ContentSet, Entry } from '../../checks/content-set.ts';
import { reportModel } from '../report.ts';
import { reformFigures } from './figures.ts';
import { reportLocals } from './page-view.ts';
import { chartTable, cutTable, metricTable, periodChartTable } from './tables.ts';
import { period } from '../../../tests/metric-periods.ts';

const content: ContentSet = {
  procedures: [{ id: 'huong-dan-a', file: 'a.md', data: { title: 'Hướng dẫn A' } } as unknown as Entry<Procedure>],
  documents: [],
  metrics: [
    {
      id: 'a',
      file: 'a.json',
      data: MetricSchema.parse({
        name: 'Thủ tục A',
        shortName: 'A',
        procedure: 'huong-dan-a',
        periods: [
          period('before', 27, 4, { trips: { value: 4, atLeast: true } }),
          period('2016', 2, null, { days: { value: 2, kind: 'working' }, annotation: { text: 'Liên thông.' } }),
        ],
      }),
    },
  ],
  sources: [{ id: 'bao', file: 'bao.json', data: SourceSchema.parse({ publisher: 'Báo', title: 'Bài', date: 2016, kind: 'news' }) }],
  fields: [],
  agencies: [],
  lifeEvents: [],
  searchWords: [],
};
const model = reportModel(content);
const section = model.sections[0]!;

describe('report tables as view models', () => {
  it('a period table writes an unknown value out, never 0, and keeps its note', () => {
    const row = periodChartTable(section.charts.trips).rows[1]!;
    expect(row.attrs).toEqual({ 'data-point': '2016' });
    expect(row.cells[0]!.value).toEqual({ unknown: 'Chưa có số liệu' });
    expect(row.cells[0]!.attrs['data-value']).toBe('');
    expect(row.cells[0]!.notes.map((n) => n.text)).toContain('Không nêu.');
  });

  it('a lower bound keeps "≥" and says the source wrote "ít nhất"', () => {
    const cell = periodChartTable(section.charts.trips).rows[0]!.cells[0]!;
    expect(cell.value).toEqual({ strong: '≥ 4', after: 'lần' });
    expect(cell.attrs['data-at-least']).toBe('true');
    expect(cell.notes[0]!.text).toBe('Số tối thiểu: nguồn viết “ít nhất”.');
  });

  it('names working days and links an annotation to its source', () => {
    const cell = periodChartTable(section.charts.days).rows[1]!.cells[0]!;
    expect(cell.value).toEqual({ strong: '2', after: 'ngày làm việc' });
    expect(cell.notes.at(-1)).toEqual({
      class: 'note annotation',
      label: 'Ghi chú 1:',
      text: 'Liên thông.',
      link: { href: '/nguon/#bao', text: 'Nguồn: Báo' },
    });
  });

  it('the cuts table links each procedure to its section and explains a missing cut', () => {
    const t = cutTable(model.summary);
    expect(chartTable(model.summary)).toEqual(t);
    const row = t.rows[0]!;
    expect(row.head).toEqual({ text: 'A', href: '/bao-cao/#a' });
    expect(row.cells[0]!.value).toEqual({ strong: 'giảm 93%' });
    expect(row.cells[0]!.attrs['data-reduction']).toBe(92.6);
    expect(row.cells[1]!.value).toEqual({ unknown: 'Chưa đủ số liệu để tính mức giảm: nguồn chỉ nêu số liệu của một kỳ.' });
  });

  it('the metric table has a column per measure and the annotation under the period', () => {
    const t = metricTable(section);
    expect(t.heads.map((h) => h.text)).toEqual([
      'Kỳ',
      'Số ngày giải quyết',
      'Số lần đi lại',
      'Số cơ quan phải đến',
      'Dịch vụ công trực tuyến',
    ]);
    expect(t.rows[1]!.head.note).toEqual({ class: 'annotation', text: 'Liên thông.' });
    expect(t.rows[0]!.cells[1]!.notes[0]).toEqual({ class: 'unit', text: 'ít nhất' });
  });
});

describe("a guide's reform figures", () => {
  it('link to each chart and to the section, with the cut in words', () => {
    const view = reformFigures({ metricId: 'a', name: 'Thủ tục A', periods: section.periods }, 'bài báo “X” của Báo Y, năm 2016');
    expect(view.intro).toBe(
      'Số liệu “Thủ tục A” theo bài báo “X” của Báo Y, năm 2016: kết quả của những năm đó, không phải quy định hiện nay (xem các mục ở trên).',
    );
    expect(view.lines.map((l) => l.href)).toEqual(['/bao-cao/#a-so-ngay', '/bao-cao/#a-so-lan-di-lai']);
    expect(view.lines[0]!.cut.steps).toBe('trước cải cách 27 ngày, năm 2016 còn 2 ngày làm việc');
    expect(view.lines[1]!.linkText).toBe('Xem biểu đồ số lần đi lại');
    expect(view.section.href).toBe('/bao-cao/#a');
  });
});

describe('what the report page hands to the narrative', () => {
  const locals = reportLocals(model);

  it('finds a section by its metric id or by its guide id, and is built once per model', () => {
    expect(locals.sections.get('a')).toBe(locals.sections.get('huong-dan-a'));
    expect(locals.sections.get('khong-co')).toBeUndefined();
    expect(reportLocals(model)).toBe(locals);
  });

  it('carries each chart with its table, and the cuts linking to the charts', () => {
    const s = locals.sections.get('a')!;
    expect(s.charts.days.chart.id).toBe('a-so-ngay');
    expect(s.charts.days.table.attrs['data-chart-table']).toBe('a-so-ngay');
    expect(s.cuts.map((c) => c.href)).toEqual(['#a-so-ngay', '#a-so-lan-di-lai']);
    expect(s.metricTable.attrs['data-metric']).toBe('a');
  });
});
