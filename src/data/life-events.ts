/**
 * View models for life events: the procedures in order, one merged checklist (merged-checklist.ts),
 * totals now against before the reform (life-event-totals.ts), fees, and the lists of events.
 */
import type { LifeEvent, Procedure } from '../schemas/index.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { absoluteUrl, checklistItemHref, lifeEventHref } from '../utils/routes.ts';
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
  fields: string[];
  agencies: string[];
}

/** A life event as the lists show it. */
export interface LifeEventCard {
  id: string;
  href: string;
  title: string;
  summary: string;
}

export function lifeEventView(content: ContentSet, id: string, site: Pick<SiteInfo, 'siteUrl'>): LifeEventView {
  const e = byId(content.lifeEvents)(id);
  const procedure = byId(content.procedures);
  const procs = e.data.procedures.map((s) => ({ step: s, p: procedure(s.procedure) }));
  const agencyName = (a: string) => byId(content.agencies)(a).data.name;
  const url = absoluteUrl(lifeEventHref(id), site.siteUrl);
  const totals = lifeEventTotals(content, e.data);
  const checklist = mergeChecklists(
    procs.map(({ step, p }) => ({
      procedure: procedureLink(p),
      requirements: requirementViews(p.data.requirements, content.documents, guideMarks(p.data).requirements),
      condition: step.condition,
    })),
  );
  return {
    id,
    href: lifeEventHref(id),
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
    checklistView: { items: eventChecklist(checklist), scope: `su-kien/${id}`, title: e.data.title, url },
    totals,
    totalsTable: totalsTable(totals),
    fees: procs.map(({ step, p }) => ({
      procedure: procedureLink(p),
      condition: step.condition,
      fees: p.data.fees,
      marks: guideMarks(p.data).fees,
    })),
    fields: [...new Set(procs.map(({ p }) => byId(content.fields)(p.data.field).data.name))],
    agencies: [...new Set(procs.map(({ p }) => agencyName(p.data.decidingAgency)))],
  };
}

/** Life events in their staff-set order. */
export function lifeEventList(content: ContentSet): LifeEventCard[] {
  return [...content.lifeEvents]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((e) => ({ id: e.id, href: lifeEventHref(e.id), title: e.data.title, summary: e.data.summary }));
}

/** Which life events need each document, each link landing on the paper in the event's checklist. */
export function lifeEventsByDocument(content: ContentSet): Map<string, ProcedureLink[]> {
  const map = new Map<string, ProcedureLink[]>();
  for (const e of lifeEventList(content)) {
    const papers = mergeChecklists(
      byId(content.lifeEvents)(e.id).data.procedures.map((s) => {
        const p = byId(content.procedures)(s.procedure);
        return {
          procedure: procedureLink(p),
          requirements: requirementViews(p.data.requirements, content.documents, guideMarks(p.data).requirements),
        };
      }),
    );
    for (const item of papers) {
      if (!item.documentId) continue;
      const list = map.get(item.documentId) ?? [];
      list.push({ id: e.id, href: checklistItemHref(e.href, item.documentId), title: e.title });
      map.set(item.documentId, list);
    }
  }
  return map;
}
