/**
 * Pure checks on the staff-written report narrative (content/report/bao-cao.mdx): every procedure
 * of the metrics gets exactly one <ReformSection>, and inside it its days chart and its trips chart
 * exactly once each. A chart left out would silently drop a figure from the report; a chart placed
 * twice would break its permalink. Messages are for staff: Vietnamese first, then English.
 */
import { CHART_MEASURES, findSection, type ReportSection } from './report.ts';

export interface Placement {
  component: 'ReformSection' | 'ReformChart';
  procedure: string | undefined;
  metric: string | undefined;
  /** The <ReformSection> this tag sits in, if any. */
  inside: string | undefined;
  line: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`).exec(tag)?.[1];

/** Every <ReformSection> and <ReformChart> tag, in order, with the section it sits in. */
export function narrativePlacements(text: string): Placement[] {
  const out: Placement[] = [];
  let inside: string | undefined;
  for (const m of text.matchAll(/<(\/?)(ReformSection|ReformChart)\b([^>]*)>/g)) {
    const line = text.slice(0, m.index).split('\n').length;
    const [, closing, component, attrs] = m as unknown as [string, string, 'ReformSection' | 'ReformChart', string];
    if (component === 'ReformSection' && closing) {
      inside = undefined;
      continue;
    }
    const p: Placement = { component, procedure: attr(attrs, 'procedure'), metric: attr(attrs, 'metric'), inside, line };
    out.push(p);
    if (component === 'ReformSection' && !attrs.trim().endsWith('/')) inside = p.procedure;
  }
  return out;
}

export function narrativeProblems(text: string, sections: readonly ReportSection[], file = 'content/report/bao-cao.mdx'): string[] {
  const problems: string[] = [];
  const at = (p: Placement) => `${file}:${p.line}`;
  const seenSections = new Map<string, number>();
  const seenCharts = new Map<string, number>();
  for (const p of narrativePlacements(text)) {
    const section = p.procedure === undefined ? undefined : findSection({ sections }, p.procedure);
    if (!section) {
      problems.push(
        `${at(p)}: <${p.component} procedure="${p.procedure ?? ''}"> không khớp thủ tục nào trong content/metrics / unknown procedure`,
      );
      continue;
    }
    if (p.component === 'ReformSection') {
      seenSections.set(section.id, (seenSections.get(section.id) ?? 0) + 1);
      continue;
    }
    if (!CHART_MEASURES.includes(p.metric as never)) {
      problems.push(`${at(p)}: metric="${p.metric ?? ''}" phải là "days" hoặc "trips" / metric must be "days" or "trips"`);
      continue;
    }
    const inside = p.inside === undefined ? undefined : findSection({ sections }, p.inside);
    if (inside?.id !== section.id) {
      problems.push(
        `${at(p)}: biểu đồ của "${p.procedure}" phải nằm trong <ReformSection procedure="${p.procedure}"> / a chart belongs inside its procedure's section`,
      );
    }
    const key = `${section.id}|${p.metric}`;
    seenCharts.set(key, (seenCharts.get(key) ?? 0) + 1);
  }
  for (const s of sections) {
    const n = seenSections.get(s.id) ?? 0;
    if (n !== 1) {
      problems.push(
        `${file}: cần đúng một <ReformSection procedure="${s.id}"> (đang có ${n}) / exactly one section per procedure (found ${n})`,
      );
    }
    for (const m of CHART_MEASURES) {
      const c = seenCharts.get(`${s.id}|${m}`) ?? 0;
      if (c !== 1) {
        problems.push(
          `${file}: cần đúng một <ReformChart procedure="${s.id}" metric="${m}" /> (đang có ${c}) / each chart exactly once (found ${c})`,
        );
      }
    }
  }
  return problems;
}
