/**
 * The content pass against the rule facts, as the citizen sees it in the built pages: facts that
 * no source gives are not published anywhere, today's office is called by today's name, a
 * replaced circular is never cited as current, and "Nộp trực tuyến" is a button only where the
 * content gives the procedure's own page, leading exactly there.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { builtPages } from './browser.ts';
import { readContent } from '../../src/checks/read-content.ts';

const dist = inject('distDir');
const pages = builtPages().filter((p) => p.endsWith('/'));
const html = (path: string): string => readFileSync(join(dist, path, 'index.html'), 'utf8');
/** The page's text, tags and the search-only alias left out, spaces collapsed. */
const text = (path: string): string =>
  html(path)
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|\s+/g, ' ');

/** Statements the content once made that neither facts file supports (see content/doi-chieu-nguon.md). */
const REMOVED: string[] = [
  'Trước đây cha mẹ phải đến ba nơi',
  'không phải đến ba cơ quan',
  'nhánh 7, 8: thủ tục hành chính',
  'Tổng đài Hà Nội',
  'nhà thường nằm trong khu vực có quy hoạch',
  'in trên thẻ căn cước',
  'ghi vào sổ hộ tịch',
  'khai báo lao động được liên thông',
  'hoặc nhận kết quả thay bạn',
  'Điền trực tiếp trên cổng dịch vụ công',
];

describe('facts without a source are not published', () => {
  it('there are pages to check', () => expect(pages.length).toBeGreaterThan(20));

  for (const phrase of REMOVED) {
    it(`no page says "${phrase}"`, () => {
      expect(pages.filter((p) => text(p).includes(phrase))).toEqual([]);
    });
  }

  it('TT 86/2024/TT-BTC is never cited without saying it was replaced from 01/07/2026', () => {
    const cited = pages.flatMap((p) => [...text(p).matchAll(/[^.;]*86\/2024[^.;]*[.;]?(?:[^.;]*[.;])?/g)].map((m) => [p, m[0]] as const));
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter(([, s]) => !/thay thế/.test(s))).toEqual([]);
  });

  it('the online birth bundle states neither 0 trips nor a fully online level', () => {
    const t = text('/thu-tuc/lien-thong-khai-sinh-thuong-tru-bhyt/');
    expect(t).not.toMatch(/\b0 lần\b/);
    expect(t).not.toContain('Trực tuyến toàn trình');
  });

  it('the building permit and company guides no longer list an authorisation letter', () => {
    for (const slug of ['cap-giay-phep-xay-dung-nha-o-rieng-le', 'dang-ky-doanh-nghiep-va-ma-so-thue'])
      expect(html(`/thu-tuc/${slug}/`), slug).not.toContain('id="giay-to-van-ban-uy-quyen"');
  });

  it('pages about today call the office by today\'s name: "Bộ phận Một cửa" only in the 2016 report and its charts', () => {
    const today = pages.filter((p) => !p.startsWith('/bao-cao/') && !p.startsWith('/nhung/'));
    expect(today.filter((p) => /bộ phận một cửa/i.test(text(p)))).toEqual([]);
  });
});

describe('"Nộp trực tuyến" leads to the page the content gives, or is not a button', () => {
  const { content } = readContent(process.cwd(), '2026-11-28');
  const guides = content.procedures.filter((p) => !p.data.draft);

  for (const g of guides) {
    it(`${g.id}: ${g.data.onlineUrl ? 'one button to its onlineUrl' : 'no button'}`, () => {
      const buttons = [...html(`/thu-tuc/${g.id}/`).matchAll(/<a [^>]*data-online-button[^>]*>/g)].map((m) =>
        /href="([^"]+)"/.exec(m[0])?.[1]?.replace(/&amp;/g, '&'),
      );
      expect(buttons).toEqual(g.data.onlineUrl ? [g.data.onlineUrl] : []);
    });
  }

  it('the household business guide has its portal entry page as the button', () => {
    expect(html('/thu-tuc/dang-ky-ho-kinh-doanh/')).toMatch(
      /<a [^>]*href="https:\/\/dichvucong\.gov\.vn\/thu-tuc-hanh-chinh\/019d2bfb-d76d-737f-81b9-69258b07240b"[^>]*data-online-button/,
    );
  });

  it('a form without an official link says so instead of a bare name', () => {
    expect(text('/thu-tuc/dang-ky-dat-dai-cap-giay-chung-nhan-lan-dau/')).toMatch(/Mẫu số 15[^—]*— chưa có đường dẫn tới mẫu chính thức/);
  });
});
