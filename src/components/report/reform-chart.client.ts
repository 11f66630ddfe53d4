/**
 * Draws every reform chart on the page with chart.js, registering only what it uses (bar
 * controller and element, category and linear scales: no tooltip, legend or animation plugins).
 *
 * - Numbers come from the figure's data-chart JSON (the same data as the table under it).
 * - Colours come from CSS tokens on the canvas, re-read when the colour scheme changes and when
 *   printing (html.chart-print switches to the paper palette), so dark mode and paper both work.
 * - A null value is drawn as a gap labelled "Chưa có số liệu", never as a 0 bar; a lower bound
 *   gets "≥" and a dashed cap; every bar carries its value as text, so colour is never the only cue.
 * - No animation when the reader asks for reduced motion.
 * - The canvas box stays hidden until the chart is drawn: no JavaScript, no blank box.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration, type Plugin } from 'chart.js';
import type { ChartData } from '../../data/report.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const darkScheme = matchMedia('(prefers-color-scheme: dark)');
const printMedia = matchMedia('print');

interface Palette {
  text: string;
  muted: string;
  grid: string;
  bg: string;
  font: string;
  series: (token: string) => string;
}

function palette(el: Element): Palette {
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
function stripes(color: string): CanvasPattern | string {
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

interface Drawn {
  chart: Chart<'bar', (number | null)[], string[]>;
  data: ChartData;
  canvas: HTMLCanvasElement;
  /** The colours in force; re-read from the tokens on every repaint. */
  palette: Palette;
}
const drawn: Drawn[] = [];

/** Value labels on bars, "Chưa có số liệu" in gaps, dashed caps on lower bounds. */
function labelsPlugin(data: ChartData, colours: () => Palette): Plugin<'bar'> {
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
          const el = meta.data[i] as unknown as { x: number; y: number; base: number; width?: number; height?: number } | undefined;
          const zero = valueScale.getPixelForValue(0);
          const centre = el && Number.isFinite(horizontal ? el.y : el.x) ? (horizontal ? el.y : el.x) : categoryScale.getPixelForValue(i);
          ctx.font = `600 13px ${p.font}`;
          if (bar.value === null || bar.display === null) {
            ctx.fillStyle = p.muted;
            ctx.font = `italic 12px ${p.font}`;
            if (horizontal) {
              ctx.textAlign = 'left';
              ctx.textBaseline = 'middle';
              ctx.fillText(data.unknown, zero + 6, centre);
            } else {
              ctx.textAlign = 'center';
              ctx.textBaseline = 'bottom';
              const words = data.unknown.split(' ');
              const half = Math.ceil(words.length / 2);
              ctx.fillText(words.slice(0, half).join(' '), centre, zero - 20);
              ctx.fillText(words.slice(half).join(' '), centre, zero - 4);
            }
            return;
          }
          if (!el) return;
          const end = horizontal ? el.x : el.y;
          if (bar.atLeast) {
            // A dashed cap past the bar's end: the real figure may be higher.
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
          if (horizontal) {
            ctx.textAlign = 'left';
            ctx.textBaseline = 'middle';
            ctx.fillText(bar.display, end + gap, centre);
          } else {
            ctx.textAlign = 'center';
            ctx.textBaseline = 'bottom';
            ctx.fillText(bar.display, centre, end - gap);
          }
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

/**
 * Category labels broken into lines that fit the room each category gets at this width, so long
 * Vietnamese labels neither overlap nor get cut off on a phone.
 */
function fitLabels(data: ChartData, width: number): string[][] {
  const charPx = 7;
  const room = data.orientation === 'horizontal' ? width * 0.34 : (width - 60) / Math.max(1, data.labels.length) - 8;
  const max = Math.max(7, Math.floor(room / charPx));
  return data.labels.map((lines) => lines.flatMap((l) => wrap(l, max)));
}

/** Dataset and axis colours from the palette; chart.update() then redraws with them. */
function applyColours(chart: Drawn['chart'], data: ChartData, p: Palette): void {
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

const animation = () => (reducedMotion.matches ? false : ({ duration: 400 } as const));

function draw(canvas: HTMLCanvasElement): void {
  const data = JSON.parse(canvas.dataset['chart'] ?? 'null') as ChartData | null;
  if (!data) return;
  canvas.closest<HTMLElement>('[data-chart-box]')?.removeAttribute('hidden');
  const horizontal = data.orientation === 'horizontal';
  const d = { data, canvas, palette: palette(canvas) } as Drawn;
  const font = { family: d.palette.font, size: 13 };
  const valueAxis = {
    beginAtZero: true,
    ...(data.max === undefined ? { grace: '15%' } : { max: data.max }),
    title: { display: true, text: data.axis, font },
    ticks: { precision: 0, font },
    grid: {},
    border: {},
  };
  const categoryAxis = { ticks: { font, autoSkip: false, maxRotation: 0 }, grid: { display: false }, border: {} };
  const config: ChartConfiguration<'bar', (number | null)[], string[]> = {
    type: 'bar',
    data: {
      labels: fitLabels(data, canvas.clientWidth || 600),
      datasets: data.series.map((s) => ({
        label: s.label,
        data: s.bars.map((b) => b.value),
        borderWidth: 1.5,
        maxBarThickness: horizontal ? 22 : 72,
      })),
    },
    options: {
      indexAxis: horizontal ? 'y' : 'x',
      responsive: true,
      maintainAspectRatio: false,
      animation: animation(),
      // Nothing reacts to the pointer: every value is already written on the chart and in the table.
      events: [],
      layout: { padding: { top: 8, right: horizontal ? 64 : 8 } },
      onResize: (chart, size) => {
        chart.data.labels = fitLabels(data, size.width);
      },
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    },
    plugins: [labelsPlugin(data, () => d.palette)],
  };
  d.chart = new Chart(canvas, config);
  applyColours(d.chart, data, d.palette);
  d.chart.update();
  drawn.push(d);
  // For tests and for anyone inspecting the page: the numbers actually drawn, and whether they move.
  canvas.dataset['drawn'] = JSON.stringify(d.chart.data.datasets.map((ds) => ds.data));
  canvas.dataset['animation'] = reducedMotion.matches ? 'off' : 'on';
}

/** Re-read the tokens (colour scheme or print changed) and redraw at once, without animation. */
function repaintAll(): void {
  for (const d of drawn) {
    d.palette = palette(d.canvas);
    applyColours(d.chart, d.data, d.palette);
    d.chart.options.animation = false;
    d.chart.update();
    d.chart.options.animation = animation();
  }
}

function beforePrint(): void {
  document.documentElement.classList.add('chart-print');
  repaintAll();
}
function afterPrint(): void {
  document.documentElement.classList.remove('chart-print');
  repaintAll();
}

/** A PNG of the chart with its title and source line, so a reused image keeps its attribution. */
function downloadPng(figure: HTMLElement, canvas: HTMLCanvasElement): void {
  const p = palette(canvas);
  const scale = canvas.width / canvas.clientWidth || 1;
  const pad = 16 * scale;
  const titleSize = 18 * scale;
  const small = 13 * scale;
  const out = document.createElement('canvas');
  out.width = canvas.width + pad * 2;
  out.height = canvas.height + pad * 4 + titleSize + small * 2;
  const ctx = out.getContext('2d');
  if (!ctx) return;
  ctx.fillStyle = p.bg || '#fff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.fillStyle = p.text;
  ctx.textBaseline = 'top';
  ctx.font = `700 ${titleSize}px ${p.font}`;
  ctx.fillText(canvas.dataset['title'] ?? '', pad, pad, out.width - pad * 2);
  ctx.drawImage(canvas, pad, pad * 2 + titleSize);
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

async function copyEmbed(figure: HTMLElement): Promise<void> {
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

function init(): void {
  for (const figure of document.querySelectorAll<HTMLElement>('[data-module="reform-chart"]')) {
    if (figure.dataset['ready']) continue;
    figure.dataset['ready'] = 'true';
    const canvas = figure.querySelector<HTMLCanvasElement>('canvas[data-chart]');
    let ok = false;
    if (canvas) {
      try {
        draw(canvas);
        ok = true;
      } catch (err) {
        // The table and the summary are still there: hide the empty box rather than show it blank.
        canvas.closest('[data-chart-box]')?.setAttribute('hidden', '');
        console.warn('chart not drawn', figure.id, err);
      }
    }
    for (const el of figure.querySelectorAll<HTMLElement>('[data-needs-js]')) el.hidden = false;
    const png = figure.querySelector<HTMLElement>('[data-action="png"]');
    if (canvas && ok) png?.addEventListener('click', () => downloadPng(figure, canvas));
    else png?.closest('li')?.setAttribute('hidden', '');
    figure.querySelector('[data-action="copy-embed"]')?.addEventListener('click', () => void copyEmbed(figure));
  }
  darkScheme.addEventListener('change', repaintAll);
  printMedia.addEventListener('change', (e) => (e.matches ? beforePrint() : afterPrint()));
  addEventListener('beforeprint', beforePrint);
  addEventListener('afterprint', afterPrint);
}

init();
