/** /thay-doi/feed.xml: the changes page's entries as an Atom 1.0 feed. */
import type { APIRoute } from 'astro';
import { getSettings, loadChanges } from '../../data/content.ts';
import { atomFeed, siteChanges } from '../../data/change-feed.ts';

export const GET: APIRoute = async () => {
  const { content, today } = await loadChanges();
  const settings = await getSettings();
  return new Response(atomFeed(siteChanges(content, today), settings), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
