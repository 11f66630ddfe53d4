import { describe, expect, it } from 'vitest';
import { checkBody, splitBody } from './body-check.ts';

const published = { draft: false, mdx: false, firstLine: 10 };
const errorsOf = (body: string, opts = published) => checkBody(body, opts).filter((p) => p.severity === 'error');

describe('Markdown body of a guide', () => {
  it('accepts plain Markdown: sections, lists, bold, site and web links, code with HTML in it', () => {
    const body = [
      '## Nên làm liên thông',
      '',
      'Nếu con **dưới 6 tuổi** (< 6), xem [hướng dẫn](/thu-tuc/dang-ky-khai-sinh/) hoặc <https://dichvucong.gov.vn>.',
      '',
      '- Gọi [024.1022](tel:0241022) trước; xem [Luật (bản 2020)](https://example.gov.vn/luat_(2020)).',
      '- Ghi `<b>` nguyên văn, hoặc \\<b> cũng được.',
      '',
      '```',
      '<script>chỉ là ví dụ trong khối mã</script>',
      '```',
    ].join('\n');
    expect(checkBody(body, published)).toEqual([]);
  });

  it('refuses a <script> tag, with the line in the whole file', () => {
    const [p] = errorsOf('## Lưu ý\n\n<script>alert(1)</script>');
    expect(p).toMatchObject({ line: 12, severity: 'error' });
    expect(p!.message).toMatch(/<script>.*\/ raw HTML/);
  });

  it('refuses raw HTML, inline event handlers and HTML comments, even in a draft', () => {
    const draft = { ...published, draft: true };
    for (const html of [
      '<div>x</div>',
      'Bấm <a href="/" onclick="x()">đây</a>',
      '<img src=x onerror=alert(1)>',
      '<!-- ghi chú -->',
      '<IFRAME src="/">',
    ]) {
      expect(errorsOf(`## Lưu ý\n\n${html}`, draft), html).toHaveLength(1);
    }
  });

  it('refuses javascript:, data: and vbscript: links in every link syntax', () => {
    for (const link of ['[x](javascript:alert(1))', '<javascript:alert(1)>', '[x]: data:text/html,hi', '[x](VBScript:msgbox)']) {
      const [p] = errorsOf(`## Lưu ý\n\n${link}`);
      expect(p?.message, link).toMatch(/không được phép/);
    }
  });

  it('refuses images from other sites, accepts images stored on this site', () => {
    expect(errorsOf('## Lưu ý\n\n![Mẫu](https://cdn.example.com/a.png)')[0]!.message).toMatch(/trang khác/);
    expect(errorsOf('## Lưu ý\n\n![Mẫu](//cdn.example.com/a.png)')).toHaveLength(1);
    expect(errorsOf('## Lưu ý\n\n![Mẫu tờ khai](/anh/to-khai.png)')).toEqual([]);
  });

  it('refuses a level-1 heading (the page title comes from "title"), written with # or ===', () => {
    expect(errorsOf('# Lưu ý\n\nChữ.')[0]!.message).toMatch(/tiêu đề cấp 1/);
    expect(errorsOf('Lưu ý\n===\n\nChữ.')[0]!.message).toMatch(/cấp 1/);
  });

  it('needs the "Lưu ý" text and no empty section in a published guide; only reminds in a draft', () => {
    expect(errorsOf('\n\n')[0]!.message).toMatch(/thiếu mục "Lưu ý"/);
    expect(errorsOf('## Khi nộp thay\n\n## Lệ phí\n\nMiễn phí.')[0]).toMatchObject({ line: 10 });
    expect(errorsOf('## Lệ phí\n\n### Đúng hạn\n\nMiễn phí.')).toEqual([]);
    const draft = checkBody('', { ...published, draft: true });
    expect(draft.map((p) => p.severity)).toEqual(['warning']);
  });

  it('lists placeholder lines in a draft as one warning, and refuses each in a published guide', () => {
    const body = '## CHƯA ĐIỀN: tiêu đề\n\nCHƯA ĐIỀN: vài câu.';
    expect(checkBody(body, { ...published, draft: true })).toMatchObject([{ severity: 'warning', line: 10 }]);
    expect(errorsOf(body).map((p) => p.line)).toEqual([10, 12]);
  });

  it('refuses code in an .mdx body: import/export lines and { } expressions', () => {
    const mdx = { ...published, mdx: true };
    expect(errorsOf('import X from "./x.astro";\n\n## Lưu ý\n\nChữ.', mdx)[0]!.message).toMatch(/import/);
    expect(errorsOf('## Lưu ý\n\nTổng {1 + 1}.', mdx)[0]!.message).toMatch(/\{ \}/);
    expect(errorsOf('## Lưu ý\n\nTổng {1 + 1}.')).toEqual([]);
  });

  it('reports a code block left open', () => {
    expect(errorsOf('## Lưu ý\n\n```\nmã')[0]!.message).toMatch(/chưa đóng/);
  });

  it('finds where the body starts after the frontmatter', () => {
    expect(splitBody('---\ntitle: x\n---\n\nChữ.')).toEqual({ body: '\nChữ.', firstLine: 4 });
    expect(splitBody('Không có phần đầu')).toEqual({ body: 'Không có phần đầu', firstLine: 1 });
  });
});

describe('the parse decides, not the look of the text', () => {
  const mdx = { ...published, mdx: true };

  it('refuses a link whose scheme is hidden behind HTML entities, inline or as a reference definition', () => {
    for (const link of [
      '[x](java&#115;cript:alert(1))',
      '[x][d]\n\n[d]: &#106;avascript:alert(1)',
      '[x](&#x6A;avascript&colon;alert(1))',
    ]) {
      const errors = errorsOf(`## Lưu ý\n\n${link}`);
      expect(errors.map((p) => p.message).join('\n'), link).toMatch(/liên kết "javascript:alert\(1\)" không được phép/);
    }
  });

  it('refuses an address a browser reads as javascript: despite spaces and tabs', () => {
    expect(errorsOf('## Lưu ý\n\n[x](<java\tscript:alert(1)>)')[0]?.message).toMatch(/không được phép/);
  });

  it('an escaped backtick does not hide an expression in an .mdx body', () => {
    const [p] = errorsOf('## Lưu ý\n\nChữ \\`{require("node:fs").writeFileSync("x", "y")}` chữ.', mdx);
    expect(p).toMatchObject({ line: 12 });
    expect(p!.message).toMatch(/là mã lệnh/);
  });

  it('a guide saved as .mdx may hold no element at all, and a stray "{" names its line', () => {
    expect(errorsOf('## Lưu ý\n\n<ReformChart procedure="x" metric="days" />', mdx)[0]!.message).toMatch(/<ReformChart> không được phép/);
    expect(errorsOf('## Lưu ý\n\nChữ {1 + ', mdx)[0]).toMatchObject({ line: 12 });
  });

  it('accepts code spans and blocks that show code, in .md and .mdx alike', () => {
    const body = '## Lưu ý\n\nViết `{x}` hoặc `<b>`.\n\n```\n{1 + 1}\n```';
    expect(errorsOf(body, mdx)).toEqual([]);
    expect(errorsOf(body)).toEqual([]);
  });
});

describe('an .mdx guide is read as MDX for code and as Markdown for what it renders', () => {
  it('reports a javascript: link once, though both readings see it', () => {
    const errors = errorsOf('## Lưu ý\n\nXem [x](javascript:alert(1)).', { ...published, mdx: true });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/không được phép/);
  });
});
