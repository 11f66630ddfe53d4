/**
 * Each cross-file rule on its own: on consistent content it finds nothing; given the one fault it
 * is for, it reports it on the right file and field, and no other rule reports that fault.
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../cross-check.ts';
import { ruleContext } from './context.ts';
import type { ContentSet, LocatedProblem } from '../content-set.ts';
import { PLACEHOLDER } from '../placeholders.ts';
import { MetricSchema, ProcedureSchema } from '../../schemas/index.ts';
import { baseSet } from '../../../tests/content-set-fixture.ts';
import { validProcedure } from '../../../tests/valid-procedure.ts';

const TODAY = '2026-11-28';
type RuleName = keyof typeof RULES;

function run(name: RuleName, set: ContentSet): LocatedProblem[] {
  const out: LocatedProblem[] = [];
  RULES[name](ruleContext(set, TODAY, {}, out));
  return out;
}

const guide = (set: ContentSet) => set.procedures[0]!.data;
const metric = (procedure: string, periods: { period: string; days: number | null }[]) => ({
  id: `so-lieu-${procedure}`,
  file: `content/metrics/so-lieu-${procedure}.json`,
  data: MetricSchema.parse({
    name: 'Số liệu',
    shortName: 'Số liệu',
    procedure,
    periods: periods.map((p) => ({
      period: p.period,
      source: 'tong-hop-quy-dinh-2026',
      days: { value: p.days, atLeast: false, kind: 'working', ...(p.days === null ? { note: 'Không nêu.' } : {}) },
      trips: { value: null, atLeast: false, note: 'Không nêu.' },
      agencies: { value: null, atLeast: false, note: 'Không nêu.' },
      onlineLevel: { value: null, atLeast: false, note: 'Không nêu.' },
    })),
  }),
});

/** For each rule: a fault only it catches, and the field it must name. */
const FAULTS: Record<RuleName, { fault: (set: ContentSet) => void; file: string; field: string }> = {
  searchWordTargets: {
    fault: (s) => (s.searchWords[0]!.data.procedure = 'ho-khau-cu'),
    file: 'content/search-words.json',
    field: '[0].procedure',
  },
  placeholdersLeft: {
    fault: (s) => (guide(s).summary = `${PLACEHOLDER}: tóm tắt`),
    file: 'content/procedures/dang-ky-khai-sinh.md',
    field: 'summary',
  },
  uniqueListIds: {
    fault: (s) => s.fields.push({ ...s.fields[0]!, data: { id: 'ho-tich', name: 'Hộ tịch (trùng)' } }),
    file: 'content/fields.json',
    field: '[1].id',
  },
  uniqueGuideTitles: {
    fault: (s) =>
      s.procedures.push({ id: 'ban-sao', file: 'content/procedures/ban-sao.md', data: ProcedureSchema.parse({ ...validProcedure }) }),
    file: 'content/procedures/ban-sao.md',
    field: 'title',
  },
  guideTaxonomy: { fault: (s) => (guide(s).field = 'ho-tic'), file: 'content/procedures/dang-ky-khai-sinh.md', field: 'field' },
  guideDocuments: {
    fault: (s) => (guide(s).requirements[0]!.document = 'giay-khong-co'),
    file: 'content/procedures/dang-ky-khai-sinh.md',
    field: 'requirements[0].document',
  },
  guideLinks: {
    fault: (s) => guide(s).related.push('dang-ky-khai-sinh'),
    file: 'content/procedures/dang-ky-khai-sinh.md',
    field: 'related[0]',
  },
  interconnectedBothWays: {
    fault: (s) => {
      s.procedures.push({
        id: 'khac',
        file: 'content/procedures/khac.md',
        data: ProcedureSchema.parse({ ...validProcedure, title: 'Khác' }),
      });
      guide(s).interconnected.push('khac');
    },
    file: 'content/procedures/dang-ky-khai-sinh.md',
    field: 'interconnected[0]',
  },
  citedSources: { fault: (s) => guide(s).sources.push('khong-co'), file: 'content/procedures/dang-ky-khai-sinh.md', field: 'sources[1]' },
  reviewDate: {
    fault: (s) => (guide(s).lastReviewed = '2099-01-01'),
    file: 'content/procedures/dang-ky-khai-sinh.md',
    field: 'lastReviewed',
  },
  metricReferences: {
    fault: (s) => s.metrics.push(metric('khong-co', [{ period: 'before', days: 5 }])),
    file: 'content/metrics/so-lieu-khong-co.json',
    field: 'procedure',
  },
  metricTrends: {
    fault: (s) =>
      s.metrics.push(
        metric('dang-ky-khai-sinh', [
          { period: 'before', days: 2 },
          { period: '2016', days: 5 },
        ]),
      ),
    file: 'content/metrics/so-lieu-dang-ky-khai-sinh.json',
    field: 'periods[1].days.value',
  },
  lifeEventReferences: {
    fault: (s) =>
      s.lifeEvents.push({
        id: 'sinh-con',
        file: 'content/life-events/sinh-con.json',
        data: {
          title: 'Sinh con',
          summary: 'x',
          order: 1,
          procedures: [{ procedure: 'khong-co' }],
          alternatives: [],
          notes: [],
          lastReviewed: TODAY,
        },
      }),
    file: 'content/life-events/sinh-con.json',
    field: 'procedures[0].procedure',
  },
  oneMetricsFilePerProcedure: {
    fault: (s) => {
      s.metrics.push(metric('dang-ky-khai-sinh', [{ period: 'before', days: 5 }]));
      s.metrics.push({
        ...metric('dang-ky-khai-sinh', [{ period: 'before', days: 5 }]),
        id: 'thu-hai',
        file: 'content/metrics/thu-hai.json',
      });
    },
    file: 'content/metrics/thu-hai.json',
    field: 'procedure',
  },
};

describe('cross-file rules, one by one', () => {
  it('every rule has its fault here', () => {
    expect(Object.keys(FAULTS).sort()).toEqual(Object.keys(RULES).sort());
  });

  it.each(Object.keys(RULES) as RuleName[])('%s finds nothing in consistent content', (name) => {
    expect(run(name, baseSet())).toEqual([]);
  });

  it.each(Object.keys(RULES) as RuleName[])('%s reports its fault on the right file and field, and no other rule does', (name) => {
    const set = baseSet();
    FAULTS[name].fault(set);
    const mine = run(name, set);
    expect(mine.map((p) => [p.file, p.field])).toContainEqual([FAULTS[name].file, FAULTS[name].field]);
    for (const other of Object.keys(RULES) as RuleName[]) {
      if (other === name) continue;
      expect(run(other, set).filter((p) => p.file === FAULTS[name].file && p.field === FAULTS[name].field)).toEqual([]);
    }
  });
});
