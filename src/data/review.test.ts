import { describe, expect, it } from 'vitest';
import { editUrl, reviewData } from './review.ts';
import type { ContentSet } from '../checks/content-set.ts';
import type { ContentProblem } from '../schemas/friendly-errors.ts';
import { ProcedureSchema } from '../schemas/index.ts';
import { validProcedure } from '../../tests/valid-procedure.ts';

const TODAY = '2026-11-28';
const guide = (id: string, extra: object) => ({
  id,
  file: `content/procedures/${id}.md`,
  data: ProcedureSchema.parse({ ...validProcedure, title: `Thủ tục ${id}`, ...extra }),
});
function set(): ContentSet {
  return {
    procedures: [
      guide('moi', { lastReviewed: '2026-10-01' }),
      guide('cu', { lastReviewed: '2025-06-30' }),
      guide('nhap', { lastReviewed: '2026-11-01', draft: true }),
    ],
    documents: [],
    metrics: [],
    sources: [],
    fields: [],
    agencies: [],
    lifeEvents: [],
    searchWords: [],
  };
}
const warning = (file: string, message: string): ContentProblem => ({ file, field: 'x', message, severity: 'warning' });

describe('staff review data', () => {
  it('lists every guide, drafts included, with the due ones first, then drafts, then the oldest review', () => {
    const r = reviewData(set(), [], TODAY, undefined);
    expect(r.rows.map((x) => [x.id, x.due, x.draft])).toEqual([
      ['cu', true, false],
      ['nhap', false, true],
      ['moi', false, false],
    ]);
    expect(r.counts).toEqual({ guides: 3, drafts: 1, due: 1, warnings: 0 });
  });

  it('links published guides to their page, and drafts nowhere (they are not published)', () => {
    const rows = reviewData(set(), [], TODAY, undefined).rows;
    expect(rows.find((x) => x.id === 'moi')!.href).toBe('/thu-tuc/moi/');
    expect(rows.find((x) => x.id === 'nhap')!.href).toBeUndefined();
  });

  it('puts each warning with its guide (and its figures), the rest apart; errors are not listed', () => {
    const s = set();
    s.metrics.push({ id: 'm', file: 'content/metrics/m.json', data: { procedure: 'moi' } as never });
    const problems = [
      warning('content/procedures/cu.md', 'cần rà soát'),
      warning('content/metrics/m.json', 'tăng'),
      warning('content/documents/d.json', 'khác'),
      { ...warning('content/procedures/moi.md', 'lỗi'), severity: 'error' as const },
    ];
    const r = reviewData(s, problems, TODAY, undefined);
    expect(r.rows.find((x) => x.id === 'cu')!.warnings.map((w) => w.message)).toEqual(['cần rà soát']);
    expect(r.rows.find((x) => x.id === 'moi')!.warnings.map((w) => w.message)).toEqual(['tăng']);
    expect(r.otherWarnings.map((w) => w.message)).toEqual(['khác']);
  });

  it('builds the edit address from settings and the path under content/', () => {
    const base = 'https://git.example.vn/mot-cua/edit/main/content/';
    expect(editUrl(base, 'content/procedures/dang-ky-khai-sinh.md')).toBe(`${base}procedures/dang-ky-khai-sinh.md`);
    expect(editUrl(base.slice(0, -1), '/abs/path/content/metrics/a b.json')).toBe(`${base}metrics/a%20b.json`);
    expect(editUrl(undefined, 'content/procedures/x.md')).toBeUndefined();
    expect(reviewData(set(), [], TODAY, base).rows[0]!.editUrl).toBe(`${base}procedures/cu.md`);
  });
});
