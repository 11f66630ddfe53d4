/**
 * How sure a fact is, and what changed: a one-source fact says so in words on the page, on paper
 * and in the shared text; a guide has its history; /thay-doi/ lists the changes with anchors and
 * its Atom feed parses as XML with unique ids, RFC 3339 dates and absolute links.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launch, open } from './browser.ts';

const MARK = 'một nguồn — hãy xác nhận với nơi nộp hồ sơ';
// A guide that states facts with one source (no certainty of its own yet: each fact counts as one source).
// A guide with one-source facts both in its summary and in its checklist.
const GUIDE = '/thu-tuc/dang-ky-ho-kinh-doanh/';
const BUNDLE = '/thu-tuc/lien-thong-khai-sinh-thuong-tru-bhyt/';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('marks of one-source facts', () => {
  it('show as words next to the facts of the summary and the checklist, and stay visible in print', async () => {
    const { page, context, problems } = await open(browser, GUIDE);
    const summaryMarks = page.locator('.guide-summary .fact-mark');
    const paperMarks = page.locator('.checklist .fact-mark');
    expect(await summaryMarks.count()).toBeGreaterThan(0);
    expect(await paperMarks.count()).toBeGreaterThan(0);
    expect(await summaryMarks.first().innerText()).toBe(`(${MARK})`);
    // Screen readers read the checklist item's description, which holds the mark.
    const describedBy = await page.locator('.checklist li[data-key] input').first().getAttribute('aria-describedby');
    expect(await page.locator(`#${describedBy}`).innerText()).toContain(MARK);
    await page.emulateMedia({ media: 'print' });
    const shown = await page.$$eval(
      '.guide-summary .fact-mark, .checklist .fact-mark',
      (els) => els.filter((e) => getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0).length,
    );
    expect(shown).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('travel with the copied checklist text', async () => {
    const { page, context } = await open(browser, GUIDE, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.getByRole('button', { name: 'Sao chép danh sách' }).click();
    await page.waitForFunction(() => /Đã sao chép/.test(document.querySelector('.checklist .progress')?.textContent ?? ''));
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split('\n').filter((l) => l.includes(MARK)).length).toBeGreaterThan(0);
    await context.close();
  });

  it('are inherited by a life event that merges the guides', async () => {
    const { page, context } = await open(browser, '/su-kien/sinh-con/');
    expect(await page.locator('.checklist .fact-mark').count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe('history and the change feed', () => {
  it('a guide lists its changes in force under "Lịch sử thay đổi", with the legal document', async () => {
    const { page, context } = await open(browser, BUNDLE);
    const history = page.locator('section[aria-labelledby="lich-su-thay-doi"]');
    expect(await history.locator('h2').innerText()).toBe('Lịch sử thay đổi');
    expect(await history.innerText()).toMatch(/01\/09\/2026.*301\/2026\/NĐ-CP/s);
    await context.close();
  });

  it('/thay-doi/ gives each change a stable anchor and links its Atom feed', async () => {
    const { page, context, problems } = await open(browser, '/thay-doi/#lien-thong-khai-sinh-thuong-tru-bhyt-2026-09-01');
    const entry = page.locator('li#lien-thong-khai-sinh-thuong-tru-bhyt-2026-09-01');
    expect(await entry.innerText()).toMatch(/301\/2026\/NĐ-CP/);
    expect(await entry.locator(`a[href="${BUNDLE}"]`).count()).toBe(1);
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/thay-doi/feed.xml');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('/thay-doi/feed.xml parses as Atom 1.0: unique ids, RFC 3339 dates, absolute links', async () => {
    const { page, context } = await open(browser, '/thay-doi/');
    const feed = await page.evaluate(async () => {
      const res = await fetch('/thay-doi/feed.xml');
      const doc = new DOMParser().parseFromString(await res.text(), 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const root = doc.documentElement;
      const kids = (el: Element, name: string) => [...el.children].filter((c) => c.namespaceURI === ns && c.localName === name);
      const text = (el: Element, name: string) => kids(el, name)[0]?.textContent ?? null;
      return {
        type: res.headers.get('content-type'),
        error: doc.getElementsByTagName('parsererror').length,
        root: [root.namespaceURI, root.localName],
        id: text(root, 'id'),
        title: text(root, 'title'),
        updated: text(root, 'updated'),
        author: kids(root, 'author').length,
        links: [...doc.getElementsByTagNameNS(ns, 'link')].map((l) => l.getAttribute('href')),
        entries: kids(root, 'entry').map((e) => ({
          id: text(e, 'id'),
          title: text(e, 'title'),
          updated: text(e, 'updated'),
          summary: text(e, 'summary'),
        })),
      };
    });
    // The static server names .xml files by extension; the feed's own link says application/atom+xml.
    expect(feed.type).toMatch(/xml/);
    expect(feed.error).toBe(0);
    expect(feed.root).toEqual(['http://www.w3.org/2005/Atom', 'feed']);
    expect(feed.title).toBeTruthy();
    expect(feed.author).toBe(1);
    expect(feed.entries.length).toBeGreaterThan(0);
    const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
    for (const d of [feed.updated, ...feed.entries.map((e) => e.updated)]) {
      expect(d).toMatch(rfc3339);
      expect(Number.isNaN(Date.parse(d!))).toBe(false);
    }
    const ids = [feed.id, ...feed.entries.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const u of [...ids, ...feed.links]) expect(new URL(u!).protocol).toMatch(/^https?:$/);
    expect(feed.entries.every((e) => e.title && e.summary)).toBe(true);
    await context.close();
  });
});
