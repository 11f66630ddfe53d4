/**
 * What a guide's and a life event's page hand their layout: the view model, and the head tags
 * for the site search (a folded alias) and for search engines (JSON-LD). Kept apart from the view
 * models so that the structured data, which reads the views, does not loop back into them.
 */
import type { ContentSet } from '../checks/content-set.ts';
import { PAGE_KIND } from '../i18n/vi.ts';
import { headMeta, type HeadMeta } from './head.ts';
import { lifeEventView, type LifeEventView } from './life-events.ts';
import { procedureView, type ProcedureView, type SiteInfo } from './procedures.ts';
import { governmentService, lifeEventHowTo } from './structured-data.ts';
import { searchWordsFor } from './search-words.ts';

/** A guide's page: its view model and its head tags for the site search and search engines. */
export function guidePage(content: ContentSet, id: string, site: SiteInfo): { procedure: ProcedureView; head: HeadMeta } {
  const p = procedureView(content, id, site);
  const aliasOf = [p.data.title, p.data.shortTitle, p.data.summary, p.field.name, p.decidingAgency.name];
  for (const r of p.requirements) aliasOf.push(r.name, ...(r.document?.aliases ?? []));
  for (const f of p.data.fees) aliasOf.push(f.name);
  aliasOf.push(...searchWordsFor(content, { procedure: id }));
  return { procedure: p, head: headMeta(aliasOf, PAGE_KIND.procedure, governmentService(p, site.siteUrl)) };
}

/** A life event's page: its view model and its head tags. */
export function lifeEventPage(content: ContentSet, id: string, site: SiteInfo): { event: LifeEventView; head: HeadMeta } {
  const e = lifeEventView(content, id, site);
  const aliasOf = [e.data.title, e.data.summary, ...e.steps.map((s) => s.title), ...e.checklist.flatMap((i) => [i.name, ...i.aliases])];
  for (const f of e.fees) aliasOf.push(...f.fees.map((x) => x.name));
  aliasOf.push(...searchWordsFor(content, { lifeEvent: id }));
  return { event: e, head: headMeta(aliasOf, PAGE_KIND.lifeEvent, lifeEventHowTo(e, site.siteUrl)) };
}
