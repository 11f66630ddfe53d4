/** /du-lieu/chi-so.json: the same rows as the CSV, null for unknown, with sources; see chi-so.schema.json. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../data/content.ts';
import { openDataJson, openDataRows } from '../../data/open-data.ts';

export const GET: APIRoute = async ({ site }) => {
  const content = await loadContent();
  const sources = content.sources.map((s) => ({ ...s.data, id: s.id }));
  const json = openDataJson(openDataRows(content), sources, site!.href);
  return new Response(`${JSON.stringify(json, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
