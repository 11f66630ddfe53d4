/** /nhung/<chart id>/oembed.json: the chart's oEmbed answer (type "rich"), so a CMS can embed it from its link. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadReportModel } from '../../../data/report-content.ts';
import { getSettings } from '../../../data/content.ts';
import { oEmbed } from '../../../utils/embed-code.ts';
import { absoluteUrl, embedHref } from '../../../utils/routes.ts';

export const getStaticPaths = (async () => {
  const model = await loadReportModel();
  return model.charts.map((chart) => ({ params: { id: chart.id }, props: { title: chart.title, kind: chart.kind } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props }) => {
  const { siteUrl, siteName } = await getSettings();
  const { title, kind } = props as { title: string; kind: 'summary' | 'period' };
  const answer = oEmbed({ url: absoluteUrl(embedHref(params['id'] ?? ''), siteUrl), title, kind, siteUrl, providerName: siteName });
  return new Response(`${JSON.stringify(answer, null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
