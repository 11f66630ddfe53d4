import { describe, expect, it } from 'vitest';
import { publishedOnly } from './content-set.ts';
import { addMonths, reviewDue } from './review-dates.ts';
import { findPlaceholders, PLACEHOLDER, PLACEHOLDER_ID, PLACEHOLDER_URL } from './placeholders.ts';
import { crossCheck, withPreviewDrafts } from './cross-check.ts';
import { ProcedureSchema, MetricSchema } from '../schemas/index.ts';
import { validProcedure } from '../../tests/valid-procedure.ts';
import { baseSet } from '../../tests/content-set-fixture.ts';

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
    const error = crossCheck(set, TODAY).find((p) => p.severity === 'error');
    expect(error).toMatchObject({ field: 'related[0]' });
    expect(error!.message).toMatch(/bản nháp/);
  });
});

describe('review dates', () => {
  it('is due after 12 calendar months, not before', () => {
    expect(reviewDue('2025-11-28', '2026-11-28')).toBe(false);
    expect(reviewDue('2025-11-27', '2026-11-28')).toBe(true);
    expect(addMonths('2024-02-29', 12)).toBe('2025-03-01');
  });
});

describe('drafts and placeholders', () => {
  it('a draft may keep placeholders: one warning naming each field left', () => {
    const set = baseSet();
    Object.assign(set.procedures[0]!.data, { draft: true, summary: `${PLACEHOLDER}: để làm gì`, field: PLACEHOLDER_ID });
    const problems = crossCheck(set, TODAY);
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    const [w] = problems;
    expect(w).toMatchObject({ severity: 'warning', field: 'summary' });
    expect(w!.message).toMatch(/bản nháp còn 2 chỗ.*summary, field/);
  });

  it('a published guide may not: an error for each placeholder, not also an "unknown id"', () => {
    const set = baseSet();
    Object.assign(set.procedures[0]!.data, { summary: `${PLACEHOLDER}: để làm gì`, field: PLACEHOLDER_ID });
    const errors = crossCheck(set, TODAY).filter((p) => p.severity === 'error');
    expect(errors.map((p) => p.field)).toEqual(['summary', 'field']);
    expect(errors[1]!.message).toMatch(/mã giữ chỗ "chua-dien"/);
  });

  it('finds placeholders at any depth, and placeholder web addresses', () => {
    expect(findPlaceholders({ a: [{ b: `x ${PLACEHOLDER}` }], url: PLACEHOLDER_URL, ok: 'chưa điền đủ' })).toEqual([
      { path: ['a', 0, 'b'], kind: 'text' },
      { path: ['url'], kind: 'id' },
    ]);
  });

  it('refuses a published guide that lists a draft document, accepts it in a draft guide', () => {
    const set = baseSet();
    set.documents[0]!.data.draft = true;
    expect(crossCheck(set, TODAY)[0]).toMatchObject({ severity: 'error', field: 'requirements[0].document' });
    set.procedures[0]!.data.draft = true;
    expect(crossCheck(set, TODAY)).toEqual([]);
  });

  it('a draft metric may point to a draft guide; a published one may not', () => {
    const set = baseSet();
    set.procedures[0]!.data.draft = true;
    const metric = MetricSchema.parse({
      name: 'M',
      shortName: 'M',
      procedure: 'dang-ky-khai-sinh',
      draft: true,
      periods: [
        {
          period: 'before',
          source: 'tong-hop-quy-dinh-2026',
          days: { value: 3, kind: 'working' },
          trips: { value: 1 },
          agencies: { value: 1 },
          onlineLevel: { value: null, note: 'x' },
        },
      ],
    });
    set.metrics.push({ id: 'm', file: 'content/metrics/m.json', data: metric });
    expect(crossCheck(set, TODAY)).toEqual([]);
    metric.draft = false;
    expect(crossCheck(set, TODAY)[0]).toMatchObject({ severity: 'error', field: 'procedure' });
  });

  it('two published guides cannot share a title; a draft rewrite of one only gets a warning', () => {
    const set = baseSet();
    set.procedures.push({ id: 'ban-sao', file: 'content/procedures/ban-sao.md', data: ProcedureSchema.parse(validProcedure) });
    expect(crossCheck(set, TODAY)[0]).toMatchObject({ severity: 'error', field: 'title', file: 'content/procedures/ban-sao.md' });
    set.procedures[1]!.data.draft = true;
    expect(crossCheck(set, TODAY).map((p) => p.severity)).toEqual(['warning']);
  });

  it('the public site never gets drafts of guides, documents or metrics', () => {
    const set = baseSet();
    set.procedures[0]!.data.draft = true;
    set.documents[0]!.data.draft = true;
    const pub = publishedOnly(set);
    expect(pub.procedures).toEqual([]);
    expect(pub.documents).toEqual([]);
    expect(pub.sources).toHaveLength(1);
  });

  it('npm run dev previews a draft whose references resolve, shows its placeholder text, hides one that cannot be drawn', () => {
    const set = baseSet();
    const draft = (id: string, extra: object) => ({
      id,
      file: `content/procedures/${id}.md`,
      data: ProcedureSchema.parse({ ...validProcedure, title: id, draft: true, ...extra }),
    });
    set.procedures.push(draft('nhap-xong', { summary: `${PLACEHOLDER}: tóm tắt` }));
    set.procedures.push(draft('nhap-chua-xong', { field: PLACEHOLDER_ID }));
    // Links to a draft that cannot be drawn: it cannot be drawn either.
    set.procedures.push(draft('nhap-lien-ket', { related: ['nhap-chua-xong'] }));
    const { content, hidden } = withPreviewDrafts(set, TODAY);
    expect(content.procedures.map((p) => p.id)).toEqual(['dang-ky-khai-sinh', 'nhap-xong']);
    expect(content.procedures[1]!.data.draft).toBe(true);
    expect(new Set(hidden.map((p) => p.file))).toEqual(
      new Set(['content/procedures/nhap-chua-xong.md', 'content/procedures/nhap-lien-ket.md']),
    );
  });
});

describe('metric figures over time', () => {
  it('warns when a later period is slower than the latest earlier known figure, skipping unknown ones', () => {
    const set = baseSet();
    const period = (p: string, days: number | null) => ({
      period: p,
      source: 'tong-hop-quy-dinh-2026',
      days: days === null ? { value: null, kind: 'working', note: 'Không nêu.' } : { value: days, kind: 'working' },
      trips: { value: 1 },
      agencies: { value: 1 },
      onlineLevel: { value: null, note: 'x' },
    });
    set.metrics.push({
      id: 'm',
      file: 'content/metrics/m.json',
      data: MetricSchema.parse({
        name: 'M',
        shortName: 'M',
        procedure: 'dang-ky-khai-sinh',
        periods: [period('before', 5), period('2015', null), period('2016', 7)],
      }),
    });
    const [w] = crossCheck(set, TODAY);
    expect(w).toMatchObject({ severity: 'warning', field: 'periods[2].days.value' });
    expect(w!.message).toMatch(/số ngày giải quyết \(days\) tăng từ 5 \(kỳ "before"\) lên 7/);
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
        paths: [],
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
