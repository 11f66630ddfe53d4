/** Pure: the report's sections, one per metrics file, in the order of the guides they follow. */
import type { Source } from '../schemas/index.ts';
import type { ContentSet } from './cross-check.ts';
import { resolveMetric, type ResolvedPeriod } from './metrics.ts';
import { procedureHref } from './procedures.ts';

export interface ReportSection {
  id: string;
  name: string;
  shortName: string;
  guide: { id: string; title: string; href: string };
  periods: ResolvedPeriod[];
  quotes: { label: string; text: string }[];
  /** Every source any figure of this section cites, once. */
  sources: (Source & { id: string })[];
}

/** Report order: the largest cut in days first is tempting, but staff expect a stable order: file order. */
export function reportSections(content: ContentSet): ReportSection[] {
  const sourceById = new Map(content.sources.map((s) => [s.id, s]));
  return content.metrics.map((m) => {
    const periods = resolveMetric(m.data);
    const guide = content.procedures.find((p) => p.id === m.data.procedure);
    if (!guide) throw new Error(`metric ${m.id}: guide "${m.data.procedure}" is missing or a draft`);
    const ids = new Set<string>();
    for (const p of periods) {
      for (const v of [p.days, p.trips, p.agencies, p.onlineLevel]) ids.add(v.source);
      if (p.annotation) ids.add(p.annotation.source);
    }
    return {
      id: m.id,
      name: m.data.name,
      shortName: m.data.shortName,
      guide: { id: guide.id, title: guide.data.shortTitle ?? guide.data.title, href: procedureHref(guide.id) },
      periods,
      quotes: periods.flatMap((p) => (p.quote ? [{ label: p.label, text: p.quote }] : [])),
      sources: [...ids].map((id) => {
        const s = sourceById.get(id);
        if (!s) throw new Error(`unknown source "${id}"`);
        return { ...s.data, id };
      }),
    };
  });
}
