import { describe, expect, it } from 'vitest';
import { narrativePlacements, narrativeProblems } from './narrative.ts';
import type { NarrativeSection } from './narrative.ts';

const sections = [
  { id: 'a', guide: { id: 'huong-dan-a' } },
  { id: 'b', guide: { id: 'huong-dan-b' } },
] as unknown as NarrativeSection[];
const full = `
Intro.

<ReformSection procedure="a">
Text.

<ReformChart procedure="a" metric="days" />
<ReformChart procedure="huong-dan-a" metric="trips" />
</ReformSection>

<ReformSection procedure="huong-dan-b">
<ReformChart procedure="b" metric="days" />
<ReformChart procedure="b" metric="trips" />
</ReformSection>
`;

describe('report narrative placements', () => {
  it('reads each section and chart with the section it sits in and its line', () => {
    const p = narrativePlacements(full);
    expect(p.map((x) => [x.component, x.procedure, x.metric, x.inside])).toEqual([
      ['ReformSection', 'a', undefined, undefined],
      ['ReformChart', 'a', 'days', 'a'],
      ['ReformChart', 'huong-dan-a', 'trips', 'a'],
      ['ReformSection', 'huong-dan-b', undefined, undefined],
      ['ReformChart', 'b', 'days', 'huong-dan-b'],
      ['ReformChart', 'b', 'trips', 'huong-dan-b'],
    ]);
    expect(p[1]!.line).toBe(7);
  });

  it('accepts a narrative with every section and chart once, by metric id or guide id', () => {
    expect(narrativeProblems(full, sections)).toEqual([]);
  });

  it('names a chart left out, so a figure never silently drops from the report', () => {
    const problems = narrativeProblems(full.replace('<ReformChart procedure="b" metric="trips" />', ''), sections);
    expect(problems).toEqual([expect.stringContaining('<ReformChart procedure="b" metric="trips" /> (đang có 0)')]);
  });

  it('names a chart placed twice, an unknown procedure, a wrong metric and a chart outside its section', () => {
    const text = `${full}
<ReformChart procedure="a" metric="days" />
<ReformChart procedure="zz" metric="days" />
<ReformSection procedure="b"><ReformChart procedure="b" metric="agencies" /></ReformSection>`;
    const problems = narrativeProblems(text, sections).join('\n');
    expect(problems).toContain('procedure="zz"> không khớp');
    expect(problems).toContain('metric="agencies" phải là "days" hoặc "trips"');
    expect(problems).toContain('biểu đồ của "a" phải nằm trong <ReformSection procedure="a">');
    expect(problems).toContain('metric="days" /> (đang có 2)');
    expect(problems).toContain('<ReformSection procedure="b"> (đang có 2)');
  });
});

describe('the narrative holds only Markdown and the report components', () => {
  const at = (line: string) => narrativeProblems(`---\ntitle: x\n---\n\n${line}\n${full}`, sections);

  it('refuses import/export, {expressions} in text and attributes, spreads and other elements, with the file line', () => {
    expect(at('export const a = 1')).toEqual([expect.stringMatching(/bao-cao\.mdx:5: dòng "import"\/"export" là mã lệnh/)]);
    expect(at('Tổng: {1 + 1}.')[0]).toMatch(/:5: "\{1 \+ 1\}" là mã lệnh/);
    expect(at('<ReformChart procedure={"a"} metric="days" />').join('\n')).toMatch(
      /:5: thuộc tính procedure của <ReformChart> phải là chữ/,
    );
    expect(at('<ReformSection {...props} />').join('\n')).toMatch(/:5: thẻ <ReformSection> có \{…\}/);
    expect(at('<ReformChart procedure="a" metric="days" onClick="x" />').join('\n')).toMatch(/không có thuộc tính "onClick"/);
    expect(at('<meta http-equiv="refresh" content="0;url=https://example.com/" />')[0]).toMatch(/:5: thẻ <meta> không được phép/);
    expect(at('Chữ <b>đậm</b>.')[0]).toMatch(/:5: thẻ <b> không được phép/);
  });

  it('an element left open or a stray brace is a parse error naming its line, not a crash', () => {
    expect(at('<meta http-equiv="refresh" content="0;url=https://example.com/">')[0]).toMatch(/bao-cao\.mdx:\d+: tệp \.mdx có lỗi cú pháp/);
    expect(at('Chữ { chưa đóng')[0]).toMatch(/lỗi cú pháp/);
  });

  it('refuses javascript: links in the narrative too, entities decoded', () => {
    expect(at('[x](java&#115;cript:alert(1))')[0]).toMatch(/:5: liên kết "javascript:alert\(1\)" không được phép/);
  });
});
