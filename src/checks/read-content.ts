/**
 * The one reader of content/. It reads each file once, parses it (JSON, or Markdown with YAML
 * frontmatter) keeping line positions, validates it with the zod schemas and their friendly
 * messages, applies the body rules and the cross-file rules, and returns the checked content
 * with every problem (file, line, field, message). The Astro loader (astro-loader.ts), the staff
 * checker, the build and `npm run new` all call it, so they can never disagree.
 */
import { createHash } from 'node:crypto';
import {
  COLLECTIONS,
  CONTENT_DIR,
  NARRATIVE_FILE,
  SETTINGS_FILE,
  SettingsSchema,
  type CollectionName,
  type Settings,
} from '../schemas/index.ts';
import { ReportNarrativeSchema } from '../schemas/report.ts';
import { CONTENT_ERROR_TITLE, formatProblems, parseWithFriendlyErrors, type ContentProblem } from '../schemas/friendly-errors.ts';
import { publishedOnly, type ContentSet, type Entry } from './content-set.ts';
import { crossCheck } from './cross-check.ts';
import { BODY_FIELD, checkBody } from './body-check.ts';
import { listFolder, namedFile, readText, type ContentFile } from './files.ts';
import { fileProblem, isProblem, parseFrontmatter, parseJson, type Locate, type Parsed } from './parse.ts';
import { ParseCache, type CachedParse } from './parse-cache.ts';
import { narrativeContentProblems, narrativeSections, readNarrativeText, type Narrative } from './narrative.ts';

export interface ReadResult {
  content: ContentSet;
  settings: Settings | undefined;
  /** The report narrative (content/report/bao-cao.mdx), checked; undefined when it has errors. */
  narrative: Entry<Narrative> | undefined;
  problems: ContentProblem[];
  /** How many files were read. */
  files: number;
}

/** What reading gathers before the cross-file rules run. */
interface Gathered {
  problems: ContentProblem[];
  /** Kept apart: a body problem does not stop the cross-file checks, a file that does not parse does. */
  bodyProblems: ContentProblem[];
  locators: Map<string, Locate>;
  files: number;
  cache?: ParseCache | undefined;
}

const digestOf = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 16);

/** A cached parse as the parsers return it; its lines come from parsing the text again, on demand. */
function fromCache(hit: CachedParse, locate: Locate): Parsed {
  const parsed: Parsed = { data: hit.data, locate };
  if (hit.body !== undefined) parsed.body = hit.body;
  if (hit.bodyLine !== undefined) parsed.bodyLine = hit.bodyLine;
  return parsed;
}

/** Read and parse one file; a problem is recorded and undefined returned. */
function parseFile(f: ContentFile, markdown: boolean, g: Gathered): (Parsed & { text: string }) | undefined {
  g.files++;
  const text = readText(f);
  if (typeof text !== 'string') {
    g.problems.push(text);
    return undefined;
  }
  const key = g.cache && ParseCache.key(text, markdown ? 'md' : 'json');
  const hit = key ? g.cache?.get(key) : undefined;
  const parsed = hit
    ? fromCache(hit, (path) => g.locators.get(f.file)?.(path))
    : markdown
      ? parseFrontmatter(text, f.file)
      : parseJson(text, f.file);
  if (isProblem(parsed)) {
    g.problems.push(parsed);
    return undefined;
  }
  if (key && !hit) g.cache?.set(key, { data: parsed.data, body: parsed.body, bodyLine: parsed.bodyLine });
  // Lines are wanted only for a problem found later (cross-file rules, rare): keep the text and
  // parse again then, instead of keeping every file's YAML document alive for the whole run (at
  // 20,000 guides those documents filled the heap and garbage collection grew faster than the files).
  let again: Locate | undefined;
  g.locators.set(f.file, (path) => {
    if (!again) {
      const reparsed = markdown ? parseFrontmatter(text, f.file) : parseJson(text, f.file);
      again = isProblem(reparsed) ? () => undefined : reparsed.locate;
    }
    return again(path);
  });
  return { ...parsed, text };
}

/** fields.json, agencies.json: one file holding a list of entries, each with its own id. */
function readList(root: string, name: CollectionName, g: Gathered): Entry<unknown>[] {
  const spec = COLLECTIONS[name];
  const f = namedFile(root, `${CONTENT_DIR}/${spec.path}`);
  if (isProblem(f)) {
    g.problems.push(f);
    return [];
  }
  const parsed = parseFile(f, false, g);
  if (!parsed) return [];
  const file = f.file;
  if (!Array.isArray(parsed.data)) {
    g.problems.push(fileProblem(file, 'tệp phải là một danh sách [ ... ] / the file must hold a JSON array', 1));
    return [];
  }
  const entries: Entry<unknown>[] = [];
  parsed.data.forEach((item, i) => {
    const r = parseWithFriendlyErrors(spec.schema, item, file, (p) => parsed.locate([i, ...p]));
    if (!r.ok) g.problems.push(...r.problems.map((pr) => ({ ...pr, field: `[${i}].${pr.field}` })));
    else entries.push({ id: (r.data as { id: string }).id, file, data: r.data, digest: digestOf(JSON.stringify(item)) });
  });
  return entries;
}

/** A folder of files, one entry each, named by the file. */
function readFolder(root: string, name: CollectionName, g: Gathered): Entry<unknown>[] {
  const spec = COLLECTIONS[name];
  const markdown = spec.layout === 'markdown-dir';
  const listed = listFolder(root, `${CONTENT_DIR}/${spec.path}`, markdown ? ['.md', '.mdx'] : ['.json']);
  g.problems.push(...listed.problems);
  const entries: Entry<unknown>[] = [];
  for (const f of listed.files) {
    const parsed = parseFile(f, markdown, g);
    if (!parsed) continue;
    const r = parseWithFriendlyErrors(spec.schema, parsed.data, f.file, parsed.locate);
    if (!r.ok) g.problems.push(...r.problems);
    else
      entries.push({ id: f.id, file: f.file, data: r.data, body: parsed.body, bodyLine: parsed.bodyLine, digest: digestOf(parsed.text) });
    if (parsed.body !== undefined) {
      const draft = (parsed.data as { draft?: unknown } | null)?.draft === true;
      const found = checkBody(parsed.body, { draft, mdx: f.ext === '.mdx', firstLine: parsed.bodyLine ?? 1 });
      g.bodyProblems.push(
        ...found.map((b) => ({ file: f.file, line: b.line, field: BODY_FIELD, message: b.message, severity: b.severity })),
      );
    }
  }
  return entries;
}

/** content/settings.json, validated. */
function readSettingsInto(root: string, g: Gathered): Settings | undefined {
  const f = namedFile(root, `${CONTENT_DIR}/${SETTINGS_FILE}`);
  if (isProblem(f)) {
    g.problems.push(f);
    return undefined;
  }
  const parsed = parseFile(f, false, g);
  if (!parsed) return undefined;
  const r = parseWithFriendlyErrors(SettingsSchema, parsed.data, f.file, parsed.locate);
  if (r.ok) return r.data;
  g.problems.push(...r.problems);
  return undefined;
}

/** Only the settings, for astro.config.mjs (the site's address); throws the friendly message. */
export function readSettings(root: string): Settings {
  const g: Gathered = { problems: [], bodyProblems: [], locators: new Map(), files: 0 };
  const settings = readSettingsInto(root, g);
  if (!settings) throw new Error(`${CONTENT_ERROR_TITLE}:\n\n${formatProblems(g.problems)}`);
  return settings;
}

/** The report narrative: frontmatter, its ranking's source, and the chart placements against the metrics. */
function readNarrative(root: string, content: ContentSet, g: Gathered): Entry<Narrative> | undefined {
  const f = namedFile(root, `${CONTENT_DIR}/${NARRATIVE_FILE}`);
  if (isProblem(f)) {
    g.problems.push(f);
    return undefined;
  }
  const file = f.file;
  const parsed = parseFile(f, true, g);
  if (!parsed) return undefined;
  const r = parseWithFriendlyErrors(ReportNarrativeSchema, parsed.data, file, parsed.locate);
  if (!r.ok) {
    g.problems.push(...r.problems);
    return undefined;
  }
  const before = g.problems.length;
  if (!content.sources.some((s) => s.id === r.data.ranking.source)) {
    const known = content.sources.map((s) => s.id).join(', ');
    g.problems.push({
      file,
      line: parsed.locate(['ranking', 'source']),
      field: 'ranking.source',
      message: `không tìm thấy nguồn có mã "${r.data.ranking.source}" trong content/sources/; các mã hiện có: ${known} / unknown source`,
      severity: 'error',
    });
  }
  // The whole file, as @astrojs/mdx compiles it, so lines are the file's.
  const read = readNarrativeText(parsed.text);
  g.problems.push(...narrativeContentProblems(read, narrativeSections(content.metrics), file));
  const placements = read.placements;
  if (g.problems.length > before) return undefined;
  return { id: f.id, file, data: { ...r.data, placements }, body: parsed.body, bodyLine: parsed.bodyLine, digest: digestOf(parsed.text) };
}

/** Read, validate and cross-check everything under `root`/content. */
export function readContent(root: string, today: string, opts: { includeDrafts?: boolean; parseCache?: ParseCache } = {}): ReadResult {
  const cache = opts.parseCache;
  const g: Gathered = { problems: [], bodyProblems: [], locators: new Map(), files: 0, cache };
  const content = {} as Record<CollectionName, Entry<unknown>[]>;
  for (const [name, spec] of Object.entries(COLLECTIONS) as [CollectionName, (typeof COLLECTIONS)[CollectionName]][]) {
    content[name] = spec.layout === 'json-array' ? readList(root, name, g) : readFolder(root, name, g);
  }
  const settings = readSettingsInto(root, g);
  const set = content as unknown as ContentSet;
  // Cross-file checks only make sense when every file parsed: otherwise a broken file would
  // also show up as dozens of "unknown reference" errors in the files that point to it.
  let narrative: Entry<Narrative> | undefined;
  if (!g.problems.some((p) => p.severity === 'error')) {
    for (const { path, ...p } of crossCheck(set, today)) g.problems.push({ ...p, line: g.locators.get(p.file)?.(path) });
    // The narrative is checked against the metrics, so only once they hold together.
    if (!g.problems.some((p) => p.severity === 'error')) narrative = readNarrative(root, set, g);
  }
  const problems = [...g.problems, ...g.bodyProblems];
  return { content: opts.includeDrafts ? set : publishedOnly(set), settings, narrative, problems, files: g.files };
}
