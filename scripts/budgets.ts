/**
 * Size budgets, in bytes after gzip. The build fails when a page goes over; `npm run bench`
 * prints the same measurements with their headroom.
 */
export interface Budget {
  /** What a failure message calls it. */
  label: string;
  /** Which built pages it covers, by URL path. */
  match: (path: string) => boolean;
  /** HTML + CSS + JS a first visit downloads (gzip). */
  firstLoadBytes?: number;
  /** JavaScript the page loads up front (gzip). */
  jsBytes?: number;
}

export const BUDGETS: Budget[] = [
  {
    label: 'trang hướng dẫn thủ tục / guide page',
    match: (p) => /^\/thu-tuc\/[^/]+\/$/.test(p),
    firstLoadBytes: 15 * 1024,
  },
  {
    label: 'mọi trang / every page',
    match: () => true,
    firstLoadBytes: 120 * 1024,
  },
];
