/**
 * The staff pages against the real content and a synthetic catalogue: every guide, life event and
 * paper is a row with its points to confirm, the counts add up, and each list shows each row once.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/checks/read-content.ts';
import { pointsToConfirm } from '../../src/data/to-confirm.ts';
import { reviewData, ROWS_PER_PAGE, staffListPage } from '../../src/data/review.ts';
import { pageCount, pageSlice } from '../../src/data/pagination.ts';
import { catalogueSet } from '../catalogue-fixture.ts';
import { ROOT } from '../content-fixtures.ts';

const TODAY = '2026-11-28';
const EDIT = 'https://git.example.vn/edit/main/content/';
const { content, problems } = readContent(ROOT, TODAY, { includeDrafts: true });

describe('the clerk page counts what is still to confirm in the real content', () => {
  const review = reviewData(content, problems, TODAY, EDIT);

  it('lists every guide, life event and paper, each with an edit link to its own file', () => {
    const want = [...content.procedures, ...content.lifeEvents, ...content.documents].map((e) => e.file).sort();
    expect(review.rows.map((r) => r.file).sort()).toEqual(want);
    for (const r of review.rows) expect(r.editUrl).toBe(`${EDIT}${r.file.replace(/^.*content\//, '')}`);
    expect(review.editGuideUrl).toBe(`${EDIT}README.md`);
  });

  it("gives each guide its own 'Cần xác nhận' items and every unknown value it shows as to confirm", () => {
    for (const p of content.procedures) {
      const row = review.rows.find((r) => r.file === p.file)!;
      const texts = row.points.map((x) => x.text);
      for (const item of p.data.toConfirm) expect(texts).toContain(item);
      const unknowns =
        Number(p.data.processingTime.days === null) +
        Number(p.data.trips.count === null) +
        Number(p.data.nationalCode === null) +
        Number(p.data.onlineLevel === 'unknown') +
        p.data.fees.filter((f) => f.amountVnd === null).length;
      expect(row.points.length, p.id).toBeGreaterThanOrEqual(p.data.toConfirm.length + unknowns);
    }
    // Every guide of the seed has something to confirm: the old page said "0 cảnh báo".
    expect(review.rows.filter((r) => r.kind === 'procedure').every((r) => r.points.length > 0)).toBe(true);
  });

  it('adds the points up in the counts, apart from the warnings', () => {
    expect(review.counts.points).toBe(review.rows.reduce((s, r) => s + r.points.length, 0));
    expect(review.counts.points).toBe(
      [...content.procedures.map((p) => pointsToConfirm({ kind: 'procedure', data: p.data }))].flat().length +
        content.lifeEvents.flatMap((e) => pointsToConfirm({ kind: 'lifeEvent', data: e.data })).length +
        content.documents.flatMap((d) => pointsToConfirm({ kind: 'document', data: d.data })).length,
    );
    expect(review.counts).toMatchObject({
      guides: content.procedures.length,
      events: content.lifeEvents.length,
      documents: content.documents.length,
    });
    expect(review.counts.warnings).toBe(problems.filter((p) => p.severity === 'warning').length);
  });
});

describe('the clerk works through a large catalogue page by page', () => {
  const set = catalogueSet(600);
  const review = reviewData(set, [], TODAY, EDIT);
  const rowsOf = (l: { rows: readonly unknown[] }) => l.rows.length;

  it('splits the rows by review status: each row in exactly one status list, oldest review first', () => {
    expect(review.byStatus.map(rowsOf).reduce((a, b) => a + b)).toBe(review.rows.length);
    const ids = review.byStatus.flatMap((l) => l.rows.map((r) => r.file));
    expect(new Set(ids).size).toBe(review.rows.length);
    const overdue = review.byStatus.find((l) => l.status === 'overdue')!;
    expect(overdue.rows.length).toBe(set.procedures.filter((_, i) => i % 5 === 0).length);
    // Reviewed 2025-12-15: due 2026-12-15, within 60 days of the 28th of November.
    expect(review.byStatus.find((l) => l.status === 'soon')!.rows.length).toBe(set.procedures.filter((_, i) => i % 5 === 1).length);
    expect(overdue.rows.map((r) => r.lastReviewed)).toEqual([...overdue.rows.map((r) => r.lastReviewed)].sort());
  });

  it('splits the guides by field and pages every list at ROWS_PER_PAGE rows, each row once', () => {
    expect(review.byField.map(rowsOf).reduce((a, b) => a + b)).toBe(set.procedures.length);
    for (const list of [...review.byStatus, ...review.byField, ...review.byKind]) {
      const last = pageCount(list.rows.length, ROWS_PER_PAGE);
      const seen = Array.from(
        { length: last },
        (_, i) => staffListPage(list, pageSlice(list.rows, i + 1, ROWS_PER_PAGE), i + 1, last).rows,
      ).flat();
      expect(seen).toEqual(list.rows);
      expect(staffListPage(list, [], 1, last).pager.next).toBe(last > 1 ? `${list.href}2/` : undefined);
    }
    expect(review.byKind.map((l) => l.slug)).toEqual(['su-kien', 'giay-to']);
  });
});
