import { describe, expect, it } from 'vitest';
import { foldVietnamese, slugify } from './fold.ts';
import { formatDate, formatNumber, formatPercent, formatVnd } from './format.ts';

describe('Vietnamese folding', () => {
  it('removes tone and vowel marks and folds đ/Đ', () => {
    expect(foldVietnamese('Đăng ký kinh doanh')).toBe('Dang ky kinh doanh');
    expect(foldVietnamese('giấy chứng sinh')).toBe('giay chung sinh');
    expect(foldVietnamese('sổ đỏ, đất đai')).toBe('so do, dat dai');
    expect(foldVietnamese('Ưu tiên Ơn')).toBe('Uu tien On');
  });

  it('folds decomposed input the same as composed', () => {
    expect(foldVietnamese('Đường'.normalize('NFD'))).toBe('Duong');
  });

  it('makes ASCII slugs from Vietnamese names', () => {
    expect(slugify('Đăng ký khai sinh')).toBe('dang-ky-khai-sinh');
    expect(slugify('  Cấp giấy phép xây dựng (nhà ở riêng lẻ)! ')).toBe('cap-giay-phep-xay-dung-nha-o-rieng-le');
  });
});

describe('vi-VN formatting', () => {
  it('formats numbers, money, dates and percentages the Vietnamese way', () => {
    expect(formatNumber(100000)).toBe('100.000');
    expect(formatVnd(100000)).toBe('100.000 đ');
    expect(formatVnd(0)).toBe('Miễn phí');
    expect(formatDate('2026-11-28')).toBe('28/11/2026');
    expect(formatDate(2016)).toBe('2016');
    expect(formatPercent(-25 / 27)).toBe('−93%');
  });
});
