import { describe, expect, it } from 'vitest';
import { MetricSchema, ProcedureSchema, SourceSchema, SettingsSchema } from './index.ts';
import { parseWithFriendlyErrors } from './friendly-errors.ts';
import { validProcedure } from '../../tests/valid-procedure.ts';

const problemsOf = (schema: Parameters<typeof parseWithFriendlyErrors>[0], data: unknown) => {
  const r = parseWithFriendlyErrors(schema, data, 'content/x.md');
  return r.ok ? [] : r.problems;
};

describe('procedure schema', () => {
  it('accepts a complete guide and fills defaults', () => {
    const r = ProcedureSchema.parse(validProcedure);
    expect(r.draft).toBe(false);
    expect(r.related).toEqual([]);
  });

  it('accepts a YAML date object for lastReviewed and normalises it', () => {
    expect(ProcedureSchema.parse({ ...validProcedure, lastReviewed: new Date('2026-11-28T00:00:00Z') }).lastReviewed).toBe('2026-11-28');
  });

  it('names a missing required field and says to add it', () => {
    const [p] = problemsOf(ProcedureSchema, { ...validProcedure, title: undefined });
    expect(p!.field).toBe('title');
    expect(p!.message).toMatch(/thiếu trường bắt buộc/);
  });

  it('explains a wrong type with what was found', () => {
    const [p] = problemsOf(ProcedureSchema, { ...validProcedure, processingTime: { ...validProcedure.processingTime, days: 'ba' } });
    expect(p!.field).toBe('processingTime.days');
    expect(p!.message).toMatch(/phải là một số/);
    expect(p!.message).toContain('"ba"');
  });

  it('rejects HTML in a title', () => {
    const [p] = problemsOf(ProcedureSchema, { ...validProcedure, title: 'Khai sinh <script>alert(1)</script>' });
    expect(p!.field).toBe('title');
    expect(p!.message).toMatch(/HTML/);
  });

  it('suggests the right name for a misspelt field', () => {
    const [p] = problemsOf(ProcedureSchema, { ...validProcedure, sumary: 'x' });
    expect(p!.message).toMatch(/"sumary".*"summary"/);
  });

  it('lists the allowed values of an enum', () => {
    const [p] = problemsOf(ProcedureSchema, { ...validProcedure, onlineLevel: 'muc-4' });
    expect(p!.field).toBe('onlineLevel');
    expect(p!.message).toContain('"full"');
  });

  it('requires exactly one of document or name for each paper', () => {
    const [p] = problemsOf(ProcedureSchema, { ...validProcedure, requirements: [{ form: 'copy' }] });
    expect(p!.field).toBe('requirements[0].document');
  });

  it('rejects an impossible date and negative days', () => {
    expect(problemsOf(ProcedureSchema, { ...validProcedure, lastReviewed: '2026-02-30' })[0]!.message).toMatch(/NĂM-THÁNG-NGÀY/);
    const neg = problemsOf(ProcedureSchema, { ...validProcedure, processingTime: { ...validProcedure.processingTime, days: -1 } });
    expect(neg[0]!.message).toMatch(/số âm/);
  });

  it('refuses an unknown fee without a note, but accepts null with one', () => {
    expect(problemsOf(ProcedureSchema, { ...validProcedure, fees: [{ name: 'Phí', amountVnd: null }] })[0]!.field).toBe('fees[0].note');
    expect(ProcedureSchema.safeParse({ ...validProcedure, fees: [{ name: 'Phí', amountVnd: null, note: 'Chưa xác minh.' }] }).success).toBe(
      true,
    );
  });
});

describe('metric schema', () => {
  const period = (p: string) => ({
    period: p,
    source: 's',
    days: { value: 5, kind: 'working' },
    trips: { value: null, note: 'Không nêu.' },
    agencies: { value: 1 },
    onlineLevel: { value: 3 },
  });
  const metric = (periods: unknown[]) => ({ name: 'Mẫu', shortName: 'M', procedure: 'mau', periods });

  it('accepts before + years in order', () => {
    expect(MetricSchema.safeParse(metric([period('before'), period('2015'), period('2016')])).success).toBe(true);
  });

  it('refuses a missing value without a note: unknown must say why, never be 0', () => {
    const bad = { ...period('2016'), trips: { value: null } };
    const [p] = problemsOf(MetricSchema, metric([bad]));
    expect(p!.field).toBe('periods[0].trips.note');
  });

  it('refuses repeated or unordered periods and made-up period names', () => {
    expect(problemsOf(MetricSchema, metric([period('2016'), period('2015')]))[0]!.message).toMatch(/phải đứng trước/);
    expect(problemsOf(MetricSchema, metric([period('2016'), period('2016')]))[0]!.message).toMatch(/bị lặp/);
    expect(problemsOf(MetricSchema, metric([period('truoc')]))[0]!.message).toMatch(/"before"/);
  });

  it('refuses an online level outside 1 to 4 and a fractional count', () => {
    expect(MetricSchema.safeParse(metric([{ ...period('2016'), onlineLevel: { value: 5 } }])).success).toBe(false);
    expect(MetricSchema.safeParse(metric([{ ...period('2016'), agencies: { value: 1.5 } }])).success).toBe(false);
  });
});

describe('sources and settings', () => {
  it('accepts a source with only a year and no URL, refuses a javascript: URL', () => {
    expect(SourceSchema.safeParse({ publisher: 'Báo', title: 'Bài', date: 2016, kind: 'news' }).success).toBe(true);
    expect(SourceSchema.safeParse({ publisher: 'Báo', title: 'Bài', date: 2016, kind: 'news', url: 'javascript:alert(1)' }).success).toBe(
      false,
    );
  });

  it('settings need at least an office, hours and a hotline', () => {
    expect(SettingsSchema.safeParse({ siteName: 'x' }).success).toBe(false);
  });
});
