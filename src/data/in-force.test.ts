import { describe, expect, it } from 'vitest';
import { ProcedureSchema, type Procedure } from '../schemas/index.ts';
import { validProcedure } from '../../tests/valid-procedure.ts';
import { applyChange, ruleInForce } from './in-force.ts';
import { datedEntries, guideForDay } from './content-day.ts';
import { statedGuide } from './stated.ts';
import { guideMarks } from './marks.ts';
import { certaintyUi } from '../i18n/guide.ts';

const FEE_CHANGE = {
  from: '2026-07-25',
  summary: 'Lệ phí mới: 100.000 đ nộp giấy, miễn phí trực tuyến.',
  legal: '78/2026/NQ-HĐND',
  confidence: 'one-source',
  sources: ['tong-hop-quy-dinh-2026'],
  set: {
    fees: [
      { name: 'Lệ phí, nộp giấy', amountVnd: 100000 },
      { name: 'Lệ phí, nộp trực tuyến', amountVnd: 0 },
    ],
  },
};
const guide = (extra: Record<string, unknown> = {}): Procedure =>
  ProcedureSchema.parse({ ...validProcedure, fees: [{ name: 'Lệ phí', amountVnd: null, note: 'Theo nghị quyết cũ.' }], ...extra });
const docName = (id: string) => `Giấy ${id}`;

describe('a guide on a given day (CONTENT_TODAY)', () => {
  const g = guide({ changes: [FEE_CHANGE], history: [{ date: '2026-06-01', summary: 'Sửa tên giấy tờ.' }] });

  it('the day before, the old rule holds and the change is announced as upcoming', () => {
    const day = ruleInForce(g, '2026-07-24');
    expect(day.guide.fees).toEqual(g.fees);
    expect(day.upcoming.map((u) => [u.key, u.date, u.legal])).toEqual([['2026-07-25', '2026-07-25', '78/2026/NQ-HĐND']]);
    expect(day.history.map((h) => h.key)).toEqual(['2026-06-01-sua']);
  });

  it('on the day, the new rule is in force with the change’s confidence, and the change is history', () => {
    const day = ruleInForce(g, '2026-07-25');
    expect(day.guide.fees.map((f) => f.amountVnd)).toEqual([100000, 0]);
    expect(day.upcoming).toEqual([]);
    expect(day.history.map((h) => [h.key, h.kind])).toEqual([
      ['2026-07-25', 'rule'],
      ['2026-06-01-sua', 'correction'],
    ]);
    expect(guideMarks(day.guide).fees).toEqual([certaintyUi.oneSource, certaintyUi.oneSource]);
  });

  it('after the day, the same: the entry keeps its key from announcement to history', () => {
    const before = datedEntries(guideForDay(g, '2026-01-01', docName));
    const after = datedEntries(guideForDay(g, '2027-01-01', docName));
    expect(before.upcoming[0]!.key).toBe(after.history[0]!.key);
    expect(guideForDay(g, '2027-01-01', docName).fees[0]!.amountVnd).toBe(100000);
  });

  it('a change replaces the old overrides of the fields it sets', () => {
    const withOverride = guide({ facts: { 'fees[0]': 'unverified' } });
    const after = applyChange(withOverride, ProcedureSchema.shape.changes.parse([FEE_CHANGE])[0]!);
    expect(after.facts).toEqual({ fees: { confidence: 'one-source', sources: ['tong-hop-quy-dinh-2026'], legal: '78/2026/NQ-HĐND' } });
  });
});

describe('what a guide may state', () => {
  it('an unverified fact is withheld (unknown, never 0) and listed to confirm', () => {
    const g = guide({
      processingTime: { days: 3, dayKind: 'working', text: 'Ba ngày làm việc.' },
      facts: { processingTime: 'unverified', 'requirements.giay-chung-sinh': 'unverified' },
    });
    const s = statedGuide(g, docName);
    expect(s.processingTime.days).toBeNull();
    expect(s.toConfirm).toContain(certaintyUi.confirm.processingTime);
    expect(s.toConfirm).toContain(certaintyUi.confirm.paper('Giấy giay-chung-sinh'));
    expect(guideMarks(s).requirements).toEqual(['unverified', 'two-sources']);
  });

  it('an unverified step is left out, and the steps after it keep their own marks', () => {
    const g = guide({
      steps: [{ title: 'Một' }, { title: 'Hai' }, { title: 'Ba' }],
      facts: { 'steps[1]': 'unverified', 'steps[2]': 'one-source' },
    });
    const s = statedGuide(g, docName);
    expect(s.steps.map((x) => x.title)).toEqual(['Một', 'Ba']);
    expect(guideMarks(s).steps).toEqual([undefined, certaintyUi.oneSource]);
    expect(s.toConfirm).toContain(certaintyUi.confirm.step('Hai'));
  });

  it('an unverified upcoming change is not announced as fact but listed to confirm', () => {
    const g = guide({ changes: [{ ...FEE_CHANGE, confidence: 'unverified' }] });
    const s = guideForDay(g, '2026-01-01', docName);
    expect(datedEntries(s).upcoming).toEqual([]);
    expect(s.toConfirm.some((l) => l.startsWith('Có thể thay đổi từ 25/07/2026'))).toBe(true);
  });

  it('a guide without certainty has every stated fact marked one-source', () => {
    const legacy = Object.fromEntries(Object.entries(validProcedure).filter(([k]) => k !== 'certainty'));
    const m = guideMarks(ProcedureSchema.parse(legacy));
    expect(m.onlineLevel).toBe(certaintyUi.oneSource);
    expect(m.requirements).toEqual(['one-source', 'one-source']);
    // An unknown figure states nothing, so carries no mark.
    expect(m.processingTime).toBeUndefined();
  });
});
