/**
 * The content as the site shows it on one day: each guide with the rules in force that day
 * (in-force.ts) and only what it may state (stated.ts). src/data/content.ts applies it once, so
 * every page of a build, guides, life events, lists and the change feed, reads the same day.
 */
import type { HistoryEntry, Procedure } from '../schemas/index.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { byId } from './by-id.ts';
import { ruleInForce, type DatedEntry } from './in-force.ts';
import { statedGuide } from './stated.ts';

/**
 * A guide on `today`. Changes in force are applied and folded into `history` (after the entries
 * staff wrote, so their keys stay as they were); `changes` keeps only the upcoming ones.
 */
export function guideForDay(p: Procedure, today: string, docName: (id: string) => string): Procedure {
  const day = ruleInForce(p, today);
  const due = [...p.changes].filter((c) => c.from <= today).sort((a, b) => a.from.localeCompare(b.from));
  const folded: HistoryEntry[] = due.map((c) => ({
    date: c.from,
    summary: c.summary,
    kind: 'rule',
    ...(c.legal === undefined ? {} : { legal: c.legal }),
  }));
  return statedGuide({ ...day.guide, changes: p.changes.filter((c) => c.from > today), history: [...p.history, ...folded] }, docName);
}

/** Every guide of the content on `today`. */
export function contentForDay(content: ContentSet, today: string): ContentSet {
  const doc = byId(content.documents);
  return {
    ...content,
    procedures: content.procedures.map((e) => ({ ...e, data: guideForDay(e.data, today, (id) => doc(id).data.name) })),
  };
}

/** The upcoming changes and the history of a guide already shown for its day (guideForDay). */
export function datedEntries(p: Procedure): { upcoming: DatedEntry[]; history: DatedEntry[] } {
  const { upcoming, history } = ruleInForce(p, '');
  return { upcoming, history };
}
