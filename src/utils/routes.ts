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
  openDataJson: '/du-lieu/chi-so.json',
  openDataSchema: '/du-lieu/chi-so.schema.json',
} as const;

/** A guide: /thu-tuc/dang-ky-khai-sinh/ */
export const procedureHref = (id: string): string => `${routes.procedures}${id}/`;
/** A life event: /su-kien/sinh-con/ */
export const lifeEventHref = (id: string): string => `${routes.lifeEvents}${id}/`;
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
/** A paper's entry on the documents index: /giay-to/#giay-chung-sinh */
export const documentHref = (id: string): string => `${routes.documents}#${id}`;
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
