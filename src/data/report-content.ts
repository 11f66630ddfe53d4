/**
 * Loads the reform report once per build: the cross-checked content (src/data/content.ts), the
 * report model built from it, and the staff narrative's frontmatter and chart placements, checked.
 * A problem stops the build with a message naming the file and line, like any content error.
 *
 * This is the one place the MDX-facing components (ReformSection, ReformChart) get their data
 * from: MDX passes them only the attributes staff write, so they cannot receive data as props.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from './content.ts';
import { narrativePlacements, narrativeProblems } from './narrative.ts';
import { findSection, reportModel, type ReportModel, type ReportSection, type SourceRef } from './report.ts';
import { ReportNarrativeSchema, type ReportNarrative } from '../schemas/report.ts';
import { formatProblems, parseWithFriendlyErrors } from '../schemas/friendly-errors.ts';

export const NARRATIVE_FILE = 'content/report/bao-cao.mdx';

let loading: Promise<ReportModel & { order: ReportSection[] }> | undefined;

/**
 * The report model, with the narrative's placements checked against it. `order` lists the
 * sections in the order the narrative places them, for the table of contents.
 */
export function loadReportModel(): Promise<ReportModel & { order: ReportSection[] }> {
  loading ??= (async () => {
    const model = reportModel(await loadContent());
    const text = readFileSync(join(process.cwd(), NARRATIVE_FILE), 'utf8');
    const problems = narrativeProblems(text, model.sections, NARRATIVE_FILE);
    if (problems.length) throw new Error(`Báo cáo chưa hợp lệ / invalid report narrative:\n  - ${problems.join('\n  - ')}`);
    const order = narrativePlacements(text)
      .filter((p) => p.component === 'ReformSection')
      .map((p) => findSection(model, p.procedure!)!);
    return { ...model, order };
  })();
  return loading;
}

/** The narrative's frontmatter, validated, with the ranking's source resolved. */
export async function reportNarrative(frontmatter: unknown): Promise<ReportNarrative & { rankingSource: SourceRef }> {
  const r = parseWithFriendlyErrors(ReportNarrativeSchema, frontmatter, NARRATIVE_FILE);
  if (!r.ok) throw new Error(`Nội dung chưa hợp lệ / invalid content:\n\n${formatProblems(r.problems)}`);
  const content = await loadContent();
  const source = content.sources.find((s) => s.id === r.data.ranking.source);
  if (!source) {
    throw new Error(`${NARRATIVE_FILE}: ranking.source "${r.data.ranking.source}" không có trong content/sources / unknown source`);
  }
  return { ...r.data, rankingSource: { ...source.data, id: source.id } };
}
