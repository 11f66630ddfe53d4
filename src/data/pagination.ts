/**
 * The numbered page links of a paginated list, as data for the one pagination component. Astro's
 * `paginate()` slices the list and gives the page numbers; the addresses come from routes.ts.
 */

export interface PageLink {
  /** 1-based page number. */
  n: number;
  href: string;
  current: boolean;
}

export interface Pager {
  current: number;
  last: number;
  /** Numbered links: the first, the last and a window around the current page; null marks a gap ("…"). */
  links: (PageLink | null)[];
  prev: string | undefined;
  next: string | undefined;
}

/** Pages shown on each side of the current one before a gap. */
const WINDOW = 2;

/** Page links for page `current` of `last`; `hrefOf(n)` is the address of page n. */
export function pager(current: number, last: number, hrefOf: (n: number) => string): Pager {
  const shown = new Set<number>([1, last]);
  for (let n = current - WINDOW; n <= current + WINDOW; n++) if (n >= 1 && n <= last) shown.add(n);
  // A gap of a single page shows the page instead of "…".
  const sorted = [...shown].sort((a, b) => a - b);
  const links: (PageLink | null)[] = [];
  sorted.forEach((n, i) => {
    const before = sorted[i - 1];
    if (before !== undefined && n - before === 2) links.push({ n: n - 1, href: hrefOf(n - 1), current: false });
    else if (before !== undefined && n - before > 2) links.push(null);
    links.push({ n, href: hrefOf(n), current: n === current });
  });
  return {
    current,
    last,
    links,
    prev: current > 1 ? hrefOf(current - 1) : undefined,
    next: current < last ? hrefOf(current + 1) : undefined,
  };
}

/** The items of page `n` (1-based) of `size` each; the same slice Astro's `paginate()` makes. */
export function pageSlice<T>(items: readonly T[], n: number, size: number): T[] {
  return items.slice((n - 1) * size, n * size);
}

/** How many pages `count` items take at `size` a page (at least one, so an empty list has a page). */
export const pageCount = (count: number, size: number): number => Math.max(1, Math.ceil(count / size));
