import { describe, expect, it } from 'vitest';
import { eventKeyFacts, feeRange, guideKeyFacts } from './key-facts.ts';

describe('key facts on one line above the checklist', () => {
  it('a fee range says when some fee is unknown; unknown alone is never shown as free', () => {
    expect(feeRange([0])).toBe('Phí: Miễn phí');
    expect(feeRange([0, 5000])).toBe('Phí: 0–5.000 đ');
    expect(feeRange([0, 5000, null])).toBe('Phí: 0–5.000 đ, có khoản chưa rõ');
    expect(feeRange([null])).toBe('Phí: cần xác nhận');
    expect(feeRange([])).toBe('Phí: cần xác nhận');
    expect(feeRange([10000, 20000])).toBe('Phí: 10.000–20.000 đ');
  });

  it('a guide: days, trips, fee, where, unknowns as "cần xác nhận"', () => {
    const facts = guideKeyFacts({
      days: 3,
      dayKind: 'working',
      trips: null,
      fees: [{ amountVnd: 0 }],
      where: ['Cổng DVCQG', 'VNeID', 'VNeID'],
    });
    expect(facts.map((f) => f.text)).toEqual([
      '3 ngày làm việc',
      'Số lần đi lại: cần xác nhận',
      'Phí: Miễn phí',
      'Nộp tại: Cổng DVCQG, VNeID',
    ]);
    expect(guideKeyFacts({ days: null, dayKind: 'working', trips: 2, fees: [], where: [] })[0]!.text).toBe('Thời hạn: cần xác nhận');
  });

  it('a life event path: a partial total is shown as "≥"', () => {
    const total = (value: number | null, atLeast: boolean) => ({ value, atLeast, unknown: atLeast ? 1 : 0, of: 2, mark: undefined });
    const facts = eventKeyFacts({ days: total(5, true), allWorkingDays: true, trips: total(2, false), fees: [], where: ['UBND phường'] });
    expect(facts.map((f) => f.text)).toEqual(['≥ 5 ngày làm việc', '2 lần đi lại', 'Phí: cần xác nhận', 'Nộp tại: UBND phường']);
  });
});
