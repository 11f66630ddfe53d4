/**
 * Pure view models for guides: every reference resolved to the data a page shows, the checklist
 * built, the page's address, edit address and search head computed. Components only render them.
 */
import type { Agency, Field, Metric, Procedure, Settings, Source } from '../schemas/index.ts';
import type { ContentSet, Entry } from '../checks/content-set.ts';
import { absoluteUrl, procedureHref, routes, sourceHref } from '../utils/routes.ts';
import { byId } from './by-id.ts';
import { procedureLink, type ProcedureLink } from './links.ts';
import { requirementViews, type RequirementView } from './requirements.ts';
import { guideChecklist, type ChecklistView } from './checklist.ts';
import { editUrl } from './review.ts';
import { overallChange, resolveMetric, type Change, type ResolvedPeriod } from './metrics.ts';
import { reformFigures, type ReformFiguresView } from './report/figures.ts';
import { attribution, periodSourceIds } from './report/attribution.ts';

export interface ReformSummary {
  metricId: string;
  name: string;
  periods: ResolvedPeriod[];
  days: Change | null;
  trips: Change | null;
}

/** A source as a guide cites it, with its entry on the sources page. */
export type SourceView = Source & { id: string; href: string };

/** What a guide's view model needs from content/settings.json. */
export type SiteInfo = Pick<Settings, 'siteUrl' | 'editBaseUrl'>;

export interface ProcedureView {
  id: string;
  href: string;
  /** The page's absolute address, for the shared text and the QR code. */
  url: string;
  file: string;
  data: Procedure;
  field: Field;
  decidingAgency: Agency;
  submitAt: Agency[];
  coordinating: Agency[];
  requirements: RequirementView[];
  /** "What to bring", ready to render. */
  checklist: ChecklistView;
  related: ProcedureLink[];
  interconnected: ProcedureLink[];
  sources: SourceView[];
  reform: ReformSummary | undefined;
  /** The guide's reform figures section, ready to render; undefined when the report has none. */
  figures: ReformFiguresView | undefined;
  /** Where staff edit the guide's file; undefined without an edit address in settings. */
  editHref: string | undefined;
  /** The report, for guides without figures of their own. */
  reportHref: string;
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

const guideFigures = (reform: ReformSummary, content: ContentSet): ReformFiguresView =>
  reformFigures(reform, attribution(periodSourceIds(reform.periods), content.sources));

export function procedureView(content: ContentSet, id: string, site: SiteInfo): ProcedureView {
  const p = byId(content.procedures)(id);
  const agency = byId(content.agencies);
  const source = byId(content.sources);
  const link = (ref: string): ProcedureLink => procedureLink(byId(content.procedures)(ref));
  const metric = content.metrics.find((m) => m.data.procedure === id);
  const requirements = requirementViews(p.data.requirements, content.documents);
  const submitAt = p.data.submitAt.map((a) => agency(a).data);
  const url = absoluteUrl(procedureHref(id), site.siteUrl);
  return {
    id,
    href: procedureHref(id),
    url,
    file: p.file,
    data: p.data,
    field: byId(content.fields)(p.data.field).data,
    decidingAgency: agency(p.data.decidingAgency).data,
    submitAt,
    coordinating: p.data.coordinating.map((a) => agency(a).data),
    requirements,
    checklist: {
      items: guideChecklist(requirements),
      scope: `thu-tuc/${id}`,
      title: p.data.shortTitle ?? p.data.title,
      url,
      where: submitAt.map((a) => a.shortName ?? a.name).join('; '),
    },
    related: p.data.related.map(link),
    interconnected: p.data.interconnected.map(link),
    sources: p.data.sources.map((s) => ({ ...source(s).data, id: s, href: sourceHref(s) })),
    reform: metric ? reformSummary(metric) : undefined,
    figures: metric ? guideFigures(reformSummary(metric), content) : undefined,
    editHref: editUrl(site.editBaseUrl, p.file),
    reportHref: routes.report,
  };
}
