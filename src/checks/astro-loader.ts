/**
 * Astro's content comes through here: a Content Layer loader for each collection, all built on
 * the one reader (read-content.ts). The reader runs once per build (and once per change under
 * `npm run dev`), so every collection sees the same checked content. A content error stops the
 * build with the checker's own message; under `npm run dev` the message is printed and the
 * problems are kept in the `problems` collection, so the page shows it too (src/data/content.ts).
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join, sep } from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { CONTENT_DIR, type CollectionName } from '../schemas/index.ts';
import { CONTENT_ERROR_TITLE, formatProblems } from '../schemas/friendly-errors.ts';
import type { Entry } from './content-set.ts';
import { readContent, type ReadResult } from './read-content.ts';
import { contentToday } from './today.ts';
import { readHandoff } from './handoff.ts';

let generation = 0;
let memo: { generation: number; root: string; result: ReadResult } | undefined;
const reported = new Set<number>();
const syncs = new Set<() => Promise<void>>();
const watched = new WeakSet<object>();

/** The reader's result for this generation of the content (the build's own, when it handed it over). */
function read(root: string): ReadResult {
  if (memo?.generation !== generation || memo.root !== root) {
    const handed = generation === 0 ? readHandoff(root) : undefined;
    memo = { generation, root, result: handed ?? readContent(root, contentToday(), { includeDrafts: true }) };
  }
  return memo.result;
}

/** Stop the build on an error; under dev print it once and go on (the pages show it). */
function report(result: ReadResult, ctx: LoaderContext): void {
  const errors = result.problems.filter((p) => p.severity === 'error');
  if (errors.length === 0 || reported.has(generation)) return;
  const message = `${CONTENT_ERROR_TITLE}:\n\n${formatProblems(errors)}`;
  if (!ctx.watcher) throw new Error(message);
  reported.add(generation);
  ctx.logger.error(message);
}

/** Under dev, one watcher on content/ re-reads everything once per change and re-syncs every collection. */
function watch(ctx: LoaderContext, root: string, sync: () => Promise<void>): void {
  syncs.add(sync);
  const watcher = ctx.watcher;
  if (!watcher || watched.has(watcher)) return;
  watched.add(watcher);
  const dir = join(root, CONTENT_DIR) + sep;
  watcher.add(dir);
  watcher.on('all', (_event: string, path: string) => {
    if (!path.startsWith(dir)) return;
    generation++;
    for (const s of syncs) void s();
  });
}

type Stored = Entry<unknown> & { deferredRender?: boolean };

/** Put `entries` in the store, keeping those whose file did not change, removing the rest. */
async function store(ctx: LoaderContext, root: string, entries: Stored[], markdown: boolean): Promise<void> {
  const keep = new Set(entries.map((e) => e.id));
  for (const id of ctx.store.keys()) if (!keep.has(id)) ctx.store.delete(id);
  for (const e of entries) {
    if (e.digest && ctx.store.get(e.id)?.digest === e.digest) continue;
    const base = { id: e.id, data: e.data as Record<string, unknown>, filePath: e.file, ...(e.digest ? { digest: e.digest } : {}) };
    if (e.deferredRender) {
      ctx.store.set({ ...base, body: e.body ?? '', deferredRender: true });
    } else if (markdown) {
      // Guides are Markdown even when saved as .mdx: content never runs code.
      const rendered = await ctx.renderMarkdown(e.body ?? '', { fileURL: pathToFileURL(join(root, e.file)) });
      ctx.store.set({ ...base, body: e.body ?? '', rendered });
    } else ctx.store.set(base);
  }
}

function loader(name: string, pick: (r: ReadResult) => Stored[], markdown = false): Loader {
  return {
    name: `content-reader:${name}`,
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const sync = async () => {
        const result = read(root);
        report(result, ctx);
        await store(ctx, root, pick(result), markdown);
      };
      await sync();
      watch(ctx, root, sync);
    },
  };
}

/** One collection of content/, drafts included (the data layer decides what is shown). */
export const contentLoader = (name: CollectionName): Loader => loader(name, (r) => r.content[name] as Stored[], name === 'procedures');

/** content/settings.json as one entry, id "settings". */
export const settingsLoader = (): Loader =>
  loader('settings', (r) => (r.settings ? [{ id: 'settings', file: `${CONTENT_DIR}/settings.json`, data: r.settings }] : []));

/** The report narrative, rendered by MDX when the page asks (it may place the report's components). */
export const narrativeLoader = (): Loader => loader('narrative', (r) => (r.narrative ? [{ ...r.narrative, deferredRender: true }] : []));

/** Every problem the reader found, errors and warnings, for the staff page and for dev. */
export const problemsLoader = (): Loader =>
  loader('problems', (r) => r.problems.map((p, i) => ({ id: String(i).padStart(5, '0'), file: p.file, data: { ...p } })));
