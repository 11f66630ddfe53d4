/**
 * What a chart writes on itself: the value on every bar (colour is never the only cue), "Chưa có
 * số liệu" in a gap (never a 0 bar), a dashed cap on a lower bound, and category labels wrapped to
 * the room each category gets, so long Vietnamese labels neither overlap nor get cut off.
 */
import type { Plugin } from 'chart.js';
import type { ChartBar, ChartData } from '../../data/report/chart-wire.ts';
import type { Palette } from './palette.ts';

interface BarGeometry {
  x: number;
  y: number;
  base: number;
  width?: number;
  height?: number;
}

interface Place {
  ctx: CanvasRenderingContext2D;
  p: Palette;
  horizontal: boolean;
  /** Pixel of the value 0 on the value axis. */
  zero: number;
  /** Pixel of the category's centre on the category axis. */
  centre: number;
}

/** "Chưa có số liệu" where the bar would be: on one line beside a horizontal bar, two above a vertical one. */
function drawGap({ ctx, p, horizontal, zero, centre }: Place, unknown: string): void {
  ctx.fillStyle = p.muted;
  ctx.font = `italic 12px ${p.font}`;
  if (horizontal) {
    ctx.textAlign = 'left';
    ctx.textBaseline = 'middle';
    ctx.fillText(unknown, zero + 6, centre);
    return;
  }
  ctx.textAlign = 'center';
  ctx.textBaseline = 'bottom';
  const words = unknown.split(' ');
  const half = Math.ceil(words.length / 2);
  ctx.fillText(words.slice(0, half).join(' '), centre, zero - 20);
  ctx.fillText(words.slice(half).join(' '), centre, zero - 4);
}

/** The value past the bar's end, after a dashed cap when the real figure may be higher. */
function drawValue({ ctx, p, horizontal, centre }: Place, bar: ChartBar & { display: string }, el: BarGeometry): void {
  const end = horizontal ? el.x : el.y;
  if (bar.atLeast) {
    ctx.strokeStyle = p.text;
    ctx.setLineDash([4, 3]);
    ctx.lineWidth = 1.5;
    const w = horizontal ? (el.height ?? 20) : (el.width ?? 20);
    ctx.beginPath();
    if (horizontal) ctx.rect(end, centre - w / 2, 14, w);
    else ctx.rect(centre - w / 2, end - 14, w, 14);
    ctx.stroke();
    ctx.setLineDash([]);
  }
  ctx.fillStyle = p.text;
  const gap = bar.atLeast ? 18 : 4;
  ctx.textAlign = horizontal ? 'left' : 'center';
  ctx.textBaseline = horizontal ? 'middle' : 'bottom';
  if (horizontal) ctx.fillText(bar.display, end + gap, centre);
  else ctx.fillText(bar.display, centre, end - gap);
}

/** Value labels on bars, "Chưa có số liệu" in gaps, dashed caps on lower bounds. */
export function labelsPlugin(data: ChartData, colours: () => Palette): Plugin<'bar'> {
  return {
    id: 'reformLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const p = colours();
      const horizontal = data.orientation === 'horizontal';
      const valueScale = horizontal ? chart.scales['x'] : chart.scales['y'];
      const categoryScale = horizontal ? chart.scales['y'] : chart.scales['x'];
      if (!valueScale || !categoryScale) return;
      ctx.save();
      data.series.forEach((series, si) => {
        const meta = chart.getDatasetMeta(si);
        series.bars.forEach((bar, i) => {
          const el = meta.data[i] as unknown as BarGeometry | undefined;
          const zero = valueScale.getPixelForValue(0);
          const centre = el && Number.isFinite(horizontal ? el.y : el.x) ? (horizontal ? el.y : el.x) : categoryScale.getPixelForValue(i);
          ctx.font = `600 13px ${p.font}`;
          const place = { ctx, p, horizontal, zero, centre };
          if (bar.value === null || bar.display === null) drawGap(place, data.unknown);
          else if (el) drawValue(place, { ...bar, display: bar.display }, el);
        });
      });
      ctx.restore();
    },
  };
}

/** Words into lines of at most `max` characters (a longer word keeps its own line). */
function wrap(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && `${last} ${word}`.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** Category labels broken into lines that fit the room each category gets at this width. */
export function fitLabels(data: ChartData, width: number): string[][] {
  const charPx = 7;
  const room = data.orientation === 'horizontal' ? width * 0.34 : (width - 60) / Math.max(1, data.labels.length) - 8;
  const max = Math.max(7, Math.floor(room / charPx));
  return data.labels.map((lines) => lines.flatMap((l) => wrap(l, max)));
}
