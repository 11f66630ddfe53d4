/**
 * The source article's figures as ../shared/seed-facts.md lists them, parsed from its table.
 * Tests compare the metrics files, the report page and the open data against these rows, so a
 * changed, dropped or invented figure fails. A copy lives in tests/fixtures/ for machines without
 * ../shared; when both exist they must be identical.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SHARED = fileURLToPath(new URL('../../shared/seed-facts.md', import.meta.url));
const COPY = fileURLToPath(new URL('./fixtures/seed-facts.md', import.meta.url));

export interface SeedValue {
  value: number | null;
  atLeast: boolean;
}
export interface SeedRow {
  procedure: string;
  period: string;
  days: SeedValue;
  trips: SeedValue;
  agencies: SeedValue;
  onlineLevel: SeedValue;
}

export function seedText(): { text: string; sharedMatchesCopy: boolean | null } {
  const copy = readFileSync(COPY, 'utf8');
  if (!existsSync(SHARED)) return { text: copy, sharedMatchesCopy: null };
  const shared = readFileSync(SHARED, 'utf8');
  return { text: shared, sharedMatchesCopy: shared === copy };
}

function cell(s: string): SeedValue {
  const t = s.trim();
  if (t === '—' || t === '-' || t === '') return { value: null, atLeast: false };
  const m = /^(\d+)(\s*\(at least\))?$/.exec(t);
  if (!m) throw new Error(`unexpected seed cell "${t}"`);
  return { value: Number(m[1]), atLeast: !!m[2] };
}

export function seedRows(text = seedText().text): SeedRow[] {
  const rows = text
    .split('\n')
    .filter((l) => l.startsWith('| ') && !l.startsWith('| procedure') && !l.startsWith('|---'))
    .map((l) => l.split('|').slice(1, -1));
  return rows.map((c) => ({
    procedure: c[0]!.trim(),
    period: c[1]!.trim(),
    days: cell(c[2]!),
    trips: cell(c[3]!),
    agencies: cell(c[4]!),
    onlineLevel: cell(c[5]!),
  }));
}
