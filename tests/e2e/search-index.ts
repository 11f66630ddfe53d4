/**
 * The built Pagefind index, queried in Node the way the search page queries it in the browser
 * (same options, same query folding and merging, same choice of landing anchor).
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PAGEFIND_OPTIONS, runSearch, type PagefindApi } from '../../src/components/search/search.ts';

type Pagefind = PagefindApi & { options: (o: object) => Promise<void>; init: () => Promise<void> };

export interface Hit {
  /** Page URL, e.g. "/thu-tuc/dang-ky-khai-sinh/". */
  page: string;
  /** Where the link goes: the page, or a checklist item on it. */
  landing: string;
  title: string;
}

let loaded: Promise<Pagefind> | undefined;

export function loadIndex(distDir: string): Promise<Pagefind> {
  loaded ??= (async () => {
    const realFetch = globalThis.fetch;
    // Pagefind fetches its index next to pagefind.js: serve file: URLs from disk.
    globalThis.fetch = (async (input: string | URL | Request, init?: RequestInit) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.startsWith('file:')) return new Response(await readFile(fileURLToPath(url.split('?')[0]!)));
      return realFetch(input, init);
    }) as typeof fetch;
    const g = globalThis as unknown as { document?: object };
    g.document ??= { currentScript: null, querySelector: () => null };
    const href = pathToFileURL(join(resolve(distDir), 'pagefind', 'pagefind.js')).href;
    const pf = (await import(/* @vite-ignore */ href)) as Pagefind;
    await pf.options({ ...PAGEFIND_OPTIONS, baseUrl: '/' });
    await pf.init();
    return pf;
  })();
  return loaded;
}

/** The results the search page would show for `q`, in order. */
export async function searchSite(distDir: string, q: string, filters: Record<string, string> = {}): Promise<Hit[]> {
  const { hits } = await runSearch(await loadIndex(distDir), q, filters);
  return hits.map((h) => ({ page: h.page.url, landing: h.landing, title: h.title }));
}
