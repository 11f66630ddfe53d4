/**
 * Enhances every [data-module="checklist"]: restores ticks from localStorage, saves each change,
 * clears all, copies or shares the list as plain text. Storage may be missing, full or blocked
 * (private mode): the checklist then still works for this visit.
 */
import { isStaleKey, readTicks, storageKey, writeTicks } from './checklist-state.ts';
import { checklistShareText } from './share-text.ts';
import { checklistUi as t } from '../../i18n/vi.ts';
import { revealNeedsJs, startModules } from '../enhance.ts';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** The stored ticks of `scope`; entries of older versions of this site are dropped rather than misread. */
function storedTicks(store: Storage | undefined, scope: string): string | null {
  try {
    const raw = store?.getItem(storageKey(scope)) ?? null;
    for (let i = (store?.length ?? 0) - 1; i >= 0; i--) {
      const k = store!.key(i);
      if (k && isStaleKey(k, scope)) store!.removeItem(k);
    }
    return raw;
  } catch {
    return null;
  }
}

function enhance(root: HTMLElement): void {
  const scope = root.dataset['scope'] ?? location.pathname;
  const key = storageKey(scope);
  const store = storage();
  const boxes = [...root.querySelectorAll<HTMLInputElement>('li[data-key] input[type="checkbox"]')];
  const keyOf = (b: HTMLInputElement) => b.closest('li')?.dataset['key'] ?? '';
  const status = root.querySelector<HTMLElement>('.progress');
  const fallback = root.querySelector<HTMLTextAreaElement>('.fallback');

  const ticked = readTicks(storedTicks(store, scope), boxes.map(keyOf));
  for (const b of boxes) b.checked = ticked.has(keyOf(b));

  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const progress = () => t.progress(boxes.filter((b) => b.checked).length, boxes.length);
  const save = () => {
    const value = writeTicks(boxes.filter((b) => b.checked).map(keyOf));
    try {
      if (value === null) store?.removeItem(key);
      else store?.setItem(key, value);
    } catch {
      // Full or blocked storage: the ticks still hold until the page is closed.
    }
  };
  const text = () =>
    checklistShareText({
      title: root.dataset['title'] ?? document.title,
      url: root.dataset['url'] ?? location.href,
      where: root.dataset['where'],
      lines: boxes.map((b) => ({ text: b.closest('li')?.dataset['line'] ?? '', ticked: b.checked })),
    });

  root.addEventListener('change', (ev) => {
    if (ev.target instanceof HTMLInputElement && ev.target.type === 'checkbox') {
      save();
      say(progress());
    }
  });
  root.addEventListener('click', async (ev) => {
    const button = (ev.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]');
    if (!button) return;
    const action = button.dataset['action'];
    if (action === 'clear') {
      for (const b of boxes) b.checked = false;
      save();
      say(t.cleared);
    } else if (action === 'print') {
      window.print();
    } else if (action === 'share') {
      try {
        await navigator.share({ title: root.dataset['title'] ?? document.title, text: text() });
      } catch {
        // Cancelled by the user, or refused: nothing to do.
      }
    } else if (action === 'copy') {
      try {
        await navigator.clipboard.writeText(text());
        say(t.copied);
      } catch {
        if (fallback) {
          fallback.value = text();
          fallback.hidden = false;
          fallback.select();
          say(t.copyManually);
        }
      }
    }
  });

  revealNeedsJs(root);
  const share = root.querySelector<HTMLElement>('[data-action="share"]');
  if (share && typeof navigator.share === 'function') share.hidden = false;
  say(progress());
}

export function startChecklists(): void {
  startModules('checklist', enhance);
}
