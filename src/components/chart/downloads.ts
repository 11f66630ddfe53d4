/** A chart's PNG download (with its title, legend and source line) and copying its embed code. */
import type { ChartData } from '../../data/report/chart-wire.ts';
import { palette, stripes, type Palette } from './palette.ts';

/** One legend entry: the swatch's series and the legend's own words ("… (cột kẻ sọc)"). */
interface LegendEntry {
  color: string;
  striped: boolean;
  text: string;
}

/** The legend as the page shows it: the words from the HTML legend, the swatches from the chart data. */
function legendOf(figure: HTMLElement, canvas: HTMLCanvasElement, p: Palette): LegendEntry[] {
  const data = JSON.parse(canvas.dataset['chart'] ?? 'null') as ChartData | null;
  const items = [...figure.querySelectorAll('.legend li')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim() ?? '');
  if (!data || items.length !== data.series.length) return [];
  return data.series.map((s, i) => ({ color: p.series(s.color), striped: s.striped, text: items[i] ?? s.label }));
}

/** Draws the legend in one row (wrapping if needed) from `top`; returns the height it took. */
function drawLegend(
  ctx: CanvasRenderingContext2D,
  legend: LegendEntry[],
  at: { x: number; y: number; width: number; size: number; text: string },
): number {
  const { x: x0, y: top, width, size } = at;
  if (legend.length === 0) return 0;
  const sw = size * 1.6;
  const gap = size;
  let x = x0;
  let y = top;
  for (const entry of legend) {
    const w = sw + size * 0.4 + ctx.measureText(entry.text).width;
    if (x > x0 && x + w > x0 + width) {
      x = x0;
      y += size * 1.6;
    }
    ctx.fillStyle = entry.striped ? stripes(entry.color) : entry.color;
    ctx.fillRect(x, y, sw, size);
    ctx.strokeStyle = entry.color;
    ctx.lineWidth = Math.max(1, size / 10);
    ctx.strokeRect(x, y, sw, size);
    ctx.fillStyle = at.text;
    ctx.fillText(entry.text, x + sw + size * 0.4, y - size * 0.1, width);
    x += w + gap;
  }
  return y - top + size * 1.6;
}

/** A PNG of the chart with its title and source line, so a reused image keeps its attribution. */
export function downloadPng(figure: HTMLElement, canvas: HTMLCanvasElement): void {
  const p = palette(canvas);
  const scale = canvas.width / canvas.clientWidth || 1;
  const pad = 16 * scale;
  const titleSize = 18 * scale;
  const small = 13 * scale;
  const legend = legendOf(figure, canvas, p);
  const out = document.createElement('canvas');
  out.width = canvas.width + pad * 2;
  // Room for up to two legend rows; the real height is known only once the words are measured.
  const legendRoom = legend.length > 0 ? small * 3.4 : 0;
  out.height = canvas.height + pad * 4 + titleSize + small * 2 + legendRoom;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = p.bg || '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = p.text;
  ctx.textBaseline = 'top';
  ctx.font = `700 ${titleSize}px ${p.font}`;
  ctx.fillText(canvas.dataset['title'] ?? '', pad, pad, out.width - pad * 2);
  ctx.font = `${small}px ${p.font}`;
  drawLegend(ctx, legend, { x: pad, y: pad * 1.5 + titleSize, width: out.width - pad * 2, size: small, text: p.text });
  ctx.drawImage(canvas, pad, pad * 2 + titleSize + legendRoom);
  ctx.font = `${small}px ${p.font}`;
  ctx.fillStyle = p.muted;
  const source = figure.querySelector('.source-line')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  ctx.fillText(`${source} · ${location.origin}${location.pathname}#${figure.id}`, pad, out.height - pad - small, out.width - pad * 2);
  out.toBlob((blob) => {
    if (!blob) return;
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = `${figure.id}.png`;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  }, 'image/png');
}

/** Copy the embed code; when the clipboard refuses, select it and say how to copy by hand. */
export async function copyEmbed(figure: HTMLElement): Promise<void> {
  const area = figure.querySelector<HTMLTextAreaElement>('textarea');
  const status = figure.querySelector<HTMLElement>('[data-copy-status]');
  if (!area || !status) return;
  try {
    await navigator.clipboard.writeText(area.value);
    status.textContent = status.dataset['copied'] ?? '';
  } catch {
    area.focus();
    area.select();
    status.textContent = status.dataset['copyFailed'] ?? '';
  }
}
