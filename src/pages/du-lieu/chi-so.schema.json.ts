/** /du-lieu/chi-so.schema.json: the JSON Schema (draft 2020-12) of chi-so.json. */
import type { APIRoute } from 'astro';
import { openDataJsonSchema } from '../../data/open-data.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`${JSON.stringify(openDataJsonSchema(site!.href), null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
