/** How pages link to a guide: by its short title, at its address. */
import type { Entry } from '../checks/content-set.ts';
import { procedureHref } from '../utils/routes.ts';

export interface ProcedureLink {
  id: string;
  title: string;
  href: string;
}

/** A guide as other pages link to it, by its short title. */
export function procedureLink(p: Entry<{ title: string; shortTitle?: string | undefined }>): ProcedureLink {
  return { id: p.id, title: p.data.shortTitle ?? p.data.title, href: procedureHref(p.id) };
}

/**
 * The related guides a guide lists after its interconnected ones: a guide already listed as done
 * together (liên thông) is not listed a second time as merely related, nor twice in one list.
 */
export function relatedOnly(related: readonly ProcedureLink[], interconnected: readonly ProcedureLink[]): ProcedureLink[] {
  const seen = new Set(interconnected.map((l) => l.id));
  return related.filter((l) => !seen.has(l.id) && seen.add(l.id));
}
