/**
 * Marks each table wrapper whose table is wider than it (data-overflows), so its "Kéo ngang để
 * xem thêm" hint shows; kept up to date when the width changes (rotating a phone, zooming).
 */
import { startModules } from '../enhance.ts';

const mark = (el: Element) => el.toggleAttribute('data-overflows', el.scrollWidth > el.clientWidth + 1);
const observer = 'ResizeObserver' in window ? new ResizeObserver((entries) => entries.forEach((e) => mark(e.target))) : undefined;

startModules('table-scroll', (el) => {
  mark(el);
  observer?.observe(el);
});
