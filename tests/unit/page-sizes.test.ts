/**
 * No catalogue or staff page grows with the site: at 20,000 guides (titles, summaries and points
 * to confirm as long as the longest real ones) the heaviest page of each new kind, rendered with
 * the site's components, stays under 50 KB gzip with room for the page's frame (head, header,
 * footer). scripts/budgets.ts holds the same limit for the built pages.
 */
import { gzipSync } from 'node:zlib';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { describe, expect, it } from 'vitest';
import AzList from '../../src/components/AzList.astro';
import CatalogueIndex from '../../src/components/CatalogueIndex.astro';
import DocumentDetail from '../../src/components/DocumentDetail.astro';
import Pagination from '../../src/components/Pagination.astro';
import ProcedureCards from '../../src/components/ProcedureCards.astro';
import StaffList from '../../src/components/StaffList.astro';
import StaffReview from '../../src/components/StaffReview.astro';
import { publishedOnly } from '../../src/checks/content-set.ts';
import { azPage, catalogue, fieldPage, GUIDES_PER_PAGE } from '../../src/data/catalogue.ts';
import {
  documentPage,
  documentsIndex,
  documentsIndexPage,
  documentUses,
  PAPERS_PER_PAGE,
  USES_PER_PAGE,
} from '../../src/data/documents.ts';
import { pageCount, pageSlice } from '../../src/data/pagination.ts';
import { reviewData, ROWS_PER_PAGE, staffListPage } from '../../src/data/review.ts';
import { catalogueSet } from '../catalogue-fixture.ts';
import { PAGE_HTML_BYTES } from '../../scripts/budgets.ts';
import HomePage from '../../src/components/HomePage.astro';
import { homePage } from '../../src/data/lists.ts';

const LIMIT = PAGE_HTML_BYTES;
/** The frame every page adds (head, header, search box, footer): about 2.6 KB gzip today; twice that, to be safe. */
const FRAME = 6 * 1024;
const N = 20_000;

const all = catalogueSet(N, { long: true });
const content = publishedOnly(all);
const container = await AstroContainer.create();
const gz = (html: string) => gzipSync(html).length;
type Component = Parameters<typeof container.renderToString>[0];
const render = async (c: Component, props: Record<string, unknown>) => container.renderToString(c, { props });

describe(`pages at ${N.toLocaleString('en')} guides stay under 50 KB gzip`, { timeout: 60_000 }, () => {
  const cat = catalogue(content);
  const sizes: Record<string, number> = {};
  const check = (kind: string, bytes: number) => {
    sizes[kind] = bytes + FRAME;
    expect(bytes + FRAME, kind).toBeLessThan(LIMIT);
  };

  it('the home page, which names a few guides per field', async () => {
    check('/', gz(await render(HomePage, { home: homePage(content), notice: undefined })));
  });

  it('the guides index, a field page and an A–Z page', async () => {
    check('/thu-tuc/', gz(await render(CatalogueIndex, { fields: cat.fields, letters: cat.letters })));
    const g = cat.byField[0]!;
    const last = pageCount(g.cards.length, GUIDES_PER_PAGE);
    expect(last).toBeGreaterThan(100);
    const fp = fieldPage(g.field, g.cards.length, pageSlice(g.cards, 50, GUIDES_PER_PAGE), 50, last);
    check(
      '/thu-tuc/linh-vuc/<field>/<n>/',
      gz((await render(ProcedureCards, { procedures: fp.cards })) + (await render(Pagination, { pager: fp.pager }))),
    );
    const azLast = pageCount(cat.cards.length, GUIDES_PER_PAGE);
    const az = azPage(cat, pageSlice(cat.cards, 100, GUIDES_PER_PAGE), 100, azLast);
    check(
      '/thu-tuc/danh-sach/a-z/<n>/',
      gz((await render(AzList, { letters: az.letters, groups: az.groups })) + (await render(Pagination, { pager: az.pager }))),
    );
  });

  it("the papers' index and the page of the paper every guide needs", async () => {
    const docs = documentUses(content);
    const index = documentsIndex(docs);
    const last = pageCount(index.lines.length, PAPERS_PER_PAGE);
    const ip = documentsIndexPage(index, pageSlice(index.lines, 1, PAPERS_PER_PAGE), 1, last);
    check('/giay-to/', gz(await render(AzList, { letters: ip.letters, groups: ip.groups })));
    const common = docs.find((d) => d.id === 'can-cuoc')!;
    expect(common.usedBy.length).toBe(content.procedures.length);
    const dp = documentPage(common, pageSlice(common.usedBy, 1, USES_PER_PAGE), 1, pageCount(common.usedBy.length, USES_PER_PAGE));
    check('/giay-to/<id>/', gz(await render(DocumentDetail, { page: dp })));
  });

  it('the staff overview and a staff list page with 14 points to confirm a row', async () => {
    const review = reviewData(all, [], '2026-11-28', 'https://git.example.vn/edit/main/content/');
    check('/can-bo/', gz(await render(StaffReview, { review, today: '2026-11-28' })));
    const list = review.byStatus.find((l) => l.status === 'ok')!;
    const sp = staffListPage(list, pageSlice(list.rows, 1, ROWS_PER_PAGE), 1, pageCount(list.rows.length, ROWS_PER_PAGE));
    expect(sp.rows.every((r) => r.points.length >= 14)).toBe(true);
    check('/can-bo/<list>/<n>/', gz(await render(StaffList, { view: sp })));
    console.info('gzip bytes with the frame, at 20,000 guides:', sizes);
  });
});
