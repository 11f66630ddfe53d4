/**
 * The floor for this stack: a bare Astro project with one page per guide (its title, summary and
 * Markdown body) plus Pagefind, on the same guides, built in a temporary folder with this
 * repository's node_modules. The scale bench compares the real build with it.
 */
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CONFIG = `import { defineConfig } from 'astro/config';
// Its own cache folder: node_modules is this repository's, linked.
export default defineConfig({ build: { format: 'directory' }, devToolbar: { enabled: false }, cacheDir: './.astro-cache' });
`;

const COLLECTIONS = (guides: string) => `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
export const collections = {
  procedures: defineCollection({ loader: glob({ pattern: '**/*.{md,mdx}', base: ${JSON.stringify(guides)} }) }),
};
`;

const PAGE = `---
import { getCollection, render } from 'astro:content';
export async function getStaticPaths() {
  return (await getCollection('procedures')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---
<html lang="vi">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title><meta name="description" content={entry.data.summary} /></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><p>{entry.data.summary}</p><Content /></main></body>
</html>
`;

/** Write the bare project reading the guides in `guidesDir`; returns its folder. */
export function writeBaseline(repoRoot: string, guidesDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'scale-baseline-'));
  mkdirSync(join(dir, 'src', 'pages', 'thu-tuc'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "baseline", "private": true, "type": "module" }\n');
  writeFileSync(join(dir, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), COLLECTIONS(guidesDir));
  writeFileSync(join(dir, 'src', 'pages', 'thu-tuc', '[slug].astro'), PAGE);
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}
