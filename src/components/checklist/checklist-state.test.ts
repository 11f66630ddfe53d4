import { describe, expect, it } from 'vitest';
import {
  CHECKLIST_STORE_VERSION,
  PAPERS_KEY,
  isStaleKey,
  migrate,
  migratedKey,
  readPapers,
  readTicks,
  shareUrl,
  storageKey,
  ticksFromSearch,
  updatePapers,
  withoutShareParam,
  writePapers,
  writeTicks,
} from './checklist-state.ts';

const KEYS = ['giay-chung-sinh', 'can-cuoc', 'rieng-1'];
const BAD = ['{', 'null', '42', '"text"', '[]', '{"v":3,"ticked":"can-cuoc"}', '{"v":3}', '{"ticked":["can-cuoc"]}'];

describe('ticks kept on the device', () => {
  it("a page's one-off papers survive a round trip through storage", () => {
    const raw = writeTicks(['rieng-1'], new Date('2026-11-28T08:00:00Z'));
    expect([...readTicks(raw, KEYS)]).toEqual(['rieng-1']);
    expect(JSON.parse(raw!)).toMatchObject({ v: CHECKLIST_STORE_VERSION, saved: '2026-11-28T08:00:00.000Z' });
  });

  it('nothing ticked removes the stored entry instead of keeping an empty one', () => {
    expect(writeTicks([])).toBeNull();
    expect(writePapers([])).toBeNull();
  });

  it('nothing stored yet gives an empty checklist', () => {
    for (const raw of [null, undefined, '']) {
      expect(readTicks(raw, KEYS).size).toBe(0);
      expect(readPapers(raw).size).toBe(0);
    }
  });

  it('corrupt stored data is ignored, never a crash, for the page entry and for the shared papers', () => {
    for (const raw of BAD) {
      expect(readTicks(raw, KEYS).size, raw).toBe(0);
      expect(readPapers(raw.replace('"v":3', '"v":1')).size, raw).toBe(0);
    }
    expect([...readPapers('{"v":1,"ticked":["can-cuoc",7,null]}')]).toEqual(['can-cuoc']);
  });

  it('papers no longer on the checklist, and non-text entries, are dropped', () => {
    const raw = JSON.stringify({ v: CHECKLIST_STORE_VERSION, ticked: ['rieng-1', 'so-ho-khau', 7, null] });
    expect([...readTicks(raw, KEYS)]).toEqual(['rieng-1']);
  });

  it('each page has its own versioned key; older versions of it are recognised as stale', () => {
    const key = storageKey('thu-tuc/dang-ky-khai-sinh');
    expect(key).toBe(`motcua.checklist.v${CHECKLIST_STORE_VERSION}.thu-tuc/dang-ky-khai-sinh`);
    expect(storageKey('su-kien/sinh-con')).not.toBe(key);
    expect(isStaleKey('motcua.checklist.v1.thu-tuc/dang-ky-khai-sinh', 'thu-tuc/dang-ky-khai-sinh')).toBe(true);
    expect(isStaleKey(migratedKey('thu-tuc/dang-ky-khai-sinh'), 'thu-tuc/dang-ky-khai-sinh')).toBe(true);
    expect(isStaleKey(key, 'thu-tuc/dang-ky-khai-sinh')).toBe(false);
    expect(isStaleKey('motcua.checklist.v1.thu-tuc/dang-ky-thuong-tru', 'thu-tuc/dang-ky-khai-sinh')).toBe(false);
    expect(isStaleKey(PAPERS_KEY, 'thu-tuc/dang-ky-khai-sinh')).toBe(false);
  });
});

describe('a registry paper ticked once for the person', () => {
  it("a page's change updates only its own papers and keeps papers ticked elsewhere", () => {
    const stored = new Set(['can-cuoc', 'giay-chung-nhan-ket-hon']);
    const next = updatePapers(stored, [
      { doc: 'can-cuoc', checked: false },
      { doc: 'giay-chung-sinh', checked: true },
    ]);
    expect([...next].sort()).toEqual(['giay-chung-nhan-ket-hon', 'giay-chung-sinh']);
    expect([...stored].sort()).toEqual(['can-cuoc', 'giay-chung-nhan-ket-hon']);
    expect([...readPapers(writePapers(next))].sort()).toEqual(['giay-chung-nhan-ket-hon', 'giay-chung-sinh']);
  });

  it('ticks stored by the previous version (all per page) move: registry papers to the shared entry, one-off papers stay', () => {
    const v2 = JSON.stringify({ v: 2, ticked: ['giay-chung-sinh', 'rieng-1', 7], saved: '2026-11-28T08:00:00Z' });
    const docs = new Map([['giay-chung-sinh', 'giay-chung-sinh']]);
    expect(migrate(v2, docs)).toEqual({ papers: ['giay-chung-sinh'], page: ['rieng-1'] });
    for (const raw of [...BAD, null]) expect(migrate(raw, docs)).toEqual({ papers: [], page: [] });
  });
});

describe('a link that carries the ticks, for a family member', () => {
  const url = 'https://example.vn/su-kien/sinh-con/';

  it('round trip: the ticked keys go into ?da-co= and come back, unknown keys dropped', () => {
    const link = shareUrl(url, ['giay-chung-sinh', 'can-cuoc']);
    expect(link).toBe('https://example.vn/su-kien/sinh-con/?da-co=can-cuoc,giay-chung-sinh');
    expect([...ticksFromSearch(new URL(link).search, KEYS)!].sort()).toEqual(['can-cuoc', 'giay-chung-sinh']);
    expect([...ticksFromSearch('?da-co=can-cuoc,so-ho-khau,%3Cb%3E', KEYS)!]).toEqual(['can-cuoc']);
  });

  it('nothing ticked gives the plain address; a link without the parameter carries nothing', () => {
    expect(shareUrl(url, [])).toBe(url);
    expect(ticksFromSearch('', KEYS)).toBeNull();
    expect(ticksFromSearch('?q=1', KEYS)).toBeNull();
    expect(ticksFromSearch('?da-co=', KEYS)!.size).toBe(0);
  });

  it('the anchor is kept; the address bar loses only the ticks once applied', () => {
    expect(shareUrl(`${url}?da-co=rieng-1#giay-to-can-cuoc`, ['can-cuoc'])).toBe(`${url}?da-co=can-cuoc#giay-to-can-cuoc`);
    expect(withoutShareParam(`${url}?da-co=can-cuoc#giay-to-can-cuoc`)).toBe(`${url}#giay-to-can-cuoc`);
  });
});
