import { describe, expect, it } from 'vitest';
import { catalogueSet } from '../../tests/catalogue-fixture.ts';
import { publishedOnly } from '../checks/content-set.ts';
import { compareLetters, firstLetter, letterSlug } from './alphabet.ts';
import { azPage, catalogue, fieldPage, GUIDES_PER_PAGE } from './catalogue.ts';
import { documentPage, documentsIndex, documentsIndexPage, documentUses, PAPERS_PER_PAGE, USES_PER_PAGE } from './documents.ts';
import { pageCount, pager, pageSlice } from './pagination.ts';

/** A few hundred guides: several pages per field. */
const content = publishedOnly(catalogueSet(600));
const cat = catalogue(content);
const published = content.procedures.map((p) => p.id).sort();

/** Every page of a list as Astro's paginate() cuts it. */
const pagesOf = <T>(items: readonly T[], size: number) =>
  Array.from({ length: pageCount(items.length, size) }, (_, i) => pageSlice(items, i + 1, size));

describe('Vietnamese letters for the A–Z lists', () => {
  it('files a title under its letter without the tone mark, and Đ, Ă, Â, Ư apart from D, A, U', () => {
    expect(['Đăng ký', 'Dịch vụ', 'Ấn định', 'Ăn', 'an toàn', 'Ưu đãi', 'Ủy quyền', 'ổn định', '2 bản', ' "Sổ"'].map(firstLetter)).toEqual([
      'Đ',
      'D',
      'Â',
      'Ă',
      'A',
      'Ư',
      'U',
      'Ô',
      '#',
      '#',
    ]);
    expect(['Đ', 'A', 'D', 'Â', '#', 'Ă', 'B'].sort(compareLetters)).toEqual(['A', 'Ă', 'Â', 'B', 'D', 'Đ', '#']);
    expect(['A', 'Ă', 'Â', 'Đ', 'Ư', 'Ơ', 'Ô', 'Ê', 'B', '#'].map(letterSlug)).toEqual([
      'a',
      'aw',
      'aa',
      'dd',
      'uw',
      'ow',
      'oo',
      'ee',
      'b',
      'khac',
    ]);
  });
});

describe('guides by field, paginated', () => {
  it('lists every published guide on exactly one field page, and no draft', () => {
    const seen = cat.byField.flatMap((g) =>
      pagesOf(g.cards, GUIDES_PER_PAGE)
        .flat()
        .map((c) => c.id),
    );
    expect(seen.sort()).toEqual(published);
    expect(new Set(seen).size).toBe(seen.length);
  });

  it('gives each field several pages of at most 50 guides, sorted the Vietnamese way, with numbered links', () => {
    const g = cat.byField[0]!;
    const pages = pagesOf(g.cards, GUIDES_PER_PAGE);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages.every((p) => p.length <= GUIDES_PER_PAGE)).toBe(true);
    const titles = g.cards.map((c) => c.title);
    expect(titles).toEqual([...titles].sort(new Intl.Collator('vi').compare));
    const view = fieldPage(g.field, g.cards.length, pages[1]!, 2, pages.length);
    expect(view.pager.prev).toBe(`/thu-tuc/linh-vuc/${g.field.id}/`);
    expect(view.pager.next).toBe(`/thu-tuc/linh-vuc/${g.field.id}/3/`);
    expect(view.pager.links.filter((l) => l?.current).map((l) => l!.n)).toEqual([2]);
    expect(cat.fields.map((f) => f.count).reduce((a, b) => a + b)).toBe(published.length);
  });
});

describe('every guide from A to Z', () => {
  const pages = pagesOf(cat.cards, GUIDES_PER_PAGE);
  const views = pages.map((p, i) => azPage(cat, p, i + 1, pages.length));

  it('lists every published guide once, in collation order, each under its letter', () => {
    const ids = views.flatMap((v) => v.groups.flatMap((g) => g.items.map((c) => c.id)));
    expect([...ids].sort()).toEqual(published);
    expect(new Set(ids).size).toBe(ids.length);
    for (const v of views) for (const g of v.groups) for (const c of g.items) expect(firstLetter(c.title)).toBe(g.letter);
    const d = views
      .flatMap((v) => v.groups)
      .filter((g) => g.letter === 'D')
      .flatMap((g) => g.items);
    expect(d.length).toBeGreaterThan(0);
    expect(d.every((c) => c.title.startsWith('Dịch'))).toBe(true);
  });

  it("links each letter to the page and heading of its first guide, letters in the alphabet's order", () => {
    for (const l of cat.letters) {
      const [path, anchor] = l.href.split('#');
      const i = views.findIndex((v) => v.pager.links.find((k) => k?.current)!.href === path);
      expect(i, l.href).toBeGreaterThanOrEqual(0);
      const group = views[i]!.groups.find((g) => g.anchor === anchor);
      expect(group?.letter).toBe(l.letter);
      expect(views.slice(0, i).every((v) => v.groups.every((g) => g.letter !== l.letter))).toBe(true);
    }
    expect(cat.letters.map((l) => l.letter)).toEqual([...cat.letters.map((l) => l.letter)].sort(compareLetters));
    expect(cat.letters.reduce((s, l) => s + l.count, 0)).toBe(published.length);
  });
});

describe('page links', () => {
  it('shows the first, the last and the pages around the current one, with a gap mark between', () => {
    const p = pager(10, 40, (n) => `/x/${n}/`);
    expect(p.links.map((l) => l?.n ?? '…')).toEqual([1, '…', 8, 9, 10, 11, 12, '…', 40]);
    expect(pager(1, 1, (n) => `${n}`)).toMatchObject({ prev: undefined, next: undefined, links: [{ n: 1, current: true }] });
    expect(pager(4, 6, (n) => `${n}`).links.map((l) => l?.n)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe('papers of the registry', () => {
  const docs = documentUses(content);

  it('gives each paper a page listing exactly the guides that need it (over its pages) and its life events', () => {
    for (const d of docs) {
      const expected = content.procedures
        .filter((p) => p.data.requirements.some((r) => r.document === d.id))
        .map((p) => p.id)
        .sort();
      const pages = pagesOf(d.usedBy, USES_PER_PAGE);
      const listed = pages.flatMap((slice, i) => documentPage(d, slice, i + 1, pages.length).usedBy.map((u) => u.id));
      expect([...listed].sort(), d.id).toEqual(expected);
      const events = content.lifeEvents
        .filter((e) => e.data.procedures.some((s) => expected.includes(s.procedure)))
        .map((e) => e.id)
        .sort();
      expect(d.inEvents.map((e) => e.id).sort(), d.id).toEqual(events);
    }
    const common = docs.find((d) => d.id === 'can-cuoc')!;
    expect(pageCount(common.usedBy.length, USES_PER_PAGE)).toBeGreaterThan(3);
    expect(common.usedBy[0]!.form).toBe('Xuất trình (không nộp lại)');
  });

  it('lists every paper once across the index pages, linking to its page', () => {
    const index = documentsIndex(docs);
    const pages = pagesOf(index.lines, PAPERS_PER_PAGE);
    const views = pages.map((slice, i) => documentsIndexPage(index, slice, i + 1, pages.length));
    const hrefs = views.flatMap((v) => v.groups.flatMap((g) => g.items.map((l) => l.href)));
    expect(hrefs.sort()).toEqual(content.documents.map((d) => `/giay-to/${d.id}/`).sort());
  });
});
