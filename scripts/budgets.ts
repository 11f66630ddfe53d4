/**
 * Size budgets, in bytes after gzip. The build fails when a page goes over; `npm run bench`
 * prints the same measurements with their headroom.
 */
import { isEmbedPath, isLifeEventPath, isStaffPath, routes } from '../src/utils/routes.ts';

export interface Budget {
  /** What a failure message calls it. */
  label: string;
  /** Which built pages it covers, by URL path. */
  match: (path: string) => boolean;
  /** HTML + CSS + JS a first visit downloads (gzip). */
  firstLoadBytes?: number;
  /** JavaScript the page loads up front (gzip). */
  jsBytes?: number;
  /** The HTML document alone (gzip). */
  htmlBytes?: number;
  /** Render-blocking stylesheets: on a phone each costs a connection before the first paint. */
  maxStylesheets?: number;
}

/** No HTML document over this (gzip); catalogue pages keep their whole first load under it too. */
export const PAGE_HTML_BYTES = 50 * 1024;

/** A catalogue page: /thu-tuc/ and its field and A–Z pages, /giay-to/ and its pages, the staff pages. */
export const isCataloguePath = (p: string): boolean =>
  p === routes.procedures || /^\/thu-tuc\/(linh-vuc|danh-sach)\//.test(p) || p.startsWith(routes.documents) || isStaffPath(p);

export const BUDGETS: Budget[] = [
  {
    // chart.js (bar, category and linear only) plus the chart script: about 48 KB today.
    label: 'báo cáo cải cách / reform report',
    match: (p) => p === routes.report,
    jsBytes: 60 * 1024,
  },
  {
    label: 'trang nhúng biểu đồ / chart embed',
    match: isEmbedPath,
    jsBytes: 60 * 1024,
  },
  {
    label: 'trang hướng dẫn thủ tục / guide page',
    match: (p) => /^\/thu-tuc\/[^/]+\/$/.test(p),
    // 16 KB: the longest guide (first land certificate, 11 papers) with its certainty marks,
    // upcoming changes and history is about 15.5 KB gzip.
    firstLoadBytes: 16 * 1024,
    // One stylesheet: a guide's first paint on a phone waits for no second connection.
    maxStylesheets: 1,
  },
  {
    // A life event merges several guides' checklists: a little more room than one guide.
    label: 'trang sự kiện / life event page',
    match: isLifeEventPath,
    firstLoadBytes: 20 * 1024,
    maxStylesheets: 1,
  },
  {
    // Paginated (GUIDES_PER_PAGE, PAPERS_PER_PAGE, ROWS_PER_PAGE): the same size at 20,000 guides
    // as at 7; tests/unit/page-sizes.test.ts renders the heaviest of each at 20,000 (under 30 KB).
    label: 'trang danh mục, giấy tờ, cán bộ / catalogue, paper and staff pages',
    match: isCataloguePath,
    firstLoadBytes: PAGE_HTML_BYTES,
  },
  {
    label: 'mọi trang / every page',
    match: () => true,
    firstLoadBytes: 120 * 1024,
    // No HTML document over 50 KB gzip, at any size of the catalogue.
    htmlBytes: PAGE_HTML_BYTES,
  },
];

/**
 * chart.js is loaded only by pages that draw charts. A page outside this list that loads chart
 * code (found by a string chart.js keeps in its minified build) fails the build.
 */
export const CHART_CODE = {
  allowed: (p: string): boolean => p === routes.report || isEmbedPath(p),
  marker: 'Canvas is already in use. Chart with ID',
};
