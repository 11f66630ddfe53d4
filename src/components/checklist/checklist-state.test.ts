import { describe, expect, it } from 'vitest';
import { CHECKLIST_STORE_VERSION, isStaleKey, readTicks, storageKey, writeTicks } from './checklist-state.ts';

const KEYS = ['giay-chung-sinh', 'can-cuoc', 'rieng-1'];

describe('ticks kept on the device', () => {
  it('a ticked list survives a round trip through storage', () => {
    const raw = writeTicks(['can-cuoc', 'giay-chung-sinh'], new Date('2026-11-28T08:00:00Z'));
    expect(raw).not.toBeNull();
    expect([...readTicks(raw, KEYS)].sort()).toEqual(['can-cuoc', 'giay-chung-sinh']);
    expect(JSON.parse(raw!)).toMatchObject({ v: CHECKLIST_STORE_VERSION, saved: '2026-11-28T08:00:00.000Z' });
  });

  it('nothing ticked removes the stored entry instead of keeping an empty one', () => {
    expect(writeTicks([])).toBeNull();
  });

  it('nothing stored yet gives an empty checklist', () => {
    expect(readTicks(null, KEYS).size).toBe(0);
    expect(readTicks(undefined, KEYS).size).toBe(0);
    expect(readTicks('', KEYS).size).toBe(0);
  });

  it('corrupt stored data is ignored, never a crash', () => {
    for (const raw of ['{', 'null', '42', '"text"', '[]', '{"v":2,"ticked":"can-cuoc"}', '{"v":2}', '{"ticked":["can-cuoc"]}']) {
      expect(readTicks(raw, KEYS).size, raw).toBe(0);
    }
  });

  it('data written by an older version of the site is ignored', () => {
    expect(readTicks(JSON.stringify({ v: 1, ticked: ['can-cuoc'] }), KEYS).size).toBe(0);
    expect(readTicks(JSON.stringify(['can-cuoc']), KEYS).size).toBe(0);
  });

  it('papers no longer on the checklist, and non-text entries, are dropped', () => {
    const raw = JSON.stringify({ v: CHECKLIST_STORE_VERSION, ticked: ['can-cuoc', 'so-ho-khau', 7, null] });
    expect([...readTicks(raw, KEYS)]).toEqual(['can-cuoc']);
  });

  it('each checklist has its own versioned key, and older versions of it are recognised as stale', () => {
    const key = storageKey('thu-tuc/dang-ky-khai-sinh');
    expect(key).toBe(`motcua.checklist.v${CHECKLIST_STORE_VERSION}.thu-tuc/dang-ky-khai-sinh`);
    expect(storageKey('su-kien/sinh-con')).not.toBe(key);
    expect(isStaleKey('motcua.checklist.v1.thu-tuc/dang-ky-khai-sinh', 'thu-tuc/dang-ky-khai-sinh')).toBe(true);
    expect(isStaleKey(key, 'thu-tuc/dang-ky-khai-sinh')).toBe(false);
    expect(isStaleKey('motcua.checklist.v1.thu-tuc/dang-ky-thuong-tru', 'thu-tuc/dang-ky-khai-sinh')).toBe(false);
    expect(isStaleKey('other-app.thu-tuc/dang-ky-khai-sinh', 'thu-tuc/dang-ky-khai-sinh')).toBe(false);
  });
});
