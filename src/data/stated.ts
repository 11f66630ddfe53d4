/**
 * What a guide may state. An unverified fact is never stated: its value is withheld (unknown,
 * never 0) and a line goes to the guide's "Cần xác nhận" list; so every page that reads the
 * guide (cards, life events, search, structured data) states only what is sourced. Pure.
 */
import type { Procedure } from '../schemas/index.ts';
import { guideFacts, type Fact } from '../checks/facts.ts';
import { certaintyUi as c } from '../i18n/guide.ts';
import { formatDate } from '../utils/format.ts';

/** The name of a registry paper, by its id in content/documents. */
export type DocumentName = (id: string) => string;

/** The guide's text for citizens when one fact is withheld: the new guide and a line to confirm. */
function withhold(p: Procedure, f: Fact, docName: DocumentName): { guide: Procedure; line: string } {
  const i = f.index ?? 0;
  switch (f.field) {
    case 'processingTime':
      return { guide: { ...p, processingTime: { ...p.processingTime, days: null, text: c.withheldTime } }, line: c.confirm.processingTime };
    case 'trips':
      return { guide: { ...p, trips: { count: null, note: c.withheldTrips } }, line: c.confirm.trips };
    case 'onlineLevel':
      return { guide: { ...p, onlineLevel: 'unknown' }, line: c.confirm.onlineLevel };
    case 'nationalCode': {
      // The note speaks of the withheld code: it goes too.
      const rest = Object.fromEntries(Object.entries(p).filter(([k]) => k !== 'nationalCodeNote')) as Procedure;
      return { guide: { ...rest, nationalCode: null }, line: c.confirm.nationalCode };
    }
    case 'fees': {
      const fees = p.fees.map((fee, j) => (j === i ? { name: fee.name, amountVnd: null, note: c.withheldFee } : fee));
      return { guide: { ...p, fees }, line: c.confirm.fee(p.fees[i]!.name) };
    }
    // Papers keep their line (the citizen still needs them); their form is withheld where it is shown.
    case 'requirements': {
      const r = p.requirements[i]!;
      return { guide: p, line: c.confirm.paper(r.document === undefined ? r.name! : docName(r.document)) };
    }
    // The list of places keeps its ids (other pages resolve them); the guide's view leaves it out.
    case 'submitAt':
      return { guide: p, line: c.confirm.submitAt };
    case 'steps':
      return { guide: p, line: c.confirm.step(p.steps[i]!.title) };
    case 'conditions':
      return { guide: p, line: c.confirm.condition(p.conditions[i]!) };
  }
}

/** The guide as stated: unverified facts withheld and listed to confirm; so are unverified upcoming changes. */
export function statedGuide(p: Procedure, docName: DocumentName): Procedure {
  const facts = guideFacts(p);
  let out = p;
  const lines: string[] = [];
  for (const f of facts) {
    if (f.confidence !== 'unverified') continue;
    const { guide, line } = withhold(out, f, docName);
    out = guide;
    lines.push(line);
  }
  // Steps and conditions are lists of statements: an unverified one is left out, not blanked.
  const dropped = (field: 'steps' | 'conditions', i: number) =>
    facts.some((f) => f.field === field && f.index === i && f.confidence === 'unverified');
  // What is left of those lists moves up: its certainty is written out under the new positions.
  let factsOut = { ...out.facts };
  for (const field of ['steps', 'conditions'] as const) {
    if (!out[field].some((_, i) => dropped(field, i))) continue;
    const kept = Object.entries(factsOut).filter(([k]) => !k.startsWith(`${field}[`));
    const moved = facts
      .filter((f) => f.field === field && !dropped(field, f.index!))
      .map(
        (f, j) =>
          [
            `${field}[${j}]`,
            { confidence: f.confidence, sources: f.sources, ...(f.legal === undefined ? {} : { legal: f.legal }) },
          ] as const,
      );
    factsOut = Object.fromEntries([...kept, ...moved]);
  }
  const changes = out.changes.filter((ch) => ch.confidence !== 'unverified');
  for (const ch of out.changes) if (ch.confidence === 'unverified') lines.push(c.confirm.change(formatDate(ch.from), ch.summary));
  return {
    ...out,
    steps: out.steps.filter((_, i) => !dropped('steps', i)),
    conditions: out.conditions.filter((_, i) => !dropped('conditions', i)),
    facts: factsOut,
    changes,
    toConfirm: [...out.toConfirm, ...lines.filter((l) => !out.toConfirm.includes(l))],
  };
}
