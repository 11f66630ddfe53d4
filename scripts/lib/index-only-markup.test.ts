import { describe, expect, it } from 'vitest';
import { stripIndexOnlyMarkup } from './index-only-markup.ts';

describe('stripIndexOnlyMarkup', () => {
  it('removes the search alias and keeps everything else', () => {
    const head =
      '<meta name="description" content="Đăng ký"><meta name="search-alias" data-pagefind-meta="search_alias[content]" content="dang ky khai sinh | giay chung sinh">' +
      '<meta name="search-kind" data-pagefind-meta="kind[content]" content="Hướng dẫn thủ tục">';
    expect(stripIndexOnlyMarkup(head)).toBe(
      '<meta name="description" content="Đăng ký"><meta name="search-kind" data-pagefind-meta="kind[content]" content="Hướng dẫn thủ tục">',
    );
  });
  it('leaves a page without an alias unchanged', () => {
    const page = '<html lang="vi"><head><title>T</title></head><body><p>search_alias</p></body></html>';
    expect(stripIndexOnlyMarkup(page)).toBe(page);
  });
});
