/**
 * A guide's upcoming changes and history as pages show them: dates in vi-VN, the legal document,
 * the mark of a one-source change, and a stable anchor on /thay-doi/. Pure.
 */
import type { Procedure } from '../schemas/index.ts';
import { changesUi } from '../i18n/guide.ts';
import { formatDate } from '../utils/format.ts';
import { changeHref } from '../utils/routes.ts';
import { datedEntries } from './content-day.ts';
import type { DatedEntry } from './in-force.ts';
import { markOf } from './marks.ts';

export interface DatedView {
  /** Stable anchor, unique on the site: "<guide id>-<entry key>". */
  anchor: string;
  /** Its stable address, the feed entry's id; the page of /thay-doi/ that lists it comes from listedAt(). */
  href: string;
  /** YYYY-MM-DD */
  date: string;
  /** "01/09/2026" */
  dateText: string;
  summary: string;
  legal: string | undefined;
  kind: DatedEntry['kind'];
  /** "Quy định thay đổi" or "Sửa nội dung trang". */
  kindText: string;
  /** The one-source mark of a change, in words. */
  mark: string | undefined;
  /** When it was written down: the feed's date for an upcoming change. */
  announced: string | undefined;
}

export function toDatedView(guideId: string, e: DatedEntry): DatedView {
  const anchor = `${guideId}-${e.key}`;
  return {
    anchor,
    href: changeHref(anchor),
    date: e.date,
    dateText: formatDate(e.date),
    summary: e.summary,
    legal: e.legal,
    kind: e.kind,
    kindText: changesUi.kind[e.kind],
    mark: markOf(e.confidence),
    announced: e.announced,
  };
}

/** A guide's upcoming changes and history, from the guide as shown for its day. */
export function datedView(guideId: string, guide: Procedure): { upcoming: DatedView[]; history: DatedView[] } {
  const { upcoming, history } = datedEntries(guide);
  return { upcoming: upcoming.map((e) => toDatedView(guideId, e)), history: history.map((e) => toDatedView(guideId, e)) };
}
