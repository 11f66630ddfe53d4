/**
 * /bao-cao/og.png: the report's share image, rendered at build time from the headline figures.
 * resvg draws the SVG; the fonts come from the dejavu-fonts-ttf package, never from the network.
 */
import type { APIRoute } from 'astro';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { getSettings } from '../../data/content.ts';
import { loadReportModel, reportNarrative } from '../../data/report-content.ts';
import { reportOgSvg } from '../../data/og-image.ts';

const require = createRequire(join(process.cwd(), 'package.json'));
const font = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);

export const GET: APIRoute = async () => {
  const model = await loadReportModel();
  const source = model.summary.sources[0];
  if (!source) throw new Error('og.png: the report has no source');
  const svg = reportOgSvg({
    siteName: (await getSettings()).siteName,
    title: (await reportNarrative()).title,
    rows: model.headline,
    source,
  });
  const png = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [font('DejaVuSans.ttf'), font('DejaVuSans-Bold.ttf')], defaultFontFamily: 'DejaVu Sans' },
  })
    .render()
    .asPng();
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
