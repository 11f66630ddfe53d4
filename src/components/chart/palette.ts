/**
 * Chart colours from the CSS tokens on the canvas, so dark mode and print (html.chart-print
 * switches to the paper palette) both follow the design tokens. Re-read on every repaint.
 */
import type { Chart } from 'chart.js';
import type { ChartData } from '../../data/report/chart-wire.ts';

export interface Palette {
  text: string;
  muted: string;
  grid: string;
  bg: string;
  font: string;
  series: (token: string) => string;
}

export function palette(el: Element): Palette {
  const cs = getComputedStyle(el);
  const get = (name: string) => cs.getPropertyValue(name).trim();
  return {
    text: get('--color-text'),
    muted: get('--color-muted'),
    grid: get('--chart-grid'),
    bg: get('--color-bg'),
    font: cs.fontFamily,
    series: get,
  };
}

/** Diagonal stripes in `color`: the second cue, besides colour, that tells the series apart. */
export function stripes(color: string): CanvasPattern | string {
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return color;
  ctx.strokeStyle = color;
  ctx.lineWidth = 3;
  ctx.beginPath();
  ctx.moveTo(-2, 10);
  ctx.lineTo(10, -2);
  ctx.moveTo(6, 10);
  ctx.lineTo(10, 6);
  ctx.moveTo(-2, 2);
  ctx.lineTo(2, -2);
  ctx.stroke();
  return ctx.createPattern(tile, 'repeat') ?? color;
}

export type BarChart = Chart<'bar', (number | null)[], string[]>;

/** Dataset and axis colours from the palette; chart.update() then redraws with them. */
export function applyColours(chart: BarChart, data: ChartData, p: Palette): void {
  data.series.forEach((s, i) => {
    const ds = chart.data.datasets[i];
    if (!ds) return;
    const colour = p.series(s.color);
    ds.backgroundColor = s.striped ? stripes(colour) : colour;
    ds.borderColor = colour;
  });
  for (const scale of Object.values(chart.options.scales ?? {})) {
    if (!scale) continue;
    if (scale.ticks) scale.ticks.color = p.text;
    if (scale.grid) scale.grid.color = p.grid;
    if ('title' in scale && scale.title) scale.title.color = p.muted;
    if (scale.border) scale.border.color = p.muted;
  }
}
