import { describe, expect, it } from 'vitest';
import { eventChecklist, guideChecklist } from './checklist.ts';
import { mergeChecklists, type ChecklistSource } from './merged-checklist.ts';
import { sumFigures } from './life-event-totals.ts';
import type { RequirementView } from './requirements.ts';

const req = (key: string, extra: Partial<RequirementView> = {}): RequirementView => ({
  key,
  name: key === 'can-cuoc' ? 'Thẻ căn cước' : key === 'giay-chung-sinh' ? 'Giấy chứng sinh' : `Giấy riêng ${key}`,
  document: key.startsWith('rieng')
    ? undefined
    : { id: key, name: key, aliases: key === 'can-cuoc' ? ['CCCD'] : [], description: 'x', sources: [], draft: false },
  form: 'original',
  copies: undefined,
  condition: undefined,
  template: undefined,
  note: undefined,
  confidence: 'two-sources',
  ...extra,
});
const link = (id: string) => ({ id, title: id, href: `/thu-tuc/${id}/` });

describe('merged checklist of a life event', () => {
  const sources: ChecklistSource[] = [
    { procedure: link('lien-thong'), requirements: [req('giay-chung-sinh'), req('can-cuoc', { form: 'present' }), req('rieng-1')] },
    {
      procedure: link('khai-sinh'),
      condition: 'Chỉ khi làm riêng',
      requirements: [
        req('giay-chung-sinh', { form: 'original-or-copy' }),
        req('rieng-1'),
        req('van-ban-uy-quyen', { condition: 'Nếu nộp thay' }),
      ],
    },
  ];
  const merged = mergeChecklists(sources);

  it('a paper needed by several procedures appears once, with every procedure that needs it', () => {
    const birth = merged.filter((m) => m.documentId === 'giay-chung-sinh');
    expect(birth).toHaveLength(1);
    expect(birth[0]!.neededBy.map((n) => [n.procedure.id, n.form])).toEqual([
      ['lien-thong', 'original'],
      ['khai-sinh', 'original-or-copy'],
    ]);
    expect(birth[0]!.aliases).toEqual([]);
    expect(merged.find((m) => m.key === 'can-cuoc')!.aliases).toEqual(['CCCD']);
  });

  it('one-off papers of two procedures are never merged, even with the same local key', () => {
    expect(merged.filter((m) => m.documentId === undefined).map((m) => m.key)).toEqual(['lien-thong-rieng-1', 'khai-sinh-rieng-1']);
  });

  it('papers needed in every case come first; papers only for a conditional procedure or case come after', () => {
    expect(merged.map((m) => [m.key, m.always])).toEqual([
      ['giay-chung-sinh', true],
      ['can-cuoc', true],
      ['lien-thong-rieng-1', true],
      ['khai-sinh-rieng-1', false],
      ['van-ban-uy-quyen', false],
    ]);
  });

  it('shown as a checklist: shared papers list each procedure with its own form and condition, links land on the item', () => {
    const items = eventChecklist(merged);
    const birth = items.find((i) => i.key === 'giay-chung-sinh')!;
    expect(birth.condition).toBeUndefined();
    expect(birth.neededBy).toEqual([
      { title: 'lien-thong', href: '/thu-tuc/lien-thong/#giay-to-giay-chung-sinh', detail: 'Bản chính' },
      { title: 'khai-sinh', href: '/thu-tuc/khai-sinh/#giay-to-giay-chung-sinh', detail: 'Bản chính hoặc bản sao; chỉ khi làm riêng' },
    ]);
    const proxy = items.find((i) => i.key === 'van-ban-uy-quyen')!;
    expect(proxy.condition).toBe('Nếu nộp thay; chỉ khi làm riêng');
    expect(proxy.details).toEqual(['Bản chính']);
    expect(proxy.neededBy[0]!.detail).toBe('');
    expect(items.find((i) => i.key === 'khai-sinh-rieng-1')!.neededBy[0]!.href).toBe('/thu-tuc/khai-sinh/#giay-to-rieng-1');
    expect(proxy.shareLine).toBe('Giấy riêng van-ban-uy-quyen: bản chính; nếu nộp thay; chỉ khi làm riêng – cần cho: khai-sinh');
    // No brackets inside brackets in the shared text, even for a paper of several procedures.
    expect(birth.shareLine).toBe('Giấy chứng sinh – cần cho: lien-thong, bản chính; khai-sinh, bản chính hoặc bản sao; chỉ khi làm riêng');
    for (const i of items) expect(i.shareLine, i.key).not.toMatch(/\([^)]*\(/);
  });

  it("a guide's own checklist keeps its order and says when a paper is conditional", () => {
    const items = guideChecklist([req('giay-chung-sinh', { copies: 2 }), req('van-ban-uy-quyen', { condition: 'Nếu nộp thay' })]);
    expect(items.map((i) => [i.key, i.details[0], i.condition])).toEqual([
      ['giay-chung-sinh', 'Bản chính, 2 bản', undefined],
      ['van-ban-uy-quyen', 'Bản chính', 'Nếu nộp thay'],
    ]);
    expect(items[0]!.documentHref).toBe('/giay-to/giay-chung-sinh/');
    expect(items[1]!.shareLine).toBe('Giấy riêng van-ban-uy-quyen (Bản chính; nếu nộp thay)');
  });
});

describe('totals of days and trips', () => {
  it('adds known figures', () => {
    expect(
      sumFigures([
        { value: 3, atLeast: false },
        { value: 20, atLeast: false },
      ]),
    ).toEqual({ value: 23, atLeast: false, unknown: 0, of: 2 });
  });

  it('never adds an unknown as 0: the total is partial, a lower bound, and says how many are missing', () => {
    expect(
      sumFigures([
        { value: 3, atLeast: false },
        { value: null, atLeast: false },
      ]),
    ).toEqual({ value: 3, atLeast: true, unknown: 1, of: 2 });
  });

  it('all unknown gives an unknown total, not 0', () => {
    expect(sumFigures([{ value: null, atLeast: false }]).value).toBeNull();
  });

  it('a lower bound ("ít nhất 4") keeps the total a lower bound', () => {
    expect(
      sumFigures([
        { value: 4, atLeast: true },
        { value: 2, atLeast: false },
      ]),
    ).toMatchObject({ value: 6, atLeast: true, unknown: 0 });
  });
});
