/**
 * What "Nộp trực tuyến" offers on a guide: a button to the procedure's own page when a source
 * gives that page, otherwise a plain line saying where to find the procedure online. Never a
 * button to a guessed address or to a portal's home page (the checker refuses those).
 */
import type { Procedure, Source } from '../schemas/index.ts';
import type { Entry } from '../checks/content-set.ts';

export type OnlineAction =
  /** A button to the procedure's page; `note` is the caveat shown under it, `source` its source. */
  | { kind: 'page'; href: string; note: string | undefined; source: string | undefined }
  /** No page of its own is known: where to find it. */
  | { kind: 'where'; text: string };

export function onlineAction(p: Procedure, sources: Entry<Source>[]): OnlineAction | undefined {
  if (p.onlineUrl !== undefined) {
    const source = sources.find((s) => s.id === p.onlineUrlSource)?.data;
    return {
      kind: 'page',
      href: p.onlineUrl,
      note: p.onlineUrlNote,
      source: source && `${source.publisher}: ${source.title}`,
    };
  }
  if (p.onlineHowTo !== undefined) return { kind: 'where', text: p.onlineHowTo };
  return undefined;
}
