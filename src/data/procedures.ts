/**
 * Pure view models for guides: every reference resolved to the data a page shows.
 */
import type { Agency, DocumentEntry, Field, Metric, Procedure, Requirement, Source } from '../schemas/index.ts';
import type { ContentSet, Entry } from '../checks/content-set.ts';
import { overallChange, resolveMetric, type Change, type ResolvedPeriod } from './metrics.ts';

export interface RequirementView {
  /** Stable key for ticks and anchors: the document id, or "rieng-<n>" for a one-off paper. */
  key: string;
  name: string;
  /** Set when the paper is in the documents registry. */
  document: (DocumentEntry & { id: string }) | undefined;
  form: Requirement['form'];
  copies: number | undefined;
  condition: string | undefined;
  template: { name: string; url?: string | undefined } | undefined;
  note: string | undefined;
}

export interface ProcedureLink {
  id: string;
  title: string;
  href: string;
}

export interface ReformSummary {
  metricId: string;
  name: string;
  periods: ResolvedPeriod[];
  days: Change | null;
  trips: Change | null;
}

export interface ProcedureView {
  id: string;
  href: string;
  file: string;
  data: Procedure;
  field: Field;
  decidingAgency: Agency;
  submitAt: Agency[];
  coordinating: Agency[];
  requirements: RequirementView[];
  related: ProcedureLink[];
  interconnected: ProcedureLink[];
  sources: (Source & { id: string })[];
  reform: ReformSummary | undefined;
}

export const procedureHref = (id: string): string => `/thu-tuc/${id}/`;

function lookup<T>(list: Entry<T>[]) {
  const map = new Map(list.map((e) => [e.id, e]));
  return (id: string): Entry<T> => {
    const e = map.get(id);
    if (!e) throw new Error(`unknown id "${id}": the cross-check should have caught this`);
    return e;
  };
}

export function requirementViews(requirements: readonly Requirement[], documents: Entry<DocumentEntry>[]): RequirementView[] {
  const doc = lookup(documents);
  let oneOff = 0;
  return requirements.map((r) => {
    const d = r.document === undefined ? undefined : doc(r.document);
    return {
      key: d ? d.id : `rieng-${++oneOff}`,
      name: d ? d.data.name : r.name!,
      document: d ? { ...d.data, id: d.id } : undefined,
      form: r.form,
      copies: r.copies,
      condition: r.condition,
      template: r.template ?? d?.data.template,
      note: r.note,
    };
  });
}

export function reformSummary(metric: Entry<Metric>): ReformSummary {
  const periods = resolveMetric(metric.data);
  return {
    metricId: metric.id,
    name: metric.data.name,
    periods,
    days: overallChange(periods, 'days'),
    trips: overallChange(periods, 'trips'),
  };
}

export function procedureView(content: ContentSet, id: string): ProcedureView {
  const p = lookup(content.procedures)(id);
  const agency = lookup(content.agencies);
  const source = lookup(content.sources);
  const link = (ref: string): ProcedureLink => {
    const q = lookup(content.procedures)(ref);
    return { id: q.id, title: q.data.shortTitle ?? q.data.title, href: procedureHref(q.id) };
  };
  const metric = content.metrics.find((m) => m.data.procedure === id);
  return {
    id,
    href: procedureHref(id),
    file: p.file,
    data: p.data,
    field: lookup(content.fields)(p.data.field).data,
    decidingAgency: agency(p.data.decidingAgency).data,
    submitAt: p.data.submitAt.map((a) => agency(a).data),
    coordinating: p.data.coordinating.map((a) => agency(a).data),
    requirements: requirementViews(p.data.requirements, content.documents),
    related: p.data.related.map(link),
    interconnected: p.data.interconnected.map(link),
    sources: p.data.sources.map((s) => ({ ...source(s).data, id: s })),
    reform: metric ? reformSummary(metric) : undefined,
  };
}

/** Guides grouped by field, in the order of content/fields.json, titles sorted the Vietnamese way. */
export function proceduresByField(content: ContentSet): { field: Field; procedures: ProcedureLink[] }[] {
  const collator = new Intl.Collator('vi');
  return content.fields
    .map((f) => ({
      field: f.data,
      procedures: content.procedures
        .filter((p) => p.data.field === f.id)
        .map((p) => ({ id: p.id, title: p.data.title, href: procedureHref(p.id) }))
        .sort((a, b) => collator.compare(a.title, b.title)),
    }))
    .filter((g) => g.procedures.length > 0);
}
