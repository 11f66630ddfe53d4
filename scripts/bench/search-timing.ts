/**
 * Search speed as a citizen feels it, in Chromium: on /tim-kiem/, the time from the last
 * keystroke of a query to its results drawn on screen (the next frame after the list and status
 * changed), over 20 queries, and the bytes the first search downloads (Pagefind's script,
 * WebAssembly, index chunks and fragments, as served by scripts/serve.ts, uncompressed).
 */
import type { AddressInfo } from 'node:net';
import { chromium } from 'playwright-core';
import { startServer } from '../serve.ts';
import { ensureChromium } from '../../tests/e2e/find-chromium.ts';

export const QUERIES = [
  'khai sinh',
  'thường trú',
  'giấy phép xây dựng',
  'hộ kinh doanh',
  'đất đai',
  'căn cước',
  'dang ky',
  'ket hon',
  'mẫu số 1234',
  'doanh nghiệp',
  'mã số thuế',
  'bảo hiểm y tế',
  'chứng thực',
  'giay chung nhan',
  'lệ phí',
  'ủy quyền',
  'xây nhà',
  'tờ khai',
  'sổ đỏ',
  'liên thông',
];

export interface SearchTimings {
  median: number;
  p95: number;
  times: number[];
  firstSearchBytes: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** Types `q` (all but the last letter silently, then the last as a real keystroke) and waits for its results. */
const MEASURE = `async (q) => {
  const input = document.getElementById('tu-khoa');
  const status = document.getElementById('trang-thai-tim-kiem');
  input.value = q.slice(0, -1);
  input.focus();
  input.setSelectionRange(input.value.length, input.value.length);
  return await new Promise((done) => {
    let t0 = 0;
    const seen = () => status.textContent.includes('“' + q + '”');
    const obs = new MutationObserver(() => {
      if (!t0 || !seen()) return;
      obs.disconnect();
      requestAnimationFrame(() => setTimeout(() => done(performance.now() - t0), 0));
    });
    obs.observe(status, { childList: true, characterData: true, subtree: true });
    // Capture phase: runs before the page's own input handler, whatever key made the letter.
    window.addEventListener('input', () => { t0 = performance.now(); }, { capture: true, once: true });
    window.__ready = true;
  });
}`;

export async function searchTimings(dist: string, queries = QUERIES): Promise<SearchTimings> {
  const server = await startServer(dist, 0);
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/tim-kiem/`, { waitUntil: 'networkidle' });
    let bytes = 0;
    let counting = true;
    page.on('response', (r) => {
      if (counting)
        void r.body().then(
          (b) => (bytes += b.length),
          () => undefined,
        );
    });
    const times: number[] = [];
    for (const [i, q] of queries.entries()) {
      await page.evaluate('window.__ready = false');
      const result = page.evaluate(`(${MEASURE})(${JSON.stringify(q)})`) as Promise<number>;
      result.catch(() => undefined); // awaited below; a failure before that must not go unhandled
      await page.waitForFunction('window.__ready === true');
      await page.keyboard.type(q.slice(-1));
      times.push(await result);
      if (i === 0) {
        await page.waitForLoadState('networkidle');
        counting = false;
      }
    }
    const sorted = [...times].sort((a, b) => a - b);
    return { median: percentile(sorted, 50), p95: percentile(sorted, 95), times, firstSearchBytes: bytes };
  } finally {
    await browser.close();
    server.close();
  }
}
