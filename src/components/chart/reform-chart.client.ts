/**
 * Draws every reform chart on the page with chart.js, registering only what it uses (bar
 * controller and element, category and linear scales: no tooltip, legend or animation plugins).
 *
 * - Numbers come from the figure's data-chart JSON (the wire format, src/data/report/chart-wire.ts),
 *   the same data as the table under it.
 * - Colours come from CSS tokens (./palette.ts), re-read when the colour scheme changes and when printing.
 * - A null value is drawn as a gap labelled "Chưa có số liệu", never as a 0 bar (./labels.ts).
 * - No animation when the reader asks for reduced motion.
 * - The canvas box stays hidden until the chart is drawn: no JavaScript, no blank box.
 */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, type ChartConfiguration } from 'chart.js';
import type { ChartData } from '../../data/report/chart-wire.ts';
import { revealNeedsJs, startModules } from '../enhance.ts';
import { copyEmbed, downloadPng } from './downloads.ts';
import { THEME_CHANGE_EVENT } from '../../utils/embed-code.ts';
import { fitLabels, labelsPlugin } from './labels.ts';
import { applyColours, palette, type BarChart, type Palette } from './palette.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale);

const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)');
const darkScheme = matchMedia('(prefers-color-scheme: dark)');
const printMedia = matchMedia('print');

interface Drawn {
  chart: BarChart;
  data: ChartData;
  canvas: HTMLCanvasElement;
  /** The colours in force; re-read from the tokens on every repaint. */
  palette: Palette;
}
const drawn: Drawn[] = [];

const animation = () => (reducedMotion.matches ? false : ({ duration: 400 } as const));

function chartConfig(
  data: ChartData,
  canvas: HTMLCanvasElement,
  colours: () => Palette,
): ChartConfiguration<'bar', (number | null)[], string[]> {
  const horizontal = data.orientation === 'horizontal';
  const font = { family: colours().font, size: 13 };
  const valueAxis = {
    beginAtZero: true,
    ...(data.max === undefined ? { grace: '15%' } : { max: data.max }),
    title: { display: true, text: data.axis, font },
    ticks: { precision: 0, font },
    grid: {},
    border: {},
  };
  const categoryAxis = { ticks: { font, autoSkip: false, maxRotation: 0 }, grid: { display: false }, border: {} };
  return {
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
    plugins: [labelsPlugin(data, colours)],
  };
}

function draw(canvas: HTMLCanvasElement): void {
  const data = JSON.parse(canvas.dataset['chart'] ?? 'null') as ChartData | null;
  if (!data) return;
  canvas.closest<HTMLElement>('[data-chart-box]')?.removeAttribute('hidden');
  const d = { data, canvas, palette: palette(canvas) } as Drawn;
  d.chart = new Chart(
    canvas,
    chartConfig(data, canvas, () => d.palette),
  );
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
    // A running animation would finish with the old colours: stop it first.
    d.chart.stop();
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

/** One figure: draw it, reveal its JavaScript-only controls, wire the PNG and copy buttons. */
function initFigure(figure: HTMLElement): void {
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
  revealNeedsJs(figure);
  const png = figure.querySelector<HTMLElement>('[data-action="png"]');
  if (canvas && ok) png?.addEventListener('click', () => downloadPng(figure, canvas));
  else png?.closest('li')?.setAttribute('hidden', '');
  figure.querySelector('[data-action="copy-embed"]')?.addEventListener('click', () => void copyEmbed(figure));
}

startModules('reform-chart', initFigure);
darkScheme.addEventListener('change', repaintAll);
// An embed page that switches its palette (?theme=dark) says so once the new tokens are in force.
document.addEventListener(THEME_CHANGE_EVENT, repaintAll);
printMedia.addEventListener('change', (e) => (e.matches ? beforePrint() : afterPrint()));
addEventListener('beforeprint', beforePrint);
addEventListener('afterprint', afterPrint);
