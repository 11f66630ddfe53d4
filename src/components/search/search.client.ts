/**
 * The search page's script. Pagefind (its JS, WebAssembly and index) is fetched only once the
 * citizen searches: a query in the address (from the header box) or typing here. The query runs
 * as typed, so exact tones rank first, and folded too when it holds "đ" (search.ts, queryVariants).
 */
import { PAGEFIND_OPTIONS, runSearch, type PagefindApi, type SearchHit } from './search.ts';
import { searchUi as t } from '../../i18n/vi.ts';
import { CHECKLIST_ANCHOR, pagefindScript } from '../../utils/routes.ts';
import { startModules } from '../enhance.ts';

type Pagefind = PagefindApi & { options: (o: object) => Promise<void>; init: () => Promise<void> };
let loading: Promise<Pagefind> | undefined;

/**
 * Wait after a keystroke before searching, so fast typing runs one search, not one per letter.
 * Short: results must follow the typing (the scale bench times keystroke to drawn results, target
 * 100 ms at the median); a stale answer is never drawn (see `seq`).
 */
const TYPING_PAUSE_MS = 50;

function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pf = (await import(/* @vite-ignore */ pagefindScript)) as Pagefind;
    await pf.options(PAGEFIND_OPTIONS);
    await pf.init();
    return pf;
  })();
  return loading;
}

/** Copy Pagefind's excerpt keeping only text and <mark>: never inject markup. */
function excerptNode(html: string): HTMLElement {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const p = document.createElement('p');
  p.className = 'excerpt';
  for (const n of tpl.content.childNodes) {
    if (n.nodeName === 'MARK') {
      const m = document.createElement('mark');
      m.textContent = n.textContent;
      p.append(m);
    } else p.append(n.textContent ?? '');
  }
  return p;
}

function resultItem(hit: SearchHit): HTMLLIElement {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = hit.landing;
  a.className = 'title';
  a.textContent = hit.title;
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = hit.page.meta['kind'] ?? '';
  li.append(a, ' ', kind);
  if (hit.landingSub) {
    if (hit.landing.includes(CHECKLIST_ANCHOR)) {
      const p = document.createElement('p');
      p.className = 'item';
      p.textContent = `${t.checklistItem} ${hit.landingSub.title}`;
      li.append(p);
    }
    li.append(excerptNode(hit.landingSub.excerpt));
  } else li.append(excerptNode(hit.page.excerpt));
  return li;
}

function enhanceSearch(form: HTMLElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const status = document.getElementById('trang-thai-tim-kiem')!;
  const list = document.getElementById('ket-qua-tim-kiem')!;
  // Shown when no result answers the query: the A–Z list and the hotline (SearchPage.astro).
  const help = document.getElementById('khong-khop');
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const run = async () => {
    const q = input.value.trim();
    const mine = ++seq;
    const params = new URLSearchParams();
    if (q) params.set('q', q);
    for (const s of selects) if (s.value) params.set(s.name, s.value);
    history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    if (!q) {
      list.replaceChildren();
      status.textContent = '';
      if (help) help.hidden = true;
      return;
    }
    status.textContent = t.loading;
    try {
      const pf = await pagefind();
      const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
      const { hits, total, answered } = await runSearch(pf, q, filters);
      if (mine !== seq) return;
      list.replaceChildren(...hits.map(resultItem));
      status.textContent = !hits.length ? t.empty(q) : answered ? t.count(total, q) : t.noGoodMatch(q);
      if (help) help.hidden = answered && hits.length > 0;
    } catch {
      if (mine === seq) status.textContent = t.failed;
    }
  };

  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    clearTimeout(timer);
    void run();
  });
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), TYPING_PAUSE_MS);
  });
  for (const s of selects) s.addEventListener('change', () => void run());

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const s of selects) s.value = params.get(s.name) ?? '';
  if (input.value) void run();
}

export function startSearch(): void {
  startModules('site-search', enhanceSearch);
}
