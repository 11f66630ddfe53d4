import { describe, expect, it } from 'vitest';
import { sumFigures, type Totals } from './life-event-totals.ts';
import { totalsTable } from './totals-table.ts';

const link = (id: string) => ({ id, title: id, href: `/thu-tuc/${id}/` });
const days = (value: number | null, atLeast = false) => ({ value, atLeast, kind: 'working' as const });

function totals(): Totals {
  const rows: Totals['rows'] = [
    {
      procedure: link('rieng'),
      condition: 'Nếu làm riêng',
      now: { days: days(7), trips: { value: 1, atLeast: false } },
      before: undefined,
    },
    {
      procedure: link('lien-thong'),
      condition: undefined,
      now: { days: days(3), trips: { value: 0, atLeast: false } },
      before: { days: days(27, true), trips: { value: 6, atLeast: false }, metricId: 'm' },
    },
    { procedure: link('khac'), condition: undefined, now: { days: days(null), trips: { value: 1, atLeast: false } }, before: undefined },
  ];
  const counted = rows.filter((r) => r.condition === undefined);
  const unknown = { value: null, atLeast: false };
  return {
    rows,
    now: { days: sumFigures(counted.map((r) => r.now.days)), trips: sumFigures(counted.map((r) => r.now.trips)) },
    before: {
      days: sumFigures(counted.map((r) => r.before?.days ?? unknown)),
      trips: sumFigures(counted.map((r) => r.before?.trips ?? unknown)),
    },
    nowAllWorkingDays: true,
  };
}

describe('the totals table of a life event', () => {
  const table = totalsTable(totals());

  it('lists the procedures done in every case first, then the conditional ones', () => {
    expect(table.rows.map((r) => r.procedure.id)).toEqual(['lien-thong', 'khac', 'rieng']);
    expect(table.someConditional).toBe(true);
  });

  it('shows an unknown as unknown and a lower bound with "≥", never as 0', () => {
    expect(table.rows[0]!.cells).toEqual(['3', '0', '≥ 27', '6']);
    expect(table.rows[1]!.cells).toEqual([null, '1', null, null]);
  });

  it('a sum that leaves unknowns out says it is partial', () => {
    expect(table.footer.map((f) => [f.key, f.text, f.someUnknown])).toEqual([
      ['now-days', '≥ 3', true],
      ['now-trips', '1', false],
      ['before-days', '≥ 27', true],
      ['before-trips', '≥ 6', true],
    ]);
    expect(table.footer[0]!.partial).toBe('chưa đủ: thiếu số liệu của 1/2 thủ tục');
    expect(table.footer[1]!.partial).toBeUndefined();
  });
});
