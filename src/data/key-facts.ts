/**
 * The key facts of a guide or of one path of a life event, on one compact line above the
 * checklist: how long, how many trips, what it costs, where to submit. Pure. An unknown stays
 * unknown ("cần xác nhận"), never 0; a range of fees keeps saying when some fee is unknown.
 */
import type { DayKind } from '../schemas/index.ts';
import { DAY_KIND_SHORT } from '../i18n/vi.ts';
import { keyFactsUi as k } from '../i18n/guide.ts';
import { formatVnd } from '../utils/format.ts';
import type { Total } from './life-event-totals.ts';

export interface KeyFact {
  kind: 'days' | 'trips' | 'fee' | 'where';
  text: string;
}

/** "0–5.000 đ", "Miễn phí", with a note when some fee is not known. */
export function feeRange(amounts: readonly (number | null)[]): string {
  const known = amounts.filter((a): a is number => a !== null);
  if (known.length === 0) return k.feeUnknown;
  const min = Math.min(...known);
  const max = Math.max(...known);
  const range = min === max ? formatVnd(min) : `${min === 0 ? '0' : formatVnd(min).replace(' đ', '')}–${formatVnd(max)}`;
  return k.fee(range) + (known.length < amounts.length ? k.someUnknown : '');
}

const daysText = (days: number | null, kind: DayKind, atLeast = false) =>
  days === null ? k.daysUnknown : `${atLeast ? '≥ ' : ''}${days} ${DAY_KIND_SHORT[kind]}`;
const tripsText = (trips: number | null, atLeast = false) => (trips === null ? k.tripsUnknown : k.trips(trips, atLeast));

export interface GuideFactsInput {
  days: number | null;
  dayKind: DayKind;
  trips: number | null;
  fees: readonly { amountVnd: number | null }[];
  /** Short names of the places to submit. */
  where: readonly string[];
}

export function guideKeyFacts(g: GuideFactsInput): KeyFact[] {
  return [
    { kind: 'days', text: daysText(g.days, g.dayKind) },
    { kind: 'trips', text: tripsText(g.trips) },
    { kind: 'fee', text: feeRange(g.fees.map((f) => f.amountVnd)) },
    { kind: 'where', text: k.where([...new Set(g.where)].join(', ')) },
  ];
}

export interface EventFactsInput {
  days: Total;
  /** Every counted day figure counts working days. */
  allWorkingDays: boolean;
  trips: Total;
  fees: readonly { amountVnd: number | null }[];
  where: readonly string[];
}

/** A life event's path: its totals (already honest about unknowns), its fees, its places. */
export function eventKeyFacts(e: EventFactsInput): KeyFact[] {
  return [
    { kind: 'days', text: daysText(e.days.value, e.allWorkingDays ? 'working' : 'unspecified', e.days.atLeast) },
    { kind: 'trips', text: tripsText(e.trips.value, e.trips.atLeast) },
    { kind: 'fee', text: feeRange(e.fees.map((f) => f.amountVnd)) },
    { kind: 'where', text: k.where([...new Set(e.where)].join(', ')) },
  ];
}
