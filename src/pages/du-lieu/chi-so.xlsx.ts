/** /du-lieu/chi-so.xlsx: the rows of chi-so.csv as an Excel workbook, headers and coded values in Vietnamese. */
import type { APIRoute } from 'astro';
import { loadContent } from '../../data/content.ts';
import { openDataRows, openDataXlsx } from '../../data/open-data.ts';

export const GET: APIRoute = async () =>
  new Response(new Uint8Array(await openDataXlsx(openDataRows(await loadContent()))), {
    headers: { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  });
