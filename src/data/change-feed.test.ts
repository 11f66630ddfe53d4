import { describe, expect, it } from 'vitest';
import {
  atomFeed,
  CHANGES_PER_PAGE,
  changesListPage,
  changesPageCount,
  FEED_ENTRIES,
  listedAt,
  type ChangesPage,
  type SiteChange,
} from './change-feed.ts';

const change = (i: number, upcoming: boolean): SiteChange => ({
  anchor: `guide-${i}-${upcoming ? 'up' : 'past'}`,
  href: `/thay-doi/#guide-${i}`,
  date: upcoming ? '2027-03-01' : '2026-07-01',
  dateText: upcoming ? '01/03/2027' : '01/07/2026',
  summary: `Thay đổi ${i}`,
  legal: undefined,
  kind: 'rule',
  kindText: 'Quy định thay đổi',
  mark: undefined,
  announced: undefined,
  guide: { id: `guide-${i}`, title: `Thủ tục ${i}`, href: `/thu-tuc/guide-${i}/` } as SiteChange['guide'],
  upcoming,
  updated: upcoming ? '2026-11-01' : '2026-07-01',
});

/** A law that changes many procedures at once: 150 upcoming changes and 180 recent ones. */
const page: ChangesPage = {
  today: '2026-12-01',
  todayText: '01/12/2026',
  upcoming: Array.from({ length: 150 }, (_, i) => change(i, true)),
  recent: Array.from({ length: 180 }, (_, i) => change(i, false)),
  feedHref: '/thay-doi/feed.xml',
};

describe('the changes list at the size of a city catalogue', () => {
  const pages = Array.from({ length: changesPageCount(page) }, (_, i) => changesListPage(page, i + 1));

  it(`is paginated, ${CHANGES_PER_PAGE} a page, and lists every change once, upcoming first`, () => {
    expect(pages).toHaveLength(4);
    const anchors = pages.flatMap((p) => p.groups.flatMap((g) => g.items.map((c) => c.anchor)));
    expect(anchors).toEqual([...page.upcoming, ...page.recent].map((c) => c.anchor));
    for (const p of pages) expect(p.groups.reduce((n, g) => n + g.items.length, 0)).toBeLessThanOrEqual(CHANGES_PER_PAGE);
  });

  it('says when a group goes on from the page before, and links the pages', () => {
    expect(pages[0]!.groups.map((g) => [g.id, g.continued])).toEqual([['sap-co-hieu-luc', false]]);
    expect(pages[1]!.groups.map((g) => [g.id, g.continued])).toEqual([
      ['sap-co-hieu-luc', true],
      ['gan-day', false],
    ]);
    expect(pages[2]!.groups.map((g) => [g.id, g.continued])).toEqual([['gan-day', true]]);
    expect(pages[1]!.pager).toMatchObject({ prev: '/thay-doi/', next: '/thay-doi/3/' });
    expect(pages[0]!.status).toBe('Trang 1/4 · 330 thay đổi, sắp có hiệu lực trước, rồi mới nhất trước');
  });

  it('points each change at the page that lists it', () => {
    const at = listedAt(page);
    pages.forEach((p, i) => {
      const href = i === 0 ? '/thay-doi/' : `/thay-doi/${i + 1}/`;
      for (const c of p.groups.flatMap((g) => g.items)) expect(at.get(c.anchor)).toBe(`${href}#${c.anchor}`);
    });
  });

  it(`keeps the feed to the ${FEED_ENTRIES} most recently updated entries, with stable ids and the listing page as link`, () => {
    const feed = atomFeed(page, { siteUrl: 'https://motcua.example.vn', siteName: 'Một cửa' });
    const entries = feed.split('<entry>').slice(1);
    expect(entries).toHaveLength(FEED_ENTRIES);
    expect(entries.filter((e) => e.includes('<updated>2026-11-01'))).toHaveLength(150);
    expect(entries[149]).toContain('<link rel="alternate" type="text/html" href="https://motcua.example.vn/thay-doi/2/#guide-149-up"/>');
    expect(entries[0]).toContain('<id>https://motcua.example.vn/thay-doi/#guide-0</id>');
  });

  it('an empty list still has its first page, saying there is nothing', () => {
    const empty = changesListPage({ ...page, upcoming: [], recent: [] }, 1);
    expect(empty.groups.map((g) => g.items.length)).toEqual([0, 0]);
    expect(empty.pager.last).toBe(1);
  });
});
