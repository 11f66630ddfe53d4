/**
 * Synthetic content for the scale bench: N guides made from the real guides in content/ (so
 * they are valid with today's schemas and rules), with fields, documents, life events and
 * metrics in proportion. Written into a copy of the project, never into content/.
 */
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';

/** How many of each kind N guides bring (about what the real content has per guide). */
export function proportions(n: number) {
  return {
    fields: Math.max(1, Math.round(n / 50)),
    documents: Math.max(1, Math.round(n / 10)),
    lifeEvents: Math.max(1, Math.round(n / 25)),
    // The report narrates each metric: it grows slower than the catalogue.
    metrics: Math.max(1, Math.round(n / 500)),
  };
}

interface Guide {
  data: Record<string, unknown> & { requirements: Record<string, unknown>[] };
  body: string;
}

function readGuides(dir: string): Guide[] {
  return readdirSync(dir)
    .filter((f) => /\.mdx?$/.test(f))
    .sort()
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const end = text.indexOf('\n---', 4);
      return { data: parse(text.slice(4, end)) as Guide['data'], body: text.slice(end + 4) };
    })
    .filter((g) => g.data['draft'] !== true);
}

const json = (v: unknown) => `${JSON.stringify(v, null, 2)}\n`;
const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));
export const guideId = (i: number) => `mau-thu-tuc-${String(i).padStart(5, '0')}`;

/** Write N synthetic guides and their companions into `root`'s content/ (a copy of the project). */
export function writeSynthetic(root: string, n: number): ReturnType<typeof proportions> {
  const content = join(root, 'content');
  const counts = proportions(n);
  const templates = readGuides(join(content, 'procedures'));
  const fields = readJson(join(content, 'fields.json')) as { id: string; name: string }[];
  for (let f = 0; f < counts.fields; f++) fields.push({ id: `mau-linh-vuc-${f}`, name: `Lĩnh vực mẫu số ${f + 1}` });
  writeFileSync(join(content, 'fields.json'), json(fields));

  const docIds: string[] = [];
  const docTemplate = readJson(join(content, 'documents', 'can-cuoc.json')) as Record<string, unknown>;
  for (let d = 0; d < counts.documents; d++) {
    const id = `mau-giay-to-${String(d).padStart(5, '0')}`;
    docIds.push(id);
    const doc = { ...docTemplate, name: `Giấy tờ mẫu số ${d + 1}`, aliases: [`giấy mẫu ${d + 1}`] };
    writeFileSync(join(content, 'documents', `${id}.json`), json(doc));
  }

  for (let i = 0; i < n; i++) {
    const t = templates[i % templates.length]!;
    const data: Guide['data'] = structuredClone(t.data);
    data['title'] = `${String(data['title'])} (mẫu số ${i + 1})`;
    delete data['shortTitle'];
    data['field'] = `mau-linh-vuc-${i % counts.fields}`;
    data['interconnected'] = [];
    data['related'] = n > 1 ? [guideId((i + 1) % n)] : [];
    // Two shared registry papers per guide, besides the template's own.
    data.requirements = [
      ...data.requirements,
      { document: docIds[i % docIds.length], form: 'original' },
      { document: docIds[(i * 7 + 3) % docIds.length], form: 'copy', condition: 'Nếu có' },
    ].filter((r, k, all) => r['document'] === undefined || all.findIndex((o) => o['document'] === r['document']) === k);
    writeFileSync(join(content, 'procedures', `${guideId(i)}.md`), `---\n${stringify(data, { lineWidth: 0 })}---${t.body}`);
  }

  const eventTemplate = readJson(join(content, 'life-events', 'sinh-con.json')) as Record<string, unknown>;
  for (let e = 0; e < counts.lifeEvents; e++) {
    const picks = [0, 1, 2].map((k) => guideId((e * 3 + k) % n)).filter((id, k, all) => all.indexOf(id) === k);
    const event = {
      ...eventTemplate,
      title: `Sự kiện mẫu số ${e + 1}`,
      order: 100 + e,
      procedures: picks.map((procedure) => ({ procedure, why: 'Một bước của sự kiện mẫu.' })),
      // Two ways through, as the real events have: the first step alone, or the others.
      paths:
        picks.length > 1
          ? (eventTemplate['paths'] as Record<string, unknown>[]).slice(0, 2).map((path, k) => ({
              ...path,
              procedures: k === 0 ? picks.slice(0, 1) : picks.slice(1),
            }))
          : [],
    };
    writeFileSync(join(content, 'life-events', `mau-su-kien-${e}.json`), json(event));
  }

  const metricTemplate = readJson(join(content, 'metrics', 'dang-ky-kinh-doanh.json')) as Record<string, unknown>;
  mkdirSync(join(content, 'metrics'), { recursive: true });
  for (let m = 0; m < counts.metrics; m++) {
    const metric = { ...metricTemplate, name: `Chỉ số mẫu số ${m + 1}`, shortName: `Mẫu ${m + 1}`, procedure: guideId((m * 7) % n) };
    writeFileSync(join(content, 'metrics', `mau-chi-so-${m}.json`), json(metric));
  }
  addReportSections(join(content, 'report', 'bao-cao.mdx'), counts.metrics);
  return counts;
}

/** The report narrates every metric: one section with its two charts each. */
function addReportSections(file: string, metrics: number): void {
  const text = readFileSync(file, 'utf8');
  const at = text.indexOf('\n## ', text.lastIndexOf('</ReformSection>'));
  const sections = Array.from({ length: metrics }, (_, m) => {
    const id = `mau-chi-so-${m}`;
    return `\n<ReformSection procedure="${id}">\n\nSố liệu mẫu.\n\n<ReformChart procedure="${id}" metric="days" />\n\n<ReformChart procedure="${id}" metric="trips" />\n\n</ReformSection>\n`;
  }).join('');
  writeFileSync(file, text.slice(0, at) + sections + text.slice(at));
}
