/**
 * Enhances every [data-module="checklist"]: restores ticks (registry papers shared by every page,
 * one-off papers per page), saves each change, applies the ticks a shared link carries, clears all
 * with an undo, copies or shares the list as plain text with a link that carries the ticks
 * (checklist-send.ts).
 * Storage may be missing, full or blocked (private mode): the checklist then still works for this visit.
 */
import {
  PAPERS_KEY,
  isStaleKey,
  migrate,
  migratedKey,
  readPapers,
  readTicks,
  storageKey,
  ticksFromSearch,
  updatePapers,
  withoutShareParam,
  writePapers,
  writeTicks,
} from './checklist-state.ts';
import { send } from './checklist-send.ts';
import { checklistScriptUi as t } from '../../i18n/vi.ts';
import { revealNeedsJs, startModules } from '../enhance.ts';

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Storage that never throws: full or blocked storage leaves the ticks for this visit only. */
function safeStore(store: Storage | undefined) {
  return {
    get: (key: string): string | null => {
      try {
        return store?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set: (key: string, value: string | null): void => {
      try {
        if (value === null) store?.removeItem(key);
        else store?.setItem(key, value);
      } catch {
        // Full or blocked storage: the ticks still hold until the page is closed.
      }
    },
    /** Move a version-2 entry of this page into the shared papers and the page entry; drop older entries. */
    migrate(scope: string, docOfKey: ReadonlyMap<string, string>): void {
      const old = migrate(this.get(migratedKey(scope)), docOfKey);
      if (old.papers.length > 0) this.set(PAPERS_KEY, writePapers([...readPapers(this.get(PAPERS_KEY)), ...old.papers]));
      // The page entry of this version cannot exist yet: the old one is removed when it is read.
      if (old.page.length > 0) this.set(storageKey(scope), writeTicks(old.page));
      try {
        for (let i = (store?.length ?? 0) - 1; i >= 0; i--) {
          const k = store!.key(i);
          if (k && isStaleKey(k, scope)) store!.removeItem(k);
        }
      } catch {
        // Blocked storage: nothing to clean.
      }
    },
  };
}

interface Item {
  box: HTMLInputElement;
  key: string;
  /** The registry paper's id: its tick is shared with every page listing it. */
  doc: string | undefined;
  line: string;
}

function items(root: HTMLElement): Item[] {
  return [...root.querySelectorAll<HTMLLIElement>('li[data-key]')].flatMap((li) => {
    const box = li.querySelector<HTMLInputElement>('input[type="checkbox"]');
    return box ? [{ box, key: li.dataset['key'] ?? '', doc: li.dataset['doc'], line: li.dataset['line'] ?? '' }] : [];
  });
}

/** The page's ticks: read from storage, shown in the boxes, written back. */
function ticks(list: readonly Item[], scope: string, store: ReturnType<typeof safeStore>) {
  const keys = list.map((i) => i.key);
  return {
    stored(): Set<string> {
      const papers = readPapers(store.get(PAPERS_KEY));
      const page = readTicks(store.get(storageKey(scope)), keys);
      return new Set(list.filter((i) => (i.doc ? papers.has(i.doc) : page.has(i.key))).map((i) => i.key));
    },
    current: (): Set<string> => new Set(list.filter((i) => i.box.checked).map((i) => i.key)),
    apply: (ticked: ReadonlySet<string>): void => list.forEach((i) => (i.box.checked = ticked.has(i.key))),
    save(): void {
      const onPage = list.flatMap((i) => (i.doc ? [{ doc: i.doc, checked: i.box.checked }] : []));
      store.set(PAPERS_KEY, writePapers(updatePapers(readPapers(store.get(PAPERS_KEY)), onPage)));
      store.set(storageKey(scope), writeTicks(list.filter((i) => !i.doc && i.box.checked).map((i) => i.key)));
    },
  };
}

function enhance(root: HTMLElement): void {
  const scope = root.dataset['scope'] ?? location.pathname;
  const store = safeStore(storage());
  const list = items(root);
  const status = root.querySelector<HTMLElement>('.progress');
  const undoButton = root.querySelector<HTMLButtonElement>('[data-action="undo"]');
  store.migrate(scope, new Map(list.flatMap((i) => (i.doc ? [[i.key, i.doc] as const] : []))));
  const s = ticks(list, scope, store);
  let undo: Set<string> | undefined;
  /** Say something in the live region; with `undoable`, offer "Hoàn tác" back to those ticks. */
  const say = (text: string, undoable?: Set<string>) => {
    undo = undoable;
    if (status) status.textContent = text;
    if (undoButton) undoButton.hidden = undoable === undefined;
  };
  const progress = () => t.progress(s.current().size, list.length);

  s.apply(s.stored());
  const shared = ticksFromSearch(
    location.search,
    list.map((i) => i.key),
  );
  if (shared) {
    const before = s.current();
    s.apply(shared);
    s.save();
    history.replaceState(history.state, '', withoutShareParam(location.href));
    say(t.fromLink(shared.size), before);
  } else say(progress());

  root.addEventListener('change', (ev) => {
    if (ev.target instanceof HTMLInputElement && ev.target.type === 'checkbox') {
      s.save();
      say(progress());
    }
  });
  root.addEventListener('click', (ev) => {
    const action = (ev.target as Element | null)?.closest<HTMLButtonElement>('button[data-action]')?.dataset['action'];
    if (action === 'clear') {
      const before = s.current();
      s.apply(new Set());
      s.save();
      say(t.cleared(before.size), before.size > 0 ? before : undefined);
    } else if (action === 'undo' && undo) {
      s.apply(undo);
      s.save();
      say(`${t.restored(undo.size)} ${progress()}`);
    } else if (action === 'print') window.print();
    else if (action === 'share' || action === 'copy') {
      const lines = list.map((i) => ({ text: i.line, ticked: i.box.checked }));
      void send(action, { root, ticked: s.current(), lines, say });
    }
  });

  revealNeedsJs(root);
  const share = root.querySelector<HTMLElement>('[data-action="share"]');
  if (share && typeof navigator.share === 'function') share.hidden = false;
}

export function startChecklists(): void {
  startModules('checklist', enhance);
}
