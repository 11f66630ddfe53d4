/**
 * The real content built for a fixed day (CONTENT_TODAY): before, on and after the day of a dated
 * change, the guide shows the rule then in force, the "Từ dd/mm/yyyy" notice, and its history; the
 * changes page and feed agree.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/read-content.ts';
import { changesDue, changesDueReport } from '../../src/checks/changes-due.ts';
import { contentForDay } from '../../src/data/content-day.ts';
import { procedureView } from '../../src/data/procedures.ts';
import { siteChanges } from '../../src/data/change-feed.ts';
import { ROOT } from '../content-fixtures.ts';

const GUIDE = 'lien-thong-khai-sinh-thuong-tru-bhyt';
const ANCHOR = `${GUIDE}-2026-09-01`;
const NEW_RESULT = /thẻ căn cước của trẻ nếu cha mẹ đề nghị/;

function onDay(day: string) {
  const { content, settings } = readContent(ROOT, day);
  const shown = contentForDay(content, day);
  return { view: procedureView(shown, GUIDE, settings!), page: siteChanges(shown, day), raw: content };
}

describe('a dated change, on the days around it (NĐ 301/2026 from 01/09/2026)', () => {
  it('the day before: the old result, a "Từ 01/09/2026" notice with its legal document, not yet in history', () => {
    const { view, page } = onDay('2026-08-31');
    expect(view.data.result).not.toMatch(NEW_RESULT);
    expect(view.upcoming.map((u) => [u.anchor, u.dateText, u.legal])).toEqual([[ANCHOR, '01/09/2026', '301/2026/NĐ-CP']]);
    expect(view.history.map((h) => h.anchor)).not.toContain(ANCHOR);
    expect(page.upcoming.map((c) => c.anchor)).toContain(ANCHOR);
  });

  it('on the day: the new result, no notice, and the change heads the guide’s history', () => {
    const { view, page } = onDay('2026-09-01');
    expect(view.data.result).toMatch(NEW_RESULT);
    expect(view.upcoming).toEqual([]);
    expect(view.history[0]).toMatchObject({ anchor: ANCHOR, kind: 'rule', legal: '301/2026/NĐ-CP', dateText: '01/09/2026' });
    expect(page.recent.map((c) => c.anchor)).toContain(ANCHOR);
  });

  it('after the day: still in force and in history; more than a year later it leaves the recent list', () => {
    expect(onDay('2026-12-01').view.data.result).toMatch(NEW_RESULT);
    expect(onDay('2026-12-01').view.history.map((h) => h.anchor)).toContain(ANCHOR);
    expect(onDay('2027-09-02').page.recent.map((c) => c.anchor)).not.toContain(ANCHOR);
    expect(onDay('2027-09-02').view.history.map((h) => h.anchor)).toContain(ANCHOR);
  });

  it('the build lists it among the changes due within 14 days, and not after its day', () => {
    const due = changesDue(onDay('2026-08-20').raw, '2026-08-20');
    expect(due.map((d) => d.from)).toEqual(['2026-09-01']);
    expect(changesDueReport(due, '2026-08-20').join('\n')).toMatch(/2026-09-01 {2}content\/procedures\/lien-thong.*301\/2026\/NĐ-CP/);
    expect(changesDue(onDay('2026-08-10').raw, '2026-08-10')).toEqual([]);
    expect(changesDue(onDay('2026-09-01').raw, '2026-09-01')).toEqual([]);
  });
});
