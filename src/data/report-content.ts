/**
 * The reform report, built once per build: the checked content (src/data/content.ts), the report
 * model built from it, and the staff narrative, which the reader has already checked (frontmatter,
 * the ranking's source, every chart placed once). `order` lists the sections in the order the
 * narrative places them, for the table of contents.
 */
import { loadContent, loadNarrative } from './content.ts';
import { findSection, reportModel, type ReportModel, type ReportSection, type SourceRef } from './report.ts';
import type { ReportNarrative } from '../schemas/report.ts';
import { CONTENT_DIR, NARRATIVE_FILE } from '../schemas/index.ts';

const NARRATIVE_PATH = `${CONTENT_DIR}/${NARRATIVE_FILE}`;

let loading: Promise<ReportModel & { order: ReportSection[] }> | undefined;

/** The report model, with the sections in the narrative's order. */
export function loadReportModel(): Promise<ReportModel & { order: ReportSection[] }> {
  loading ??= (async () => {
    const model = reportModel(await loadContent());
    const { data } = await loadNarrative();
    const order = data.placements
      .filter((p) => p.component === 'ReformSection')
      .map((p) => {
        const section = findSection(model, p.procedure ?? '');
        if (!section) throw new Error(`${NARRATIVE_PATH}:${p.line}: unknown procedure "${p.procedure ?? ''}"`);
        return section;
      });
    return { ...model, order };
  })();
  return loading;
}

/** The narrative's frontmatter, with the ranking's source resolved. */
export async function reportNarrative(): Promise<ReportNarrative & { rankingSource: SourceRef }> {
  const { data } = await loadNarrative();
  const narrative: ReportNarrative = { title: data.title, description: data.description, lead: data.lead, ranking: data.ranking };
  const source = (await loadContent()).sources.find((s) => s.id === narrative.ranking.source);
  if (!source) throw new Error(`${NARRATIVE_PATH}: ranking.source "${narrative.ranking.source}" is missing`);
  return { ...narrative, rankingSource: { ...source.data, id: source.id } };
}
