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
