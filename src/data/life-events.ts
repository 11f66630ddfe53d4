/**
 * Pure transforms for life events: one merged checklist (a paper needed by several procedures
 * appears once, with every procedure that needs it) and totals of days and trips, now (from the
 * guides) against before the reform (from the metrics). An unknown is never added as 0: a total
 * over unknowns is partial and says so.
 */
import type { DayKind, LifeEvent, Procedure } from '../schemas/index.ts';
import type { ContentSet, Entry } from '../checks/content-set.ts';
import { procedureHref, requirementViews, type ProcedureLink, type RequirementView } from './procedures.ts';

type Fee = Procedure['fees'][number];

export const lifeEventHref = (id: string): string => `/su-kien/${id}/`;

/** One procedure's need for a paper. */
export interface Need {
  procedure: ProcedureLink;
  form: RequirementView['form'];
  copies: number | undefined;
  condition: string | undefined;
  note: string | undefined;
  /** The procedure itself is only done in some cases (the life event's condition). */
  stepCondition: string | undefined;
}

export interface MergedItem {
  /** Stable key for ticks and anchors: the document id, or "<procedure>-rieng-<n>" for a one-off paper. */
  key: string;
  name: string;
  documentId: string | undefined;
  /** Other names of a registry paper ("sổ đỏ"), for search. */
  aliases: string[];
  template: RequirementView['template'];
  neededBy: Need[];
  /** Needed in every case: some procedure done in every case needs it with no condition. */
  always: boolean;
}

export interface ChecklistSource {
  procedure: ProcedureLink;
  requirements: RequirementView[];
  /** The life event's condition on the procedure, if any. */
  condition?: string | undefined;
}

/**
 * Merge the checklists of several procedures. Papers needed in every case come first, then the
 * rest, each group in the order papers first appear.
 */
export function mergeChecklists(sources: readonly ChecklistSource[]): MergedItem[] {
  const items = new Map<string, MergedItem>();
  for (const s of sources) {
    for (const r of s.requirements) {
      // One-off papers belong to their procedure: two "Giấy tờ khác" lines are not the same paper.
      const key = r.document ? r.document.id : `${s.procedure.id}-${r.key}`;
      let item = items.get(key);
      if (!item) {
        item = {
          key,
          name: r.name,
          documentId: r.document?.id,
          aliases: r.document?.aliases ?? [],
          template: r.template,
          neededBy: [],
          always: false,
        };
        items.set(key, item);
      }
      item.neededBy.push({
        procedure: s.procedure,
        form: r.form,
        copies: r.copies,
        condition: r.condition,
        note: r.note,
        stepCondition: s.condition,
      });
      if (r.condition === undefined && s.condition === undefined) item.always = true;
    }
  }
  const all = [...items.values()];
  return [...all.filter((i) => i.always), ...all.filter((i) => !i.always)];
}

/** A figure that may be unknown, or a lower bound. */
export interface Figure {
  value: number | null;
  atLeast: boolean;
}

export interface Total {
  /** Sum of the known figures; null when none is known. */
  value: number | null;
  /** Some figure is a lower bound, or some figure is unknown: the real total is at least `value`. */
  atLeast: boolean;
  /** How many figures were unknown and left out of the sum. */
  unknown: number;
  /** How many figures there were. */
  of: number;
}

/** Add figures honestly: unknowns are counted as unknown, never as 0. */
export function sumFigures(figures: readonly Figure[]): Total {
  const known = figures.filter((f) => f.value !== null);
  const unknown = figures.length - known.length;
  return {
    value: known.length === 0 ? null : known.reduce((a, f) => a + f.value!, 0),
    atLeast: unknown > 0 || known.some((f) => f.atLeast),
    unknown,
    of: figures.length,
  };
}

export interface TotalsRow {
  procedure: ProcedureLink;
  condition: string | undefined;
  now: { days: Figure & { kind: DayKind }; trips: Figure };
  /** The metric's "before" period; undefined when no metric covers this procedure. */
  before: { days: Figure & { kind: DayKind }; trips: Figure; metricId: string } | undefined;
}

export interface Totals {
  rows: TotalsRow[];
  /** Sums over the procedures done in every case (conditional ones are listed, not added). */
  now: { days: Total; trips: Total };
  before: { days: Total; trips: Total };
  /** Every "now" day figure counts working days; otherwise the sum mixes kinds of day. */
  nowAllWorkingDays: boolean;
}

export function lifeEventTotals(content: ContentSet, event: LifeEvent): Totals {
  const rows: TotalsRow[] = event.procedures.map((step) => {
    const p = find(content.procedures, step.procedure);
    const metric = content.metrics.find((m) => m.data.procedure === step.procedure);
    const before = metric?.data.periods.find((x) => x.period === 'before');
    return {
      procedure: linkOf(p),
      condition: step.condition,
      now: {
        days: { value: p.data.processingTime.days, atLeast: false, kind: p.data.processingTime.dayKind },
        trips: { value: p.data.trips.count, atLeast: false },
      },
      before:
        metric && before
          ? {
              days: { value: before.days.value, atLeast: before.days.atLeast, kind: before.days.kind },
              trips: { value: before.trips.value, atLeast: before.trips.atLeast },
              metricId: metric.id,
            }
          : undefined,
    };
  });
  const counted = rows.filter((r) => r.condition === undefined);
  const unknownFigure: Figure = { value: null, atLeast: false };
  return {
    rows,
    now: { days: sumFigures(counted.map((r) => r.now.days)), trips: sumFigures(counted.map((r) => r.now.trips)) },
    before: {
      days: sumFigures(counted.map((r) => r.before?.days ?? unknownFigure)),
      trips: sumFigures(counted.map((r) => r.before?.trips ?? unknownFigure)),
    },
    nowAllWorkingDays: counted.every((r) => r.now.days.value === null || r.now.days.kind === 'working'),
  };
}

export interface LifeEventView {
  id: string;
  href: string;
  data: LifeEvent;
  steps: (ProcedureLink & { why: string | undefined; condition: string | undefined; summary: string; stepTitles: string[] })[];
  alternatives: (ProcedureLink & { note: string })[];
  checklist: MergedItem[];
  totals: Totals;
  fees: { procedure: ProcedureLink; condition: string | undefined; fees: Fee[] }[];
  fields: string[];
  agencies: string[];
}

function find<T>(list: Entry<T>[], id: string): Entry<T> {
  const e = list.find((x) => x.id === id);
  if (!e) throw new Error(`unknown id "${id}": the cross-check should have caught this`);
  return e;
}

function linkOf(p: Entry<{ title: string; shortTitle?: string | undefined }>): ProcedureLink {
  return { id: p.id, title: p.data.shortTitle ?? p.data.title, href: procedureHref(p.id) };
}

export function lifeEventView(content: ContentSet, id: string): LifeEventView {
  const e = find(content.lifeEvents, id);
  const procs = e.data.procedures.map((s) => ({ step: s, p: find(content.procedures, s.procedure) }));
  const agencyName = (a: string) => find(content.agencies, a).data.name;
  return {
    id,
    href: lifeEventHref(id),
    data: e.data,
    steps: procs.map(({ step, p }) => ({
      ...linkOf(p),
      why: step.why,
      condition: step.condition,
      summary: p.data.summary,
      stepTitles: p.data.steps.map((s) => s.title),
    })),
    alternatives: e.data.alternatives.map((a) => ({ ...linkOf(find(content.procedures, a.procedure)), note: a.note })),
    checklist: mergeChecklists(
      procs.map(({ step, p }) => ({
        procedure: linkOf(p),
        requirements: requirementViews(p.data.requirements, content.documents),
        condition: step.condition,
      })),
    ),
    totals: lifeEventTotals(content, e.data),
    fees: procs.map(({ step, p }) => ({ procedure: linkOf(p), condition: step.condition, fees: p.data.fees })),
    fields: [...new Set(procs.map(({ p }) => find(content.fields, p.data.field).data.name))],
    agencies: [...new Set(procs.map(({ p }) => agencyName(p.data.decidingAgency)))],
  };
}

/** Life events in their staff-set order. */
export function lifeEventList(content: ContentSet): { id: string; href: string; title: string; summary: string }[] {
  return [...content.lifeEvents]
    .sort((a, b) => a.data.order - b.data.order || a.id.localeCompare(b.id))
    .map((e) => ({ id: e.id, href: lifeEventHref(e.id), title: e.data.title, summary: e.data.summary }));
}

/** Which life events need each document: for the documents index. */
export function lifeEventsByDocument(content: ContentSet): Map<string, { id: string; href: string; title: string }[]> {
  const map = new Map<string, { id: string; href: string; title: string }[]>();
  for (const e of lifeEventList(content)) {
    for (const item of lifeEventView(content, e.id).checklist) {
      if (!item.documentId) continue;
      const list = map.get(item.documentId) ?? [];
      list.push({ id: e.id, href: e.href, title: e.title });
      map.set(item.documentId, list);
    }
  }
  return map;
}
