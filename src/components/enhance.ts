/**
 * The one way client scripts start, as in GOV.UK Frontend: a component's root element carries
 * data-module="<name>", and its script calls startModules("<name>", init). Elements that only
 * make sense with JavaScript (copy, share, download buttons) carry `data-needs-js` and the
 * `hidden` attribute in the HTML; revealNeedsJs shows them once the module has started, so a
 * visitor without JavaScript never sees a button that does nothing.
 */

/** The attribute that marks an element needing JavaScript; it ships hidden. */
export const NEEDS_JS = 'data-needs-js';

/** Run `init` once on every element with data-module=`name`; a failing root does not stop the others. */
export function startModules(name: string, init: (root: HTMLElement) => void): void {
  for (const root of document.querySelectorAll<HTMLElement>(`[data-module="${name}"]`)) {
    if (root.dataset['moduleStarted']) continue;
    root.dataset['moduleStarted'] = 'true';
    try {
      init(root);
    } catch (err) {
      console.warn(`module ${name} did not start`, err);
    }
  }
}

/** Show the JavaScript-only controls inside `root`. */
export function revealNeedsJs(root: ParentNode): void {
  for (const el of root.querySelectorAll<HTMLElement>(`[${NEEDS_JS}]`)) el.hidden = false;
}
