import { describe, expect, it } from 'vitest';
import { crossCheck, type ContentSet } from './cross-check.ts';
import { ProcedureSchema, MetricSchema } from '../schemas/index.ts';
import { validProcedure } from '../schemas/schemas.test.ts';

function baseSet(): ContentSet {
  const proc = (id: string, extra = {}) => ({
    id,
    file: `content/procedures/${id}.md`,
    data: ProcedureSchema.parse({ ...validProcedure, ...extra }),
  });
  return {
    procedures: [proc('dang-ky-khai-sinh')],
    documents: [
      {
        id: 'giay-chung-sinh',
        file: 'content/documents/giay-chung-sinh.json',
        data: { name: 'Giấy chứng sinh', aliases: [], description: 'x', sources: [] },
      },
    ],
    metrics: [],
    sources: [
      { id: 'tong-hop-quy-dinh-2026', file: 'content/sources/t.json', data: { publisher: 'x', title: 'y', date: 2026, kind: 'office' } },
    ],
    fields: [{ id: 'ho-tich', file: 'content/fields.json', data: { id: 'ho-tich', name: 'Hộ tịch' } }],
    agencies: [
      { id: 'ubnd-phuong', file: 'content/agencies.json', data: { id: 'ubnd-phuong', name: 'UBND phường', kind: 'office' } },
      {
        id: 'diem-phuc-vu-hcc-phuong',
        file: 'content/agencies.json',
        data: { id: 'diem-phuc-vu-hcc-phuong', name: 'Điểm', kind: 'office' },
      },
    ],
    lifeEvents: [],
  };
}
const TODAY = '2026-11-28';

describe('cross-file checks', () => {
  it('finds nothing wrong in consistent content', () => {
    expect(crossCheck(baseSet(), TODAY)).toEqual([]);
  });

  it('names the file, the field and the known ids for an unknown document', () => {
    const set = baseSet();
    set.procedures[0]!.data.requirements[0]!.document = 'giay-chung-snh';
    const [p] = crossCheck(set, TODAY);
    expect(p).toMatchObject({ file: 'content/procedures/dang-ky-khai-sinh.md', field: 'requirements[0].document', severity: 'error' });
    expect(p!.message).toContain('giay-chung-sinh');
  });

  it('flags unknown agencies, fields, sources and related guides', () => {
    const set = baseSet();
    Object.assign(set.procedures[0]!.data, {
      field: 'ho-tic',
      decidingAgency: 'ubnd',
      sources: ['khong-co'],
      related: ['khong-co-thu-tuc'],
    });
    const fields = crossCheck(set, TODAY).map((p) => p.field);
    expect(fields).toEqual(expect.arrayContaining(['field', 'decidingAgency', 'sources[0]', 'related[0]']));
  });

  it('warns "cần rà soát" for a guide not reviewed for over 12 months, errors for a future date', () => {
    const set = baseSet();
    set.procedures[0]!.data.lastReviewed = '2025-10-01';
    expect(crossCheck(set, TODAY)[0]).toMatchObject({ severity: 'warning', field: 'lastReviewed' });
    set.procedures[0]!.data.lastReviewed = '2027-01-01';
    expect(crossCheck(set, TODAY)[0]).toMatchObject({ severity: 'error', field: 'lastReviewed' });
  });

  it('refuses metrics for an unknown guide and warns when a later period is slower', () => {
    const set = baseSet();
    const period = (p: string, days: number) => ({
      period: p,
      source: 'tong-hop-quy-dinh-2026',
      days: { value: days, kind: 'working' },
      trips: { value: 1 },
      agencies: { value: 1 },
      onlineLevel: { value: null, note: 'x' },
    });
    set.metrics.push({
      id: 'm',
      file: 'content/metrics/m.json',
      data: MetricSchema.parse({ name: 'M', shortName: 'M', procedure: 'khong-co', periods: [period('2015', 5), period('2016', 7)] }),
    });
    const problems = crossCheck(set, TODAY);
    expect(problems.find((p) => p.field === 'procedure')?.severity).toBe('error');
    expect(problems.find((p) => p.field === 'periods[1].days.value')?.severity).toBe('warning');
  });

  it('refuses a published guide that links to a draft', () => {
    const set = baseSet();
    set.procedures.push({
      id: 'nhap',
      file: 'content/procedures/nhap.md',
      data: ProcedureSchema.parse({ ...validProcedure, draft: true }),
    });
    set.procedures[0]!.data.related = ['nhap'];
    expect(crossCheck(set, TODAY)[0]!.message).toMatch(/bản nháp/);
  });

  it('a life event must name published guides only', () => {
    const set = baseSet();
    set.procedures.push({
      ...set.procedures[0]!,
      id: 'nhap',
      file: 'content/procedures/nhap.md',
      data: { ...set.procedures[0]!.data, draft: true },
    });
    set.lifeEvents.push({
      id: 'sinh-con',
      file: 'content/life-events/sinh-con.json',
      data: {
        title: 'Sinh con',
        summary: 'x',
        order: 1,
        procedures: [{ procedure: 'dang-ky-khai-sinh' }, { procedure: 'khong-co' }, { procedure: 'nhap' }],
        alternatives: [{ procedure: 'khong-co-2', note: 'y' }],
        notes: [],
        lastReviewed: '2026-11-28',
      },
    });
    const problems = crossCheck(set, TODAY).filter((p) => p.file === 'content/life-events/sinh-con.json');
    expect(problems.map((p) => [p.field, p.severity])).toEqual([
      ['procedures[1].procedure', 'error'],
      ['procedures[2].procedure', 'error'],
      ['alternatives[0].procedure', 'error'],
    ]);
    expect(problems[1]!.message).toMatch(/bản nháp/);
  });
});
