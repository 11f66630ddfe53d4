/**
 * Checks that need more than one file: references resolve, ids are unique, figures make sense,
 * guides are reviewed. Each check is a small named rule in rules/; crossCheck runs them all.
 * Pure: the reader (read-content.ts) hands it the parsed content and places each problem on a line.
 */
import type { ContentSet, Entry, LocatedProblem } from './content-set.ts';
import { ruleContext, type CrossCheckOptions, type Rule } from './rules/context.ts';
import { placeholdersLeft } from './rules/placeholders-left.ts';
import { oneMetricsFilePerProcedure, uniqueGuideTitles, uniqueListIds } from './rules/unique.ts';
import { citedSources, guideDocuments, guideLinks, guideTaxonomy, interconnectedBothWays } from './rules/guide-references.ts';
import { reviewDate } from './rules/review-date.ts';
import { metricReferences, metricTrends } from './rules/metric-references.ts';
import { lifeEventReferences } from './rules/life-event-references.ts';
import { searchWordTargets } from './rules/search-words.ts';

export type { CrossCheckOptions, Rule };

/** Every cross-file rule, by name, in the order their problems are listed. */
export const RULES = {
  placeholdersLeft,
  uniqueListIds,
  uniqueGuideTitles,
  guideTaxonomy,
  guideDocuments,
  guideLinks,
  interconnectedBothWays,
  citedSources,
  reviewDate,
  metricReferences,
  metricTrends,
  lifeEventReferences,
  oneMetricsFilePerProcedure,
  searchWordTargets,
} satisfies Record<string, Rule>;

/** Every cross-file problem in the content. `today` is YYYY-MM-DD. */
export function crossCheck(content: ContentSet, today: string, options: CrossCheckOptions = {}): LocatedProblem[] {
  const problems: LocatedProblem[] = [];
  const ctx = ruleContext(content, today, options, problems);
  for (const rule of Object.values(RULES)) rule(ctx);
  return problems;
}

/**
 * What `npm run dev` shows so that staff can preview a draft: the published content plus every
 * draft whose references all resolve (placeholder text is shown as it is). A draft that cannot
 * be drawn yet is left out, with the problems that stop it. Never used by the build.
 */
export function withPreviewDrafts(content: ContentSet, today: string): { content: ContentSet; hidden: LocatedProblem[] } {
  const undraft = <T>(e: Entry<T>): Entry<T> => ({ ...e, data: { ...e.data, draft: false } });
  let shown = content;
  const hidden: LocatedProblem[] = [];
  // Leaving one draft out can break another that links to it, hence the rounds.
  for (let round = 0; round <= content.procedures.length + content.documents.length + content.metrics.length; round++) {
    const draftFiles = new Set([...shown.procedures, ...shown.documents, ...shown.metrics].filter((e) => e.data.draft).map((e) => e.file));
    const asPublished: ContentSet = {
      ...shown,
      procedures: shown.procedures.map(undraft),
      documents: shown.documents.map(undraft),
      metrics: shown.metrics.map(undraft),
    };
    const blocking = crossCheck(asPublished, today, { allowPlaceholderText: true }).filter(
      (p) => p.severity === 'error' && draftFiles.has(p.file),
    );
    if (blocking.length === 0) break;
    hidden.push(...blocking);
    const out = new Set(blocking.map((p) => p.file));
    shown = {
      ...shown,
      procedures: shown.procedures.filter((e) => !out.has(e.file)),
      documents: shown.documents.filter((e) => !out.has(e.file)),
      metrics: shown.metrics.filter((e) => !out.has(e.file)),
    };
  }
  return { content: shown, hidden };
}
