/**
 * The facts a guide states and how sure each is. Pure functions over a checked guide, shared by
 * the checker's rules and the view models: one reading of `certainty` and `facts` for both.
 */
import { FACT_FIELDS, FACT_LIST_FIELDS, type Confidence, type FactField, type Procedure } from '../schemas/index.ts';

/** A fact's confidence with its basis, every inherited field filled in. */
export interface ResolvedCertainty {
  confidence: Confidence;
  /** Ids in content/sources. */
  sources: string[];
  /** The legal document's name, as staff wrote it. */
  legal: string | undefined;
}

/** One fact of a guide: where it sits and how sure it is. */
export interface Fact extends ResolvedCertainty {
  /** Its key in `facts`: "processingTime", "fees[1]". */
  path: string;
  field: FactField;
  /** The item of a list field. */
  index: number | undefined;
  /** Whether the guide states a value (an unknown days count or a null fee states nothing). */
  stated: boolean;
}

type ListField = (typeof FACT_LIST_FIELDS)[number];
const isList = (f: FactField): f is ListField => (FACT_LIST_FIELDS as readonly string[]).includes(f);

/** What a guide says when it gives no certainty: one source, its own sources. */
function guideDefault(p: Procedure): ResolvedCertainty {
  if (p.certainty === undefined) return { confidence: 'one-source', sources: [...p.sources], legal: undefined };
  return { confidence: p.certainty.confidence, sources: p.certainty.sources ?? [], legal: p.certainty.legal };
}

/** The keys of `facts` that speak for one fact, from the widest to the narrowest. */
function overrideKeys(p: Procedure, field: FactField, index: number | undefined): string[] {
  if (index === undefined) return [field];
  const keys: string[] = [field];
  const doc = field === 'requirements' ? p.requirements[index]?.document : undefined;
  if (doc !== undefined) keys.push(`requirements.${doc}`);
  keys.push(`${field}[${index}]`);
  return keys;
}

/** The certainty of one fact: the guide's default, then each override that names it. */
export function certaintyOf(p: Procedure, field: FactField, index?: number): ResolvedCertainty {
  const out = guideDefault(p);
  for (const key of overrideKeys(p, field, index)) {
    const o = p.facts[key];
    if (o === undefined) continue;
    if (o.confidence !== undefined) out.confidence = o.confidence;
    if (o.sources !== undefined) out.sources = [...o.sources];
    if (o.legal !== undefined) out.legal = o.legal;
  }
  return out;
}

function isStated(p: Procedure, field: FactField, index: number | undefined): boolean {
  switch (field) {
    case 'processingTime':
      return p.processingTime.days !== null;
    case 'trips':
      return p.trips.count !== null;
    case 'onlineLevel':
      return p.onlineLevel !== 'unknown';
    case 'nationalCode':
      return p.nationalCode !== null;
    case 'fees':
      return p.fees[index!]?.amountVnd !== null;
    default:
      return true;
  }
}

/** Every fact of a guide, in the order of FACT_FIELDS, list items one by one. */
export function guideFacts(p: Procedure): Fact[] {
  const out: Fact[] = [];
  for (const field of FACT_FIELDS) {
    const indexes = isList(field) ? p[field].map((_, i) => i) : [undefined];
    for (const index of indexes) {
      out.push({
        path: index === undefined ? field : `${field}[${index}]`,
        field,
        index,
        stated: isStated(p, field, index),
        ...certaintyOf(p, field, index),
      });
    }
  }
  return out;
}

/** The keys `facts` may use for this guide. */
export function factKeys(p: Procedure): string[] {
  const keys: string[] = [...FACT_FIELDS];
  for (const field of FACT_LIST_FIELDS) p[field].forEach((_, i) => keys.push(`${field}[${i}]`));
  for (const r of p.requirements) if (r.document !== undefined) keys.push(`requirements.${r.document}`);
  return keys;
}

/** Whether a fact rests on something a reader can check. */
export const hasBasis = (c: Pick<ResolvedCertainty, 'sources' | 'legal'>): boolean => c.sources.length > 0 || c.legal !== undefined;
