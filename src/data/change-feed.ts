/**
 * Every guide's upcoming changes and recent history, for /thay-doi/ and its Atom feed. Pure: the
 * content as shown for its day, the day, and the site's address.
 */
import type { ContentSet } from '../checks/content-set.ts';
import { changesUi } from '../i18n/guide.ts';
import { formatDate } from '../utils/format.ts';
import { absoluteUrl, changesPageHref, routes } from '../utils/routes.ts';
import { pageCount, pager, pageSlice, type Pager } from './pagination.ts';
import { datedView, type DatedView } from './dated-view.ts';
import { procedureLink, type ProcedureLink } from './links.ts';

/** How far back "recent" reaches. */
export const RECENT_DAYS = 365;

export interface SiteChange extends DatedView {
  guide: ProcedureLink;
  upcoming: boolean;
  /** The entry's date in the feed, YYYY-MM-DD: announced for an upcoming change, else its day. */
  updated: string;
}

export interface ChangesPage {
  today: string;
  todayText: string;
  /** Soonest first. */
  upcoming: SiteChange[];
  /** Newest first, within RECENT_DAYS. */
  recent: SiteChange[];
  feedHref: string;
}

const daysBefore = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

export function siteChanges(content: ContentSet, today: string): ChangesPage {
  const upcoming: SiteChange[] = [];
  const recent: SiteChange[] = [];
  const since = daysBefore(today, RECENT_DAYS);
  for (const p of content.procedures) {
    const guide = procedureLink(p);
    const dated = datedView(p.id, p.data);
    // A build for an earlier day must not date an entry after that day.
    for (const d of dated.upcoming) upcoming.push({ ...d, guide, upcoming: true, updated: [d.announced ?? today, today].sort()[0]! });
    for (const d of dated.history) if (d.date >= since) recent.push({ ...d, guide, upcoming: false, updated: d.date });
  }
  const byDate = (a: SiteChange, b: SiteChange) => a.date.localeCompare(b.date) || a.anchor.localeCompare(b.anchor);
  return {
    today,
    todayText: formatDate(today),
    upcoming: upcoming.sort(byDate),
    recent: recent.sort((a, b) => byDate(b, a)),
    feedHref: routes.changesFeed,
  };
}

/** Changes a page of /thay-doi/ lists: a law can change hundreds of procedures on one day. */
export const CHANGES_PER_PAGE = 100;
/** Entries in the feed: the most recently updated; a reader wants what is new, not the whole list. */
export const FEED_ENTRIES = 200;

/** Upcoming (soonest first), then recent (newest first): the order of the list and its pages. */
const listed = (page: ChangesPage): SiteChange[] => [...page.upcoming, ...page.recent];

export interface ChangesListPage {
  today: string;
  todayText: string;
  feedHref: string;
  /** This page's share of each group; a group that started on an earlier page is "continued". */
  groups: { id: string; upcoming: boolean; continued: boolean; items: SiteChange[] }[];
  pager: Pager;
  status: string;
}

/** Page n (1-based) of the changes list. */
export function changesListPage(page: ChangesPage, n: number): ChangesListPage {
  const all = listed(page);
  const last = pageCount(all.length, CHANGES_PER_PAGE);
  const items = pageSlice(all, n, CHANGES_PER_PAGE);
  const first = (n - 1) * CHANGES_PER_PAGE;
  const up = page.upcoming.length;
  const groups = [
    { id: 'sap-co-hieu-luc', upcoming: true, continued: first > 0 && first < up, items: items.filter((c) => c.upcoming) },
    { id: 'gan-day', upcoming: false, continued: first > up, items: items.filter((c) => !c.upcoming) },
  ].filter((g) => g.items.length > 0 || (n === 1 && (g.upcoming ? up : all.length - up) === 0)); // "none" only when none at all
  return {
    today: page.today,
    todayText: page.todayText,
    feedHref: page.feedHref,
    groups,
    pager: pager(n, last, changesPageHref),
    status: changesUi.pageStatus(n, last, all.length),
  };
}

/** How many pages the list takes. */
export const changesPageCount = (page: ChangesPage): number => pageCount(listed(page).length, CHANGES_PER_PAGE);

/** Where each change is listed: its page of /thay-doi/ and its anchor, by anchor. */
export function listedAt(page: ChangesPage): Map<string, string> {
  return new Map(listed(page).map((c, i) => [c.anchor, `${changesPageHref(Math.floor(i / CHANGES_PER_PAGE) + 1)}#${c.anchor}`]));
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** RFC 3339, at the start of the day in Hanoi. */
export const rfc3339 = (iso: string): string => `${iso}T00:00:00+07:00`;

/** One change as a sentence: "Từ 01/09/2026: … Căn cứ: …. (một nguồn — …)". */
export function changeText(c: SiteChange): string {
  const head = c.upcoming ? changesUi.from(c.dateText) : `${c.dateText}:`;
  return [head, c.summary, c.legal ? changesUi.legal(c.legal) : '', c.mark ? `(${c.mark})` : ''].filter((x) => x !== '').join(' ');
}

/** The Atom 1.0 feed of the page's entries; ids are the entries' absolute addresses on /thay-doi/. */
export function atomFeed(page: ChangesPage, site: { siteUrl: string; siteName: string }): string {
  const abs = (path: string) => escapeXml(absoluteUrl(path, site.siteUrl));
  const at = listedAt(page);
  const entries = listed(page)
    .map((e, i) => ({ e, i }))
    .sort((a, b) => b.e.updated.localeCompare(a.e.updated) || a.i - b.i)
    .slice(0, FEED_ENTRIES)
    .map(({ e }) => e);
  const updated = entries.reduce((max, e) => (e.updated > max ? e.updated : max), entries.length === 0 ? page.today : '');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
    `  <id>${abs(routes.changes)}</id>`,
    `  <title>${escapeXml(changesUi.feedTitle)}</title>`,
    `  <updated>${rfc3339(updated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${abs(routes.changesFeed)}"/>`,
    `  <link rel="alternate" type="text/html" href="${abs(routes.changes)}"/>`,
    `  <author><name>${escapeXml(site.siteName)}</name></author>`,
    ...entries.map((e) =>
      [
        '  <entry>',
        `    <id>${abs(e.href)}</id>`,
        `    <title>${escapeXml(`${e.guide.title}: ${e.upcoming ? changesUi.from(e.dateText) : `${e.dateText}:`} ${e.summary}`)}</title>`,
        `    <updated>${rfc3339(e.updated)}</updated>`,
        `    <link rel="alternate" type="text/html" href="${abs(at.get(e.anchor) ?? e.href)}"/>`,
        `    <link rel="related" type="text/html" href="${abs(e.guide.href)}"/>`,
        `    <category term="${e.upcoming ? 'upcoming' : e.kind}" label="${escapeXml(e.upcoming ? changesUi.upcoming : e.kindText)}"/>`,
        `    <summary>${escapeXml(changeText(e))}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
