/**
 * Which stylesheet a component's CSS goes into (astro.config.mjs, Rollup's manualChunks).
 *
 * Left to itself, the build writes one small CSS file per shared component, so a guide linked six
 * render-blocking stylesheets; on a phone each needs its own connection, which cost a guide's first
 * paint about 300 ms (Lighthouse mobile). Instead there are two files, each cached across pages:
 * - `site`: everything a citizen's pages use (layout, guides, life events, catalogue, search);
 * - `report`: the report, its charts and tables, open data, embeds and the staff lists.
 * A guide links one stylesheet; the report and the staff pages link both.
 */
const STYLE = /[?&]type=style|\.css$/;
const REPORT = [
  /\/src\/components\/chart\//,
  /\/src\/components\/report\/(?!DataTable)/,
  /\/src\/components\/(ReformChart|ReformSection|Staff\w*|StaffReview|ReviewList)\.astro/,
  /\/src\/pages\/(bao-cao|du-lieu|nhung|can-bo)\//,
  /\/src\/layouts\/EmbedLayout\.astro/,
];

/** The chunk for a module id, or undefined to leave it (scripts, `?url` assets) as the build splits it. */
export function cssChunk(id: string): 'site' | 'report' | undefined {
  const path = id.replace(/\\/g, '/');
  if (!path.includes('/src/') || !STYLE.test(path) || /[?&](url|raw|inline)\b/.test(path)) return undefined;
  return REPORT.some((r) => r.test(path)) ? 'report' : 'site';
}
