/**
 * Every URL the site builds, in one place. Pages, data modules and scripts import these instead of
 * writing paths by hand, so a route changes in one line. Paths end in "/" (trailingSlash: 'always').
 */

export const routes = {
  home: '/',
  favicon: '/favicon.svg',
  procedures: '/thu-tuc/',
  lifeEvents: '/su-kien/',
  documents: '/giay-to/',
  search: '/tim-kiem/',
  report: '/bao-cao/',
  reportImage: '/bao-cao/og.png',
  sources: '/nguon/',
  staff: '/can-bo/',
  openData: '/du-lieu/',
  openDataCsv: '/du-lieu/chi-so.csv',
  openDataXlsx: '/du-lieu/chi-so.xlsx',
  openDataJson: '/du-lieu/chi-so.json',
  openDataSchema: '/du-lieu/chi-so.schema.json',
  changes: '/thay-doi/',
  changesFeed: '/thay-doi/feed.xml',
} as const;

/** A guide: /thu-tuc/dang-ky-khai-sinh/ */
export const procedureHref = (id: string): string => `${routes.procedures}${id}/`;
/** A life event: /su-kien/sinh-con/ */
export const lifeEventHref = (id: string): string => `${routes.lifeEvents}${id}/`;
/** One path of a life event after the first (the first is the event's own page): /su-kien/sinh-con/lam-rieng/ */
export const lifeEventPathHref = (id: string, pathId: string): string => `${lifeEventHref(id)}${pathId}/`;
/** A life event's page or one of its path pages, as built paths (budgets, print tests). */
export const isLifeEventPath = (path: string): boolean => /^\/su-kien\/[^/]+\/([^/]+\/)?$/.test(path);
/** The id of a paper on a checklist ("giay-to-<key>"): guides, life events and search land there. */
export const checklistItemId = (key: string): string => `giay-to-${key}`;
/** A paper on a page's checklist: /thu-tuc/dang-ky-khai-sinh/#giay-to-giay-chung-sinh */
export const checklistItemHref = (pageHref: string, key: string): string => `${pageHref}#${checklistItemId(key)}`;
/** What marks a checklist item in a search result's URL. */
export const CHECKLIST_ANCHOR = `#${checklistItemId('')}`;
/** An element on the same page: #giay-chung-sinh */
export const anchorHref = (id: string): string => `#${id}`;
/** A phone number to call: "024.1022" gives tel:0241022. */
export const telHref = (number: string): string => `tel:${number.replace(/[^\d+]/g, '')}`;
/** Pagefind's JS API, written by the build next to the pages. */
export const pagefindScript = '/pagefind/pagefind.js';
/**
 * Page `n` of a paginated list whose first page is `first`: page 1 is `first` itself, page 2 is
 * `${first}2/` (Astro's `paginate()` with a `[...page]` rest parameter builds the same paths).
 */
export const pagedHref = (first: string, n: number): string => (n <= 1 ? first : `${first}${n}/`);
/** Guides of one field (lĩnh vực), page n: /thu-tuc/linh-vuc/ho-tich/, /thu-tuc/linh-vuc/ho-tich/2/ */
export const fieldHref = (fieldId: string, n = 1): string => pagedHref(`${routes.procedures}linh-vuc/${fieldId}/`, n);
/**
 * Every guide from A to Z, page n: /thu-tuc/danh-sach/a-z/, then /2/... Two segments deep, so that
 * /thu-tuc/<one segment>/ is always a guide.
 */
export const proceduresAzHref = (n = 1): string => pagedHref(`${routes.procedures}danh-sach/a-z/`, n);
/**
 * Guide slugs the catalogue's own pages take under /thu-tuc/: a guide file with one of these
 * names would sit where the catalogue's pages are (/thu-tuc/linh-vuc/..., /thu-tuc/danh-sach/...).
 */
export const RESERVED_PROCEDURE_SLUGS = ['linh-vuc', 'danh-sach'] as const;
/** A paper of the registry, page n of the guides that need it: /giay-to/giay-chung-sinh/ */
export const documentHref = (id: string, n = 1): string => pagedHref(`${routes.documents}${id}/`, n);
/** The documents index, page n: /giay-to/, /giay-to/2/ (so a paper's id may not be a number alone). */
export const documentsIndexHref = (n = 1): string => pagedHref(routes.documents, n);
/** The staff page's lists: by review status or by field, page n: /can-bo/tinh-trang/qua-han/ */
export const staffStatusHref = (status: string, n = 1): string => pagedHref(`${routes.staff}tinh-trang/${status}/`, n);
export const staffFieldHref = (fieldId: string, n = 1): string => pagedHref(`${routes.staff}linh-vuc/${fieldId}/`, n);
/** Life events and registry papers on the staff page, page n. */
export const staffKindHref = (kind: 'su-kien' | 'giay-to', n = 1): string => pagedHref(`${routes.staff}${kind}/`, n);
/** Whether a site path belongs to the staff pages (noindex, kept out of the sitemap). */
export const isStaffPath = (path: string): boolean => path === routes.staff || path.startsWith(routes.staff);
/** A rule change or correction on the changes page: /thay-doi/#dang-ky-khai-sinh-2026-09-01 */
export const changeHref = (anchor: string): string => `${routes.changes}#${anchor}`;
/** The changes list, page n: /thay-doi/, /thay-doi/2/... */
export const changesPageHref = (n = 1): string => pagedHref(routes.changes, n);
/** A source on the sources page: /nguon/#bao-2016 */
export const sourceHref = (id: string): string => `${routes.sources}#${id}`;
/** A section or chart of the report: /bao-cao/#cap-phep-xay-dung */
export const reportHref = (anchor: string): string => `${routes.report}#${anchor}`;
/** A chart's embeddable page: /nhung/<chart id>/ */
export const embedHref = (chartId: string): string => `/nhung/${chartId}/`;
/** The chart's oEmbed answer, for a CMS that embeds from a link. */
export const oembedHref = (chartId: string): string => `${embedHref(chartId)}oembed.json`;
/** The numbers one chart draws: /du-lieu/bieu-do/<chart id>.csv */
export const chartCsvHref = (chartId: string): string => `${routes.openData}bieu-do/${chartId}.csv`;
/** Whether a site path is an embed page (kept out of search and the sitemap). */
export const isEmbedPath = (path: string): boolean => /^\/nhung\/[^/]+\/$/.test(path);
/** An absolute URL on the public site. */
export const absoluteUrl = (path: string, siteUrl: string): string => new URL(path, siteUrl).href;
