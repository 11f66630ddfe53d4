/**
 * A guide on a given day: the dated changes whose day has come are applied, the others wait as
 * upcoming, and the applied ones join the guide's history. Pure: the day is an argument
 * (CONTENT_TODAY at build time), so a build for a given day is reproducible.
 */
import {
  FACT_FIELDS,
  ProcedureSchema,
  type Change,
  type ChangeableField,
  type Confidence,
  type HistoryEntry,
  type Procedure,
} from '../schemas/index.ts';

/** One entry of a guide's history or of its upcoming changes. */
export interface DatedEntry {
  /** Unique within the guide and stable from announcement to history: "2026-09-01", "2026-11-28-sua". */
  key: string;
  /** The day it takes effect, or the day of the correction. */
  date: string;
  summary: string;
  legal: string | undefined;
  kind: 'rule' | 'correction';
  /** How sure a rule change is; undefined for a history entry staff wrote. */
  confidence: Confidence | undefined;
  /** The fields a change sets. */
  fields: string[];
  /** When it was written down (upcoming changes). */
  announced: string | undefined;
}

export interface GuideOnDay {
  /** The guide with every change in force applied. */
  guide: Procedure;
  /** Changes still to come, soonest first. */
  upcoming: DatedEntry[];
  /** Corrections and changes in force, newest first. */
  history: DatedEntry[];
}

const FACT_SET: ReadonlySet<string> = new Set(FACT_FIELDS);

/**
 * Apply one change: its fields take the new values and, for facts, the change's certainty.
 * An unverified change states nothing: only its facts are set, and they show as "to confirm".
 */
export function applyChange(guide: Procedure, change: Change): Procedure {
  const out: Procedure = { ...guide };
  const set = out as unknown as Record<string, unknown>;
  for (const [key, value] of Object.entries(change.set)) {
    if (change.confidence === 'unverified' && !FACT_SET.has(key)) continue;
    const schema = ProcedureSchema.shape[key as ChangeableField];
    set[key] = schema.parse(value);
    if (!FACT_SET.has(key)) continue;
    // The old overrides of this field spoke of the old values.
    const kept = Object.entries(out.facts).filter(([k]) => k !== key && !k.startsWith(`${key}[`) && !k.startsWith(`${key}.`));
    const certainty = {
      confidence: change.confidence,
      sources: change.sources,
      ...(change.legal === undefined ? {} : { legal: change.legal }),
    };
    out.facts = { ...Object.fromEntries(kept), [key]: certainty };
  }
  return out;
}

/** Keys for entries of one guide: the day, "-sua" for corrections, "-2", "-3" for more on one day. */
function keyer(): (date: string, kind: DatedEntry['kind']) => string {
  const seen = new Map<string, number>();
  return (date, kind) => {
    const base = kind === 'correction' ? `${date}-sua` : date;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };
}

const fromHistory = (h: HistoryEntry, key: string): DatedEntry => ({
  key,
  date: h.date,
  summary: h.summary,
  legal: h.legal,
  kind: h.kind,
  confidence: undefined,
  fields: [],
  announced: undefined,
});

const fromChange = (c: Change, key: string, lastReviewed: string): DatedEntry => ({
  key,
  date: c.from,
  summary: c.summary,
  legal: c.legal,
  kind: 'rule',
  confidence: c.confidence,
  fields: Object.keys(c.set),
  announced: c.announced ?? lastReviewed,
});

/** (guide, its changes, today) -> the guide in force that day, its upcoming changes and its history. */
export function ruleInForce(guide: Procedure, today: string): GuideOnDay {
  const key = keyer();
  // Staff history first, then changes, each in written order: the keys do not depend on the day.
  const written = guide.history.map((h) => fromHistory(h, key(h.date, h.kind)));
  const changes = [...guide.changes].sort((a, b) => a.from.localeCompare(b.from));
  const dated = changes.map((c) => ({ change: c, entry: fromChange(c, key(c.from, 'rule'), guide.lastReviewed) }));
  const due = dated.filter((d) => d.change.from <= today);
  const inForce = due.reduce((g, d) => applyChange(g, d.change), guide);
  const history = [...written, ...due.map((d) => d.entry)].sort((a, b) => b.date.localeCompare(a.date));
  return { guide: inForce, upcoming: dated.filter((d) => d.change.from > today).map((d) => d.entry), history };
}
