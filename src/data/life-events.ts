/**
 * View models for life events: the procedures in order, one merged checklist (merged-checklist.ts),
 * totals now against before the reform (life-event-totals.ts), fees, and the lists of events.
 * An event with paths (life-event-paths.ts) has one view per path, holding only that path's steps.
 */
import type { LifeEvent, Procedure } from '../schemas/index.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { absoluteUrl, checklistItemHref, lifeEventHref } from '../utils/routes.ts';
import { eventKeyFacts, type KeyFact } from './key-facts.ts';
import { pathChoices, pathHref, pathOf, pathSteps, type PathChoice } from './life-event-paths.ts';
import { byId } from './by-id.ts';
import { eventChecklist, type ChecklistView } from './checklist.ts';
import { lifeEventTotals, type Totals } from './life-event-totals.ts';
import { mergeChecklists, type MergedItem } from './merged-checklist.ts';
import { totalsTable, type TotalsTable } from './totals-table.ts';
import type { SiteInfo } from './procedures.ts';
import { procedureLink, type ProcedureLink } from './links.ts';
import { requirementViews } from './requirements.ts';
import { guideMarks } from './marks.ts';

type Fee = Procedure['fees'][number];

export interface LifeEventView {
  id: string;
  /** This page: the event's own page, or one of its paths. */
  href: string;
  /** The page's absolute address, for the shared text and the QR code. */
  url: string;
  data: LifeEvent;
  steps: (ProcedureLink & { why: string | undefined; condition: string | undefined; summary: string; stepTitles: string[] })[];
  alternatives: (ProcedureLink & { note: string })[];
  /** The merged papers, as data. */
  checklist: MergedItem[];
  /** The merged papers, ready to render. */
  checklistView: ChecklistView;
  totals: Totals;
  /** The totals as the table shows them. */
  totalsTable: TotalsTable;
  /** Each fee with its guide's mark. */
  fees: { procedure: ProcedureLink; condition: string | undefined; fees: Fee[]; marks: (string | undefined)[] }[];
  /** Fields and deciding agencies of the whole event (every path), for the search filters. */
  fields: string[];
  agencies: string[];
  /** The choice of paths, the current one marked; empty when the event has one way only. */
  paths: PathChoice[];
  /** The title of the path shown, if the event has paths. */
  pathTitle: string | undefined;
  /** Days, trips, fee, where: one line above the checklist. */
  keyFacts: KeyFact[];
}

/** A life event as the lists show it. */
export interface LifeEventCard {
  id: string;
  href: string;
  title: string;
  summary: string;
}

/** One life event (one of its paths, the first by default) as its page shows it. */
export function lifeEventView(content: ContentSet, id: string, site: Pick<SiteInfo, 'siteUrl'>, pathId?: string): LifeEventView {
  const e = byId(content.lifeEvents)(id);
  const procedure = byId(content.procedures);
  const agency = byId(content.agencies);
  const path = pathOf(e.data, pathId);
  const procs = pathSteps(e.data, pathId).map((s) => ({ step: s, p: procedure(s.procedure) }));
  const all = e.data.procedures.map((s) => procedure(s.procedure));
  const href = pathHref(id, e.data, pathId);
  const url = absoluteUrl(href, site.siteUrl);
  const totals = lifeEventTotals(content, { procedures: procs.map(({ step }) => step) });
  const checklist = mergeChecklists(
    procs.map(({ step, p }) => ({
      procedure: procedureLink(p),
      requirements: requirementViews(p.data.requirements, content.documents, guideMarks(p.data).requirements),
      condition: step.condition,
    })),
  );
  const title = path ? `${e.data.title} – ${path.title}` : e.data.title;
  const counted = procs.filter(({ step }) => step.condition === undefined);
  return {
    id,
    href,
    url,
    data: e.data,
    steps: procs.map(({ step, p }) => ({
      ...procedureLink(p),
      why: step.why,
      condition: step.condition,
      summary: p.data.summary,
      stepTitles: p.data.steps.map((s) => s.title),
    })),
    alternatives: e.data.alternatives.map((a) => ({ ...procedureLink(procedure(a.procedure)), note: a.note })),
    checklist,
    // One procedure: every paper is for it, so "cần cho" would only repeat its name.
    checklistView: { items: eventChecklist(checklist, { neededBy: procs.length > 1 }), scope: href.replace(/^\/|\/$/g, ''), title, url },
    totals,
    totalsTable: totalsTable(totals),
    fees: procs.map(({ step, p }) => ({
      procedure: procedureLink(p),
      condition: step.condition,
      fees: p.data.fees,
      marks: guideMarks(p.data).fees,
    })),
    // The search filters describe the whole event (every path): its page offers each path.
    fields: [...new Set(all.map((p) => byId(content.fields)(p.data.field).data.name))],
    agencies: [...new Set(all.map((p) => agency(p.data.decidingAgency).data.name))],
    paths: pathChoices(id, e.data, pathId),
    pathTitle: path?.title,
    keyFacts: eventKeyFacts({
      days: totals.now.days,
      allWorkingDays: totals.nowAllWorkingDays,
      trips: totals.now.trips,
      fees: counted.flatMap(({ p }) => p.data.fees),
      where: counted.flatMap(({ p }) => p.data.submitAt.map((a) => agency(a).data.shortName ?? agency(a).data.name)),
    }),
  };
}

/** Life events in their staff-set order. */
export function lifeEventList(content: ContentSet): LifeEventCard[] {
  return [...content.lifeEvents]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((e) => ({ id: e.id, href: lifeEventHref(e.id), title: e.data.title, summary: e.data.summary }));
}

/**
 * Which life events need each document, each link landing on the paper in the event's checklist:
 * on the first path that needs it, named with the path when that is not the event's own page.
 */
export function lifeEventsByDocument(content: ContentSet): Map<string, ProcedureLink[]> {
  const map = new Map<string, ProcedureLink[]>();
  // One lookup each, built once: at 20,000 guides, a lookup per step took seconds.
  const eventOf = byId(content.lifeEvents);
  const procedureOf = byId(content.procedures);
  for (const e of lifeEventList(content)) {
    const event = eventOf(e.id).data;
    const paths = event.paths.length > 0 ? event.paths : [undefined];
    const linked = new Set<string>();
    for (const path of paths) {
      const papers = mergeChecklists(
        pathSteps(event, path?.id).map((s) => {
          const p = procedureOf(s.procedure);
          return { procedure: procedureLink(p), requirements: requirementViews(p.data.requirements, content.documents) };
        }),
      );
      const href = pathHref(e.id, event, path?.id);
      const title = href === e.href || !path ? e.title : `${e.title} – ${path.title}`;
      for (const item of papers) {
        if (!item.documentId || linked.has(item.documentId)) continue;
        linked.add(item.documentId);
        const list = map.get(item.documentId) ?? [];
        list.push({ id: e.id, href: checklistItemHref(href, item.documentId), title });
        map.set(item.documentId, list);
      }
    }
  }
  return map;
}
