/**
 * One set of numbers everywhere: the open data CSV and JSON, each chart's CSV, each chart's table,
 * and the values each chart actually drew all carry exactly the figures of ../shared/seed-facts.md
 * (which tests/unit/seed-figures.test.ts ties to the metrics files). A changed, dropped or invented
 * figure in any of them fails here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import Ajv2020 from 'ajv/dist/2020.js';
import { baseUrl, launch, open } from './browser.ts';
import { drawAllCharts } from './charts.ts';
import { seedRows, type SeedRow, type SeedValue } from '../seed.ts';
import { OPEN_DATA_COLUMNS, parseCsv } from '../../src/data/open-data.ts';
import { readSheet } from 'read-excel-file/node';
import { periodLabel } from '../../src/data/metrics.ts';
import { openDataText } from '../../src/i18n/report.ts';

const rows = seedRows();
const get = async (path: string) => {
  const res = await fetch(new URL(path, baseUrl()));
  expect(res.status, path).toBe(200);
  return res;
};
const csvObjects = (text: string) => {
  const [header, ...body] = parseCsv(text);
  return { header: header!, rows: body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] ?? '']))) };
};
const cell = (v: SeedValue) => (v.value === null ? '' : String(v.value));
/** The seed's overall cut of one measure: first to last known value, as a percentage. */
function seedCut(procedure: string, key: 'days' | 'trips'): number | null {
  const known = rows.filter((r) => r.procedure === procedure && r[key].value !== null);
  const from = known[0];
  const to = known[known.length - 1];
  if (!from || !to || from === to || from[key].atLeast) return null;
  return Math.round(((from[key].value! - to[key].value!) / from[key].value!) * 1000) / 10;
}

let browser: Browser;
let page: Page;
let csv: ReturnType<typeof csvObjects>;
/** procedure name (as the article names it) → procedure_id. */
const ids = new Map<string, string>();
beforeAll(async () => {
  browser = await launch();
  ({ page } = await open(browser, '/bao-cao/'));
  await drawAllCharts(page);
  csv = csvObjects(await (await get('/du-lieu/chi-so.csv')).text());
  for (const r of csv.rows) ids.set(r['procedure_name']!, r['procedure_id']!);
});
afterAll(async () => {
  await browser?.close();
});

describe('open data carries the article’s figures exactly', () => {
  it('chi-so.csv has exactly the published columns and one row per procedure and period', async () => {
    expect(csv.header).toEqual([...OPEN_DATA_COLUMNS]);
    expect(csv.rows).toHaveLength(rows.length);
    const res = await get('/du-lieu/chi-so.csv');
    expect(res.headers.get('content-type')).toContain('text/csv');
  });

  for (const seed of rows) {
    it(`CSV and JSON · ${seed.procedure} · ${seed.period}`, async () => {
      const r = csv.rows.find((x) => x['procedure_name'] === seed.procedure && x['period'] === seed.period)!;
      expect(r, 'row in CSV').toBeDefined();
      expect([r['days'], r['trips'], r['agencies'], r['online_level']]).toEqual([
        cell(seed.days),
        cell(seed.trips),
        cell(seed.agencies),
        cell(seed.onlineLevel),
      ]);
      expect(r['trips_qualifier']).toBe(seed.trips.atLeast ? 'at_least' : '');
      expect(r['source_id']).toBe('kinhtedothi-2016');
      // An empty cell always comes with the reason in the note.
      if ([seed.days, seed.trips, seed.agencies, seed.onlineLevel].some((v) => v.value === null)) expect(r['note']).toMatch(/không nêu/);
      const json = (await (await get('/du-lieu/chi-so.json')).json()) as { rows: Record<string, unknown>[] };
      const j = json.rows.find((x) => x['procedure_name'] === seed.procedure && x['period'] === seed.period)!;
      expect([j['days'], j['trips'], j['agencies'], j['online_level']]).toEqual([
        seed.days.value,
        seed.trips.value,
        seed.agencies.value,
        seed.onlineLevel.value,
      ]);
      expect(j['trips_qualifier']).toBe(seed.trips.atLeast ? 'at_least' : null);
    });
  }

  it('the 2016 liên thông figure is 2 working days in the CSV, the JSON and the chart table', async () => {
    const r = csv.rows.find((x) => x['procedure_id'] === 'lien-thong-khai-sinh-thuong-tru-bhyt' && x['period'] === '2016')!;
    expect(r['day_kind']).toBe('working');
    const td = page.locator('table[data-chart-table="lien-thong-khai-sinh-thuong-tru-bhyt-so-ngay"] tr[data-point="2016"] td .value');
    expect(await td.innerText()).toBe('2 ngày làm việc');
  });

  it('chi-so.json validates against the published JSON Schema', async () => {
    const schema = (await (await get('/du-lieu/chi-so.schema.json')).json()) as Record<string, unknown>;
    const json: unknown = await (await get('/du-lieu/chi-so.json')).json();
    const validate = new Ajv2020({ strict: true, allowUnionTypes: true }).compile(schema);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
  });
});

describe('every chart carries the article’s figures exactly', () => {
  const byProcedure = new Map<string, SeedRow[]>();
  for (const r of rows) byProcedure.set(r.procedure, [...(byProcedure.get(r.procedure) ?? []), r]);

  for (const [procedure, periods] of byProcedure) {
    for (const key of ['days', 'trips'] as const) {
      it(`${procedure} · ${key}: the chart's table, its CSV and the drawn bars`, async () => {
        const id = `${ids.get(procedure)}-${key === 'days' ? 'so-ngay' : 'so-lan-di-lai'}`;
        const figure = page.locator(`figure#${id}`);
        expect(await figure.count(), id).toBe(1);
        // The table under the chart, period by period, in time order.
        const trs = figure.locator('tr[data-point]');
        expect(await trs.evaluateAll((els) => els.map((e) => e.getAttribute('data-point')))).toEqual(periods.map((p) => p.period));
        for (const seed of periods) {
          const td = figure.locator(`tr[data-point="${seed.period}"] td`);
          expect(await td.getAttribute('data-value')).toBe(cell(seed[key]));
          const text = (await td.locator('.value').innerText()).trim();
          if (seed[key].value === null) expect(text).toBe('Chưa có số liệu');
          else expect(text.split(' ')[0]).toBe(seed[key].atLeast ? '≥' : String(seed[key].value));
        }
        // The numbers the chart drew: null for unknown, never 0. With no value at all there is
        // nothing to draw: no canvas, and a sentence that says so.
        if (periods.every((p) => p[key].value === null)) {
          expect(await figure.locator('canvas').count()).toBe(0);
          expect(await figure.locator('.no-chart').innerText()).toMatch(/nguồn không nêu số liệu/);
        } else {
          const drawn = JSON.parse((await figure.locator('canvas').getAttribute('data-drawn'))!) as (number | null)[][];
          expect(drawn).toEqual([periods.map((p) => p[key].value)]);
        }
        // The chart's own CSV.
        const chartCsv = csvObjects(await (await get(`/du-lieu/bieu-do/${id}.csv`)).text());
        expect(chartCsv.rows.map((r) => [r['Kỳ'], r['Giá trị'], r['Số tối thiểu']])).toEqual(
          periods.map((p) => [periodLabel(p.period), cell(p[key]), p[key].atLeast ? 'ít nhất' : '']),
        );
      });
    }
  }

  it('the summary chart, its table and its CSV give each procedure’s cut as computed from the article', async () => {
    const figure = page.locator('figure#so-sanh-muc-cat-giam');
    const drawn = JSON.parse((await figure.locator('canvas').getAttribute('data-drawn'))!) as (number | null)[][];
    const order = await figure.locator('tr[data-cut]').evaluateAll((els) => els.map((e) => e.getAttribute('data-cut')!));
    const nameOf = new Map([...ids].map(([name, id]) => [id, name]));
    const summaryCsv = csvObjects(await (await get('/du-lieu/bieu-do/so-sanh-muc-cat-giam.csv')).text());
    expect(order).toHaveLength(byProcedure.size);
    order.forEach((id, i) => {
      const name = nameOf.get(id)!;
      (['days', 'trips'] as const).forEach((key, k) => {
        const expected = seedCut(name, key);
        expect(drawn[k]![i], `${id} ${key}`).toBe(expected);
        const csvRow = summaryCsv.rows.find((r) => r['Mã thủ tục'] === id && r['Chỉ số'] === openDataText.measureNote[key])!;
        expect(csvRow['Mức giảm (%)'], `${id} ${key} CSV`).toBe(expected === null ? '' : String(expected));
      });
    });
    for (const id of order) {
      for (const key of ['days', 'trips'] as const) {
        const td = figure.locator(`tr[data-cut="${id}"] td[data-measure="${key}"]`);
        const expected = seedCut(nameOf.get(id)!, key);
        expect(await td.getAttribute('data-reduction')).toBe(expected === null ? '' : String(expected));
      }
    }
  });

  it('the headline figures match the article: birth + residence + health card 27 → 2 days, 6 → 2 trips', async () => {
    const card = page.locator('[data-headline="lien-thong-khai-sinh-thuong-tru-bhyt"]');
    const text = await card.innerText();
    expect(text).toContain('27 → 2 ngày');
    expect(text).toContain('6 → 2 lần');
    expect(text).toContain('giảm 93%');
  });
});

describe('the published open-data files as Excel opens them', () => {
  it('chi-so.csv and each chart CSV start with a byte-order mark; chi-so.xlsx opens with Vietnamese headers and the seed figures', async () => {
    for (const path of ['/du-lieu/chi-so.csv', '/du-lieu/bieu-do/so-sanh-muc-cat-giam.csv']) {
      const bytes = new Uint8Array(await (await get(path)).arrayBuffer());
      expect([...bytes.slice(0, 3)], path).toEqual([0xef, 0xbb, 0xbf]);
    }
    const res = await get('/du-lieu/chi-so.xlsx');
    expect(res.headers.get('content-type')).toMatch(/spreadsheetml|octet-stream/);
    const sheet = await readSheet(Buffer.from(await res.arrayBuffer()));
    expect(sheet[0]).toContain('Số ngày giải quyết');
    expect(sheet).toHaveLength(rows.length + 1);
    const days = sheet.map((r) => r[sheet[0]!.indexOf('Số ngày giải quyết')] ?? null).slice(1);
    expect(days.sort()).toEqual(rows.map((r) => r.days.value).sort());
  });

  it('/du-lieu/ links the workbook, names each column in Vietnamese and says formulas are neutralised', async () => {
    const html = await (await get('/du-lieu/')).text();
    expect(html).toContain('href="/du-lieu/chi-so.xlsx"');
    expect(html).toContain('Excel hiện nó là chữ chứ không chạy như công thức');
    expect(html).toMatch(/<code[^>]*>trips_qualifier<\/code>\s*<\/th>\s*<td[^>]*>Số lần đi lại là số tối thiểu<\/td>/);
  });
});
