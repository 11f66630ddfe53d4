/**
 * Pure checks on the staff-written report narrative (content/report/bao-cao.mdx): every procedure
 * of the metrics gets exactly one <ReformSection>, and inside it its days chart and its trips chart
 * exactly once each. A chart left out would silently drop a figure from the report; a chart placed
 * twice would break its permalink. Messages are for staff: Vietnamese first, then English.
 */
import type { ContentProblem } from '../schemas/friendly-errors.ts';
import { CONTENT_DIR, NARRATIVE_FILE, type Metric } from '../schemas/index.ts';
import type { PlacementSchema, ReportNarrative } from '../schemas/report.ts';
import type { z } from 'astro/zod';
import type { Entry } from './content-set.ts';
import { codeProblems, isTree, parseTree, urlProblems, walk, type AllowedComponents, type TreeNode } from './markdown-tree.ts';

/** The two charts of each procedure's section. */
export const CHART_MEASURES = ['days', 'trips'] as const;

/** What a placement can name: a metrics file, by its id or by its guide's id. */
export interface NarrativeSection {
  id: string;
  guide: { id: string };
}

/** The sections the report has: one per published metrics file. */
export const narrativeSections = (metrics: readonly Entry<Metric>[]): NarrativeSection[] =>
  metrics.filter((m) => !m.data.draft).map((m) => ({ id: m.id, guide: { id: m.data.procedure } }));

/** The section a placement's procedure="…" names: a metrics id first, else a guide id. */
export function findSection<S extends NarrativeSection>(model: { sections: readonly S[] }, procedure: string): S | undefined {
  return model.sections.find((s) => s.id === procedure) ?? model.sections.find((s) => s.guide.id === procedure);
}

/** Where staff placed a <ReformSection> or <ReformChart>; `line` is the file's line. */
export type Placement = z.output<typeof PlacementSchema>;

/** The components the narrative may place, each with the attributes it takes (literal strings only). */
export const NARRATIVE_COMPONENTS: AllowedComponents = { ReformSection: ['procedure'], ReformChart: ['procedure', 'metric'] };

const attr = (n: TreeNode, name: string) => {
  const value = n.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
};
const isPlaced = (n: TreeNode) =>
  (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') && (n.name === 'ReformSection' || n.name === 'ReformChart');

/** Every <ReformSection> and <ReformChart> of a parsed narrative, in order, with the section it sits in. */
function placementsOf(tree: TreeNode): Placement[] {
  const out: Placement[] = [];
  walk(tree, (n, ancestors) => {
    if (!isPlaced(n)) return;
    const section = ancestors.findLast((a) => isPlaced(a) && a.name === 'ReformSection');
    out.push({
      component: n.name as Placement['component'],
      procedure: attr(n, 'procedure'),
      metric: attr(n, 'metric'),
      inside: section ? attr(section, 'procedure') : undefined,
      line: n.position?.start.line ?? 1,
    });
  });
  return out;
}

/**
 * The narrative read by the MDX parser the site renders it with: where staff placed the report's
 * components, and what it must not hold (import/export, {expressions}, other elements, attributes
 * that are not literal strings, links other than http(s), mailto, tel and the site's own).
 * `text` is the whole file, so lines are the file's.
 */
export function readNarrativeText(text: string): { placements: Placement[]; issues: NarrativeIssue[] } {
  const tree = parseTree(text, true);
  const issues = isTree(tree) ? [...codeProblems(tree, NARRATIVE_COMPONENTS), ...urlProblems(tree)] : [tree];
  return {
    placements: isTree(tree) ? placementsOf(tree) : [],
    issues: issues.map((i) => ({ message: i.message, ...(i.line === undefined ? {} : { line: i.line }) })),
  };
}

/** Every <ReformSection> and <ReformChart> tag, in order, with the section it sits in. */
export const narrativePlacements = (text: string): Placement[] => readNarrativeText(text).placements;

export interface NarrativeIssue {
  line?: number;
  message: string;
}

/** Problems with the placements, each with its line where it has one. */
export function placementIssues(placements: readonly Placement[], sections: readonly NarrativeSection[]): NarrativeIssue[] {
  const issues: NarrativeIssue[] = [];
  const seenSections = new Map<string, number>();
  const seenCharts = new Map<string, number>();
  for (const p of placements) {
    const section = p.procedure === undefined ? undefined : findSection({ sections }, p.procedure);
    if (!section) {
      issues.push({
        line: p.line,
        message: `<${p.component} procedure="${p.procedure ?? ''}"> không khớp thủ tục nào trong content/metrics / unknown procedure`,
      });
      continue;
    }
    if (p.component === 'ReformSection') {
      seenSections.set(section.id, (seenSections.get(section.id) ?? 0) + 1);
      continue;
    }
    if (!CHART_MEASURES.includes(p.metric as never)) {
      issues.push({ line: p.line, message: `metric="${p.metric ?? ''}" phải là "days" hoặc "trips" / metric must be "days" or "trips"` });
      continue;
    }
    const inside = p.inside === undefined ? undefined : findSection({ sections }, p.inside);
    if (inside?.id !== section.id) {
      issues.push({
        line: p.line,
        message: `biểu đồ của "${p.procedure}" phải nằm trong <ReformSection procedure="${p.procedure}"> / a chart belongs inside its procedure's section`,
      });
    }
    const key = `${section.id}|${p.metric}`;
    seenCharts.set(key, (seenCharts.get(key) ?? 0) + 1);
  }
  return [...issues, ...missingPlacements(sections, seenSections, seenCharts)];
}

/** Every section placed once, and each of its charts once: a chart left out would drop a figure. */
function missingPlacements(
  sections: readonly NarrativeSection[],
  seenSections: Map<string, number>,
  seenCharts: Map<string, number>,
): NarrativeIssue[] {
  const issues: NarrativeIssue[] = [];
  for (const s of sections) {
    const n = seenSections.get(s.id) ?? 0;
    if (n !== 1) {
      issues.push({
        message: `cần đúng một <ReformSection procedure="${s.id}"> (đang có ${n}) / exactly one section per procedure (found ${n})`,
      });
    }
    for (const m of CHART_MEASURES) {
      const c = seenCharts.get(`${s.id}|${m}`) ?? 0;
      if (c !== 1) {
        issues.push({
          message: `cần đúng một <ReformChart procedure="${s.id}" metric="${m}" /> (đang có ${c}) / each chart exactly once (found ${c})`,
        });
      }
    }
  }
  return issues;
}

/** The placement problems of a narrative's text as "file:line: message" lines. */
export function narrativeProblems(
  text: string,
  sections: readonly NarrativeSection[],
  file = `${CONTENT_DIR}/${NARRATIVE_FILE}`,
): string[] {
  const read = readNarrativeText(text);
  return [...read.issues, ...placementIssues(read.placements, sections)].map(
    (i) => `${file}${i.line === undefined ? '' : `:${i.line}`}: ${i.message}`,
  );
}

/** The same problems for the checker: file, line, field and severity; code found stops the placement checks. */
export function narrativeContentProblems(
  read: { placements: readonly Placement[]; issues: readonly NarrativeIssue[] },
  sections: readonly NarrativeSection[],
  file: string,
): ContentProblem[] {
  const issues = read.issues.length > 0 ? read.issues : placementIssues(read.placements, sections);
  return issues.map((i) => ({
    file,
    line: i.line,
    field: 'nội dung (body)',
    message: i.message,
    severity: 'error',
  }));
}

/** The narrative as the reader hands it on: its checked frontmatter and where staff placed the charts. */
export interface Narrative extends ReportNarrative {
  placements: Placement[];
}
