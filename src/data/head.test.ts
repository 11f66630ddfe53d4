import { describe, expect, it } from 'vitest';
import { searchAlias } from './head.ts';

describe('Vietnamese folding for search', () => {
  it("the page alias carries the page's key phrases folded, each once", () => {
    expect(searchAlias(['Đăng ký hộ kinh doanh', undefined, 'đăng ký hộ kinh doanh!', 'Sổ đỏ, sổ hồng'])).toBe(
      'dang ky ho kinh doanh | so do so hong',
    );
  });
});
