import { describe, expect, it } from 'vitest';
import { foldQuery } from '../../utils/fold.ts';
import { answers, landingUrl, matchesAllWords, mergeById, phraseTier, queryVariants, rerank } from './search.ts';

describe('Vietnamese folding for search', () => {
  it('folds the query fully, đ and Đ included', () => {
    expect(foldQuery('  Đăng ký   KINH doanh ')).toBe('dang ky kinh doanh');
    expect(foldQuery('sổ đỏ')).toBe('so do');
    expect(foldQuery('ĐẤT ĐAI')).toBe('dat dai');
  });

  it('searches as typed, so exact tones rank first, and folded too when it holds đ (Pagefind folds the other marks)', () => {
    expect(queryVariants('sổ đỏ')).toEqual(['sổ đỏ', 'so do']);
    expect(queryVariants('ĐẤT  đai')).toEqual(['ĐẤT đai', 'dat dai']);
    expect(queryVariants('thường trú')).toEqual(['thường trú']);
    expect(queryVariants('dang ky kinh doanh')).toEqual(['dang ky kinh doanh']);
    expect(queryVariants('   ')).toEqual([]);
  });

  it('each page appears once when both queries find it, in the order of the typed query', () => {
    const a = [{ id: 'x' }, { id: 'y' }];
    const b = [{ id: 'y' }, { id: 'z' }];
    expect(mergeById([a, b]).map((r) => r.id)).toEqual(['x', 'y', 'z']);
  });
});

describe('ranking whole phrases first', () => {
  it('a title with the same tones beats a folded title, which beats an alias phrase, which beats scattered words', () => {
    expect(phraseTier('Xin cấp sổ đỏ lần đầu', '', 'sổ đỏ')).toBe(0);
    expect(phraseTier('Xin cấp sổ đỏ lần đầu', '', 'so do')).toBe(1);
    expect(phraseTier('Cấp giấy phép xây dựng', 'giay chung nhan | so do so hong', 'so do')).toBe(2);
    expect(phraseTier('Đăng ký doanh nghiệp', 'ma so thue | doanh nghiep', 'so do')).toBe(3);
  });

  it('re-ranking is stable inside each tier', () => {
    const r = rerank(
      [
        { title: 'Đăng ký doanh nghiệp', alias: 'ma so thue' },
        { title: 'Cấp giấy phép xây dựng', alias: 'so do' },
        { title: 'Đăng ký hộ kinh doanh', alias: 'ma so ho kinh doanh' },
        { title: 'Xin cấp sổ đỏ lần đầu', alias: '' },
      ],
      'so do',
    );
    expect(r.map((x) => x.title)).toEqual([
      'Xin cấp sổ đỏ lần đầu',
      'Cấp giấy phép xây dựng',
      'Đăng ký doanh nghiệp',
      'Đăng ký hộ kinh doanh',
    ]);
  });
});

describe('where a hit lands', () => {
  const subs = [
    { url: '/thu-tuc/dang-ky-khai-sinh/#cac-buoc', title: 'Các bước thực hiện', locations: [40, 41, 42] },
    { url: '/thu-tuc/dang-ky-khai-sinh/#giay-to-giay-chung-sinh', title: 'Giấy chứng sinh', locations: [12] },
  ];
  const page = { url: '/thu-tuc/dang-ky-khai-sinh/', title: 'Đăng ký khai sinh' };

  it('a search for a paper lands on its checklist item, with or without marks', () => {
    expect(landingUrl(page, subs, 'giay chung sinh')).toBe('/thu-tuc/dang-ky-khai-sinh/#giay-to-giay-chung-sinh');
    expect(landingUrl(page, subs, 'Giấy chứng sinh')).toBe('/thu-tuc/dang-ky-khai-sinh/#giay-to-giay-chung-sinh');
  });

  it("a search naming the page itself opens the page's top", () => {
    expect(landingUrl(page, subs, 'dang ky khai sinh')).toBe(page.url);
  });

  it('short words must be whole words: "do" does not match "đơn" or "doanh"', () => {
    expect(matchesAllWords('Đơn đề nghị đăng ký hộ kinh doanh', 'so do')).toBe(false);
    expect(matchesAllWords('Giấy chứng nhận (sổ đỏ)', 'so do')).toBe(true);
    expect(matchesAllWords('Giấy chứng sinh', 'giay chu')).toBe(true);
  });

  it('on the documents index, the section naming the paper (or its other names) is where it lands', () => {
    const list = { url: '/giay-to/', title: 'Giấy tờ thường dùng', listPage: true };
    const docSubs = [
      { url: '/giay-to/#can-cuoc', title: 'Thẻ căn cước, CCCD, căn cước công dân', locations: [3] },
      { url: '/giay-to/#giay-chung-sinh', title: 'Giấy chứng sinh, chứng sinh', locations: [1, 2, 3, 4] },
    ];
    expect(landingUrl(list, docSubs, 'cccd')).toBe('/giay-to/#can-cuoc');
    expect(landingUrl(list, docSubs, 'khai sinh')).toBe('/giay-to/#giay-chung-sinh');
    expect(landingUrl(list, [], 'khai sinh')).toBe('/giay-to/');
  });
});

describe('whether a result answers the query', () => {
  it('a title or alias holding the whole query, or every word of it, answers', () => {
    expect(answers('Đăng ký thường trú', 'ho khau | so ho khau', 'hộ khẩu')).toBe(true);
    expect(answers('Đăng ký thường trú', '', 'thuong tru')).toBe(true);
    expect(answers('Đăng ký khai sinh', 'giay khai sinh', 'khai sinh giấy')).toBe(true);
  });
  it('a page that only shares a syllable does not', () => {
    expect(answers('Đăng ký thường trú', 'dang ky thuong tru', 'tạm trú')).toBe(false);
    expect(answers('Nguồn số liệu', 'nguon', 'ho chieu')).toBe(false);
  });
});

describe('ranking among titles that hold the whole query', () => {
  it('puts the shorter title first, since the query is more of it', () => {
    const results = [
      { title: 'Đăng ký hộ kinh doanh', alias: '' },
      { title: 'Mở hộ kinh doanh', alias: 'mo cua hang | mo quan' },
    ];
    expect(rerank(results, 'hộ kinh doanh').map((r) => r.title)).toEqual(['Mở hộ kinh doanh', 'Đăng ký hộ kinh doanh']);
    // An alias-only match keeps Pagefind's order behind every title match.
    expect(rerank([{ title: 'Sinh con', alias: 'ho kinh doanh' }, ...results], 'ho kinh doanh').map((r) => r.title)[2]).toBe('Sinh con');
  });
});
