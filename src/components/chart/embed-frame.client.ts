/**
 * On an embed page (/nhung/<id>/): apply ?theme=light|dark|auto (light by default, the HTML's own
 * data-theme), tell the host page this frame's height whenever it changes (EMBED_MESSAGE, read by
 * /nhung/khung.js), and fold the table away once the chart is drawn (without JavaScript the table
 * stays open, since there is no chart).
 */
import { EMBED_MESSAGE, THEME_CHANGE_EVENT, themeFrom } from '../../utils/embed-code.ts';

function applyTheme(): void {
  const theme = themeFrom(new URLSearchParams(location.search).get('theme'));
  const root = document.documentElement;
  const dark = document.querySelector<HTMLLinkElement>('link[data-dark-tokens]');
  if (theme === 'auto') root.removeAttribute('data-theme');
  else root.dataset['theme'] = theme;
  if (!dark || theme !== 'dark') return;
  const changed = () => document.dispatchEvent(new Event(THEME_CHANGE_EVENT));
  // The sheet may already be loaded (it ships with media="not all"): repaint now and once it loads.
  dark.addEventListener('load', changed, { once: true });
  dark.media = 'screen';
  requestAnimationFrame(changed);
}

function postHeight(): void {
  if (window.parent === window) return;
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  window.parent.postMessage({ type: EMBED_MESSAGE, height }, '*');
}

function foldTableWhenDrawn(): void {
  const box = document.querySelector<HTMLElement>('[data-chart-box]');
  const more = document.querySelector<HTMLDetailsElement>('details[data-embed-more]');
  if (!box || !more) return;
  const fold = () => {
    if (!box.hidden) {
      more.open = false;
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(fold);
  observer.observe(box, { attributes: true, attributeFilter: ['hidden'] });
  fold();
}

applyTheme();
foldTableWhenDrawn();
new ResizeObserver(postHeight).observe(document.documentElement);
postHeight();
