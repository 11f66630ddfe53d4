/**
 * The points to confirm of each content file, for the staff pages: what the guide itself lists
 * under "Cần xác nhận", every value the site shows as "Cần xác nhận" because it is unknown (null
 * days, trips, fees, code; an unknown online level), forms with no address, and placeholders left
 * by `npm run new`. The one function that says what is still to confirm: extend it here.
 */
import type { DocumentEntry, LifeEvent, Procedure } from '../schemas/index.ts';
import { findPlaceholders } from '../checks/placeholders.ts';
import { staffPagesUi } from '../i18n/staff.ts';

export type ConfirmSource =
  { kind: 'procedure'; data: Procedure } | { kind: 'lifeEvent'; data: LifeEvent } | { kind: 'document'; data: DocumentEntry };

export interface ConfirmPoint {
  /** Where in the file, as a field path: "toConfirm[2]", "fees[1].amountVnd". */
  field: string;
  /** What to confirm, in words. */
  text: string;
}

const pathText = (path: readonly PropertyKey[]): string =>
  path.map((k, i) => (typeof k === 'number' ? `[${k}]` : `${i === 0 ? '' : '.'}${String(k)}`)).join('');

function procedurePoints(d: Procedure): ConfirmPoint[] {
  const p = staffPagesUi.point;
  return [
    ...d.toConfirm.map((text, i) => ({ field: `toConfirm[${i}]`, text })),
    ...(d.processingTime.days === null ? [{ field: 'processingTime.days', text: p.processingDays }] : []),
    ...(d.trips.count === null ? [{ field: 'trips.count', text: p.trips }] : []),
    ...d.fees.flatMap((f, i) => (f.amountVnd === null ? [{ field: `fees[${i}].amountVnd`, text: p.fee(f.name) }] : [])),
    ...(d.nationalCode === null ? [{ field: 'nationalCode', text: p.nationalCode }] : []),
    ...(d.onlineLevel === 'unknown' ? [{ field: 'onlineLevel', text: p.onlineLevel }] : []),
    ...d.requirements.flatMap((r, i) =>
      r.template && !r.template.url ? [{ field: `requirements[${i}].template.url`, text: p.template(r.template.name) }] : [],
    ),
  ];
}

function documentPoints(d: DocumentEntry): ConfirmPoint[] {
  return d.template && !d.template.url ? [{ field: 'template.url', text: staffPagesUi.point.template(d.template.name) }] : [];
}

/** Every point to confirm in one file's data, in file order within each kind, placeholders last. */
export function pointsToConfirm(source: ConfirmSource): ConfirmPoint[] {
  const own = source.kind === 'procedure' ? procedurePoints(source.data) : source.kind === 'document' ? documentPoints(source.data) : [];
  const placeholders = findPlaceholders(source.data).map((h) => ({ field: pathText(h.path), text: staffPagesUi.point.placeholder }));
  return [...own, ...placeholders];
}
