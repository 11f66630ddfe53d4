import { describe, expect, it } from 'vitest';
import { relatedOnly } from './links.ts';

const link = (id: string) => ({ id, title: id, href: `/thu-tuc/${id}/` });

describe('related guides of a guide', () => {
  it('a guide done together (liên thông) is not listed again as related', () => {
    const interconnected = [link('dang-ky-khai-sinh'), link('dang-ky-thuong-tru')];
    expect(relatedOnly([link('dang-ky-khai-sinh'), link('dang-ky-thuong-tru')], interconnected)).toEqual([]);
    expect(relatedOnly([link('dang-ky-thuong-tru'), link('cap-ho-chieu')], interconnected)).toEqual([link('cap-ho-chieu')]);
  });

  it('a guide named twice among the related is listed once, in its first place', () => {
    expect(relatedOnly([link('a'), link('b'), link('a')], []).map((l) => l.id)).toEqual(['a', 'b']);
  });
});
