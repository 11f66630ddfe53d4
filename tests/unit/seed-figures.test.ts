/** The metrics files hold every figure of the source article exactly, each with the article as source. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/read-content.ts';
import { resolveMetric } from '../../src/data/metrics.ts';
import { seedRows, seedText } from '../seed.ts';

const { content } = readContent(process.cwd(), '2026-11-28');

describe('reform figures match ../shared/seed-facts.md', () => {
  it('the vendored copy of seed-facts.md is identical to shared/ (when shared/ is present)', () => {
    expect(seedText().sharedMatchesCopy).not.toBe(false);
  });

  const rows = seedRows();
  it('the seed table was parsed (12 rows)', () => {
    expect(rows).toHaveLength(12);
  });

  it('there is one metrics file per procedure of the article, and no other', () => {
    expect(content.metrics.map((m) => m.data.name).sort()).toEqual([...new Set(rows.map((r) => r.procedure))].sort());
  });

  for (const row of rows) {
    it(`${row.procedure} · ${row.period}`, () => {
      const metric = content.metrics.find((m) => m.data.name === row.procedure)!;
      const period = resolveMetric(metric.data).find((p) => p.period === row.period)!;
      expect(period).toBeDefined();
      for (const key of ['days', 'trips', 'agencies', 'onlineLevel'] as const) {
        expect({ key, value: period[key].value, atLeast: period[key].atLeast }).toEqual({ key, ...row[key] });
        expect(period[key].source).toBe('kinhtedothi-2016');
        if (period[key].value === null) expect(period[key].note, key).toBeTruthy();
      }
    });
  }

  it('no metric has a period the article does not give', () => {
    const expected = rows.map((r) => `${r.procedure}|${r.period}`).sort();
    const actual = content.metrics.flatMap((m) => m.data.periods.map((p) => `${m.data.name}|${p.period}`)).sort();
    expect(actual).toEqual(expected);
  });

  it('the 2016 liên thông figure is in working days, as the article says', () => {
    const m = content.metrics.find((x) => x.id === 'lien-thong-khai-sinh-thuong-tru-bhyt')!;
    expect(m.data.periods.find((p) => p.period === '2016')!.days.kind).toBe('working');
  });
});
