import { describe, expect, it } from 'vitest';
import { smallContent } from '../../tests/content-set.ts';
import type { ContentSet } from '../checks/content-set.ts';
import { cacheKeyOf, keyedGuidePages, keyedLifeEventPages } from './cache-key.ts';

const settings = { siteUrl: 'https://motcua.example.vn', editBaseUrl: 'https://example.invalid/edit/content/', siteName: 'Một cửa' };

/** Each page's key, by URL slug. */
function keys(content: ContentSet, s = settings): Map<string, string> {
  return new Map([...keyedGuidePages(content, s), ...keyedLifeEventPages(content, s)].map((p) => [p.params.slug, p.cacheKey]));
}

/** The slugs whose key differs after `change`. */
function changedBy(change: (c: ContentSet) => void, s = settings): string[] {
  const before = keys(smallContent());
  const content = smallContent();
  change(content);
  const after = keys(content, s);
  return [...after].filter(([slug, key]) => before.get(slug) !== key).map(([slug]) => slug);
}

const allPages = () => [...keys(smallContent()).keys()];
const guidesShowing = (doc: string) =>
  smallContent()
    .procedures.filter((p) => p.data.requirements.some((r) => r.document === doc))
    .map((p) => p.id);

describe('incremental build cache keys: a change to what a page shows re-renders it, and nothing else', () => {
  it('the same content gives the same keys', () => {
    expect(changedBy(() => undefined)).toEqual([]);
    expect(cacheKeyOf({ a: 1 }, 'x')).toBe(cacheKeyOf({ a: 1 }, 'x'));
  });

  it('settings (printed by every layout) change every key', () => {
    expect(changedBy(() => undefined, { ...settings, siteName: 'Tên mới' }).sort()).toEqual(allPages().sort());
  });

  it("a field's name changes the keys of the guides in that field", () => {
    const changed = changedBy((c) => {
      c.fields[1]!.data = { ...c.fields[1]!.data, name: 'Cư trú (mới)' };
    });
    expect(changed).toContain('dang-ky-thuong-tru');
    expect(changed).not.toContain('dang-ky-khai-sinh');
  });

  it("an agency's name changes the keys of the guides that show that agency", () => {
    const changed = changedBy((c) => {
      c.agencies[0]!.data = { ...c.agencies[0]!.data, name: 'Ủy ban nhân dân phường (mới)' };
    });
    const showing = smallContent()
      .procedures.filter((p) => JSON.stringify([p.data.decidingAgency, p.data.submitAt, p.data.coordinating]).includes('"ubnd-phuong"'))
      .map((p) => p.id);
    expect(showing.length).toBeGreaterThan(0);
    for (const id of showing) expect(changed).toContain(id);
  });

  it("a registry document's name changes the keys of exactly the guides that ask for it (and life events that list it)", () => {
    const changed = changedBy((c) => {
      c.documents[0]!.data = { ...c.documents[0]!.data, name: 'Giấy chứng sinh (mẫu mới)' };
    });
    const showing = guidesShowing('giay-chung-sinh');
    const events = smallContent().lifeEvents.map((e) => e.id);
    expect(showing).toContain('dang-ky-thuong-tru');
    for (const id of showing) expect(changed).toContain(id);
    for (const id of changed) expect([...showing, ...events]).toContain(id);
  });

  it("a guide's Markdown (its digest) changes its own key only", () => {
    const changed = changedBy((c) => {
      c.procedures[0]!.digest = 'khac';
    });
    expect(changed).toEqual([smallContent().procedures[0]!.id]);
  });

  it("a linked guide's title changes the keys of the pages that link to it", () => {
    const changed = changedBy((c) => {
      const p = c.procedures[1]!;
      p.data = { ...p.data, title: 'Đăng ký thường trú (tên mới)' };
    });
    expect(changed).toContain('dang-ky-thuong-tru');
    const linking = smallContent().procedures.filter((p) => [...p.data.related, ...p.data.interconnected].includes('dang-ky-thuong-tru'));
    for (const p of linking) expect(changed).toContain(p.id);
  });
});
