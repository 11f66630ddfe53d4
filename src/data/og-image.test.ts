import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { reportOgSvg } from './og-image.ts';
import type { CutRow } from './report.ts';

const require = createRequire(import.meta.url);
const fonts = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((f) => require.resolve(`dejavu-fonts-ttf/ttf/${f}`));
const render = (svg: string) =>
  new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: 'DejaVu Sans' } }).render();
/** Pixels darker than mid-grey: the ink of the text. */
const ink = (svg: string) => {
  const { pixels } = render(svg);
  let n = 0;
  for (let i = 0; i < pixels.length; i += 4) if (pixels[i]! < 128 && pixels[i + 3]! > 0) n++;
  return n;
};
const word = (t: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="80"><rect width="300" height="80" fill="#fff"/><text x="10" y="55" font-size="40" fill="#000">${t}</text></svg>`;

const row = (shortName: string, reduction: number | null, fromTo: string, text: string) =>
  ({ shortName, days: { reduction, bound: reduction === null ? 'unknown' : 'exact', fromTo, text } }) as unknown as CutRow;
const source = { id: 'bao', publisher: 'Kinh tế & Đô thị', title: 'Bài <báo>', date: 2016, kind: 'news' } as const;

describe('share image', () => {
  const svg = reportOgSvg({
    siteName: 'Một cửa',
    title: 'Báo cáo cải cách hành chính',
    rows: [row('Khai sinh – thường trú – BHYT', 25 / 27, '27 → 2 ngày', 'giảm 93%'), row('Không rõ', null, '—', '')],
    source,
  });

  it('shows the headline figures and the source, and leaves out a procedure with no known cut', () => {
    expect(svg).toContain('27 → 2 ngày · giảm 93%');
    expect(svg).not.toContain('Không rõ');
    expect(svg).toContain('Nguồn: Kinh tế &amp; Đô thị, “Bài &lt;báo&gt;” (2016)');
  });

  it('renders a 1200 × 630 PNG', () => {
    const image = render(svg);
    expect([image.width, image.height]).toEqual([1200, 630]);
    expect(image.asPng().subarray(1, 4).toString()).toBe('PNG');
  });

  it('draws Vietnamese letters with their marks from the bundled font (no missing-glyph boxes)', () => {
    // A character the font lacks draws the "missing glyph" box: no Vietnamese letter may look like it.
    const tofu = render(word('\u{10FFFD}')).pixels;
    for (const ch of ['ệ', 'Đ', 'ữ', 'ả', 'ọ', 'ằ']) expect(Buffer.compare(render(word(ch)).pixels, tofu), ch).not.toBe(0);
    // A tone mark adds ink: "ệ" must draw more than "e", "Đ" more than "D".
    expect(ink(word('ệ'))).toBeGreaterThan(ink(word('e')));
    expect(ink(word('Đ'))).toBeGreaterThan(ink(word('D')));
    expect(ink(word('ữ'))).toBeGreaterThan(ink(word('u')));
    expect(ink(word('cải cách'))).toBeGreaterThan(0);
  });
});
