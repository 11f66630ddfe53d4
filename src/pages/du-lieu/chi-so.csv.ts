/** /du-lieu/chi-so.csv: every reform figure, one row per procedure and period; empty cell = unknown. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../data/content.ts';
import { openDataCsv, openDataRows } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(openDataCsv(openDataRows(await loadContent())), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
