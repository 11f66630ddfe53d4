/**
 * The reform charts' browser script, kept small: chart.js and the drawing code (./draw-chart.client.ts)
 * load only when the first chart comes near the viewport, and each chart is drawn when it does.
 *
 * - Without JavaScript the summary and the table are there and no canvas box is shown.
 * - With it, every chart's box is shown at once at its final height (no layout shift when a
 *   chart is drawn later) and drawn when it is within NEAR of the viewport; each chart in its own
 *   task, so a page with several charts in view never blocks the main thread for long.
 * - Printing draws what is loaded; a box not yet drawn is left out of the printout (CSS), the
 *   table is printed in any case.
 */
import { revealNeedsJs, startModules } from '../enhance.ts';
import { copyEmbed, downloadPng } from './downloads.ts';

/** How far below (or above) the viewport a chart starts to load and draw. */
const NEAR = '300px 0px';

type Drawer = typeof import('./draw-chart.client.ts');
let drawer: Promise<Drawer> | undefined;
const loadDrawer = (): Promise<Drawer> => (drawer ??= import('./draw-chart.client.ts'));

const boxOf = (figure: HTMLElement) => figure.querySelector<HTMLElement>('[data-chart-box]');
const canvasOf = (figure: HTMLElement) => figure.querySelector<HTMLCanvasElement>('canvas[data-chart]');
const pending = new Map<HTMLElement, Promise<boolean>>();

/** Let the browser paint and handle input between two charts. */
const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

/** Draw the figure's chart once; resolves false (and hides the box and PNG button) when it cannot be drawn. */
function drawFigure(figure: HTMLElement): Promise<boolean> {
  const started = pending.get(figure);
  if (started) return started;
  const canvas = canvasOf(figure);
  const run = (async () => {
    if (!canvas) return false;
    try {
      const { drawChart } = await loadDrawer();
      await nextTask();
      drawChart(canvas);
      return true;
    } catch (err) {
      // The table and the summary are still there: hide the empty box rather than show it blank.
      boxOf(figure)?.setAttribute('hidden', '');
      figure.querySelector('[data-action="png"]')?.closest('li')?.setAttribute('hidden', '');
      console.warn('chart not drawn', figure.id, err);
      return false;
    }
  })();
  pending.set(figure, run);
  return run;
}

const observer =
  'IntersectionObserver' in window
    ? new IntersectionObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting) continue;
            observer?.unobserve(e.target);
            void drawFigure(e.target as HTMLElement);
          }
        },
        { rootMargin: NEAR },
      )
    : undefined;

/** One figure: show its box, draw it when near, reveal its JavaScript-only controls, wire PNG and copy. */
function initFigure(figure: HTMLElement): void {
  const canvas = canvasOf(figure);
  revealNeedsJs(figure);
  const png = figure.querySelector<HTMLElement>('[data-action="png"]');
  if (canvas) {
    boxOf(figure)?.removeAttribute('hidden');
    png?.addEventListener('click', () => void drawFigure(figure).then((ok) => ok && downloadPng(figure, canvas)));
    if (observer) observer.observe(figure);
    else void drawFigure(figure);
  } else {
    png?.closest('li')?.setAttribute('hidden', '');
  }
  figure.querySelector('[data-action="copy-embed"]')?.addEventListener('click', () => void copyEmbed(figure));
}

startModules('reform-chart', initFigure);
