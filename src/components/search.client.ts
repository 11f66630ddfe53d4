/**
 * The search page's script. Pagefind (its JS, WebAssembly and index) is fetched only once the
 * citizen searches: a query in the address (from the header box) or typing here. The query runs
 * as typed, so exact tones rank first, and folded (đ → d), so "dang ky" finds "Đăng ký".
 */
import { landingUrl, mergeById, queryVariants, CHECKLIST_ANCHOR, type SubResult } from '../data/search.ts';
import { searchUi as t } from '../i18n/vi.ts';

interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  sub_results: (SubResult & { excerpt: string })[];
}
interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<PagefindData>;
}
interface Pagefind {
  options: (o: object) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string, o?: object) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 10;
let loading: Promise<Pagefind> | undefined;

function pagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const src = '/pagefind/pagefind.js';
    const pf = (await import(/* @vite-ignore */ src)) as Pagefind;
    // Above 1, exact tones and đ outrank folded matches: "hộ" before "hồ", "hợp".
    await pf.options({ ranking: { diacriticSimilarity: 3 }, excerptLength: 24 });
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

function resultItem(d: PagefindData, query: string): HTMLLIElement {
  const li = document.createElement('li');
  const href = landingUrl(d.url, d.sub_results, query);
  const a = document.createElement('a');
  a.href = href;
  a.className = 'title';
  a.textContent = d.meta['title'] ?? d.url;
  const kind = document.createElement('span');
  kind.className = 'kind';
  kind.textContent = d.meta['kind'] ?? '';
  li.append(a, ' ', kind);
  const sub = d.sub_results.find((s) => s.url === href);
  if (href.includes(CHECKLIST_ANCHOR) && sub) {
    const p = document.createElement('p');
    p.className = 'item';
    p.textContent = `${t.checklistItem} ${sub.title}`;
    li.append(p, excerptNode(sub.excerpt));
  } else li.append(excerptNode(d.excerpt));
  return li;
}

export function enhanceSearch(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const status = document.getElementById('trang-thai-tim-kiem')!;
  const list = document.getElementById('ket-qua-tim-kiem')!;
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
      return;
    }
    status.textContent = t.loading;
    try {
      const pf = await pagefind();
      const filters = Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value]));
      const lists = await Promise.all(queryVariants(q).map(async (v) => (await pf.search(v, { filters }))?.results ?? []));
      const results = mergeById(lists).slice(0, MAX_RESULTS);
      const data = await Promise.all(results.map((r) => r.data()));
      if (mine !== seq) return;
      list.replaceChildren(...data.map((d) => resultItem(d, q)));
      status.textContent = data.length ? t.count(mergeById(lists).length, q) : t.empty(q);
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
    timer = setTimeout(() => void run(), 300);
  });
  for (const s of selects) s.addEventListener('change', () => void run());

  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  for (const s of selects) s.value = params.get(s.name) ?? '';
  if (input.value) void run();
}
