/**
 * Pure: the report's share image (Open Graph, 1200 × 630) as SVG, from the same headline figures
 * the page shows. Rendered to PNG at build time by src/pages/bao-cao/og.png.ts with fonts that
 * ship in an npm package (DejaVu Sans covers Vietnamese), so no external service is involved.
 */
import type { CutRow } from './report/cuts.ts';
import type { SourceRef } from './report/sources.ts';
import { ogText } from '../i18n/report.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface OgInput {
  siteName: string;
  title: string;
  /** Headline rows, largest cut first; rows without a days cut are left out. */
  rows: CutRow[];
  source: SourceRef;
  colors?: { bg: string; text: string; muted: string; bar: string; track: string };
}

export function reportOgSvg({ siteName, title, rows, source, colors }: OgInput): string {
  const c = colors ?? { bg: '#ffffff', text: '#1b1f24', muted: '#4a5361', bar: '#0b5394', track: '#e6eaf0' };
  const shown = rows.filter((r) => r.days.reduction !== null && r.days.bound !== 'unknown').slice(0, 5);
  const barX = 60;
  const barMax = 620;
  const rowsSvg = shown
    .map((r, i) => {
      const y = 250 + i * 66;
      const w = Math.max(4, Math.round(barMax * Math.min(1, Math.max(0, r.days.reduction!))));
      return [
        `<text x="${barX}" y="${y}" font-size="24" fill="${c.text}">${esc(r.shortName)}</text>`,
        `<rect x="${barX}" y="${y + 12}" width="${barMax}" height="26" fill="${c.track}"/>`,
        `<rect x="${barX}" y="${y + 12}" width="${w}" height="26" fill="${c.bar}"/>`,
        `<text x="${barX + barMax + 20}" y="${y + 34}" font-size="26" font-weight="bold" fill="${c.text}">${esc(ogText.bar(r.days.fromTo, r.days.text))}</text>`,
      ].join('');
    })
    .join('');
  const year = typeof source.date === 'number' ? source.date : source.date.slice(0, 4);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}" font-family="DejaVu Sans">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${c.bg}"/>`,
    `<rect width="16" height="${OG_HEIGHT}" fill="${c.bar}"/>`,
    `<text x="60" y="72" font-size="26" fill="${c.muted}">${esc(siteName)}</text>`,
    `<text x="60" y="140" font-size="56" font-weight="bold" fill="${c.text}">${esc(title)}</text>`,
    `<text x="60" y="196" font-size="26" fill="${c.muted}">${esc(ogText.subtitle)}</text>`,
    rowsSvg,
    `<text x="60" y="${OG_HEIGHT - 28}" font-size="22" fill="${c.muted}">${esc(ogText.source(source.publisher, source.title, year))}</text>`,
    '</svg>',
  ].join('');
}
