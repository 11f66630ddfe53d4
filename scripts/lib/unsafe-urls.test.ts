import { describe, expect, it } from 'vitest';
import { mayHoldUnsafeUrl, unsafeUrls } from './unsafe-urls.ts';

const page = (body: string, head = '') => `<!doctype html><html lang="vi"><head>${head}</head><body>${body}</body></html>`;

describe('no built page holds a javascript: or data: address', () => {
  it('finds them in every attribute a browser follows, entities and spaces decoded', () => {
    const html = page(
      [
        '<a href=" java&#115;cript:alert(1)">a</a>',
        '<a href="JAVA&#x09;SCRIPT:alert(2)">b</a>',
        '<img src="data:image/svg+xml,<svg/>" alt="">',
        '<img srcset="/a.png 1x, data:image/png;base64,AA 2x" alt="">',
        '<form action="javascript:x"><button formaction="data:text/html,x">b</button></form>',
        '<svg><a xlink:href="javascript:z"><text>z</text></a></svg>',
      ].join(''),
      `<meta http-equiv="Refresh" content="0; URL='java&#115;cript:x'">`,
    );
    expect(unsafeUrls(html)).toHaveLength(8);
  });

  it.each([
    '<a href=" java&#115;cript:alert(1)">a</a>',
    '<a href="java&#115cript:alert(1)">a</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;x">a</a>',
    '<a href="&#x6A;avascript&colon;x">a</a>',
    '<a href="JAVA&#x09;SCRIPT:alert(2)">b</a>',
    '<a href="java&Tab;script:x">b</a>',
    '<a href="java&NewLine;script:x">b</a>',
    '<a href="java\nscript:x">b</a>',
    '<a href="vbscript:x">b</a>',
    '<img src="data:image/svg+xml,<svg/>" alt="">',
    '<img srcset="/a.png 1x, data:image/png;base64,AA 2x" alt="">',
    '<svg><a xlink:href="javascript:z"><text>z</text></a></svg>',
  ])('the quick scan never lets through what the parser refuses: %s', (snippet) => {
    const html = page(snippet);
    expect(mayHoldUnsafeUrl(html)).toBe(true);
    expect(unsafeUrls(html)).toHaveLength(1);
  });

  it("skips parsing a page whose only 'data:' is in Astro's CSP meta", () => {
    const csp = `<meta http-equiv="content-security-policy" content="default-src 'self';img-src 'self' data:;">`;
    expect(mayHoldUnsafeUrl(page('<a href="/a/">a</a>', csp))).toBe(false);
    expect(mayHoldUnsafeUrl(page('<a href="data:x">a</a>', csp))).toBe(true);
  });

  it('passes ordinary pages: site, web, mail and phone links, a refresh to a page of the site', () => {
    const html = page(
      '<a href="/thu-tuc/">a</a><a href="https://dichvucong.gov.vn">b</a><a href="mailto:a@b.vn">c</a><a href="tel:1022">d</a><img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="">',
      '<meta http-equiv="refresh" content="0;url=/bao-cao/">',
    );
    expect(unsafeUrls(html)).toEqual([]);
  });
});

describe('the build check uses it', () => {
  it('a built page with a javascript: link fails the build check, naming the page', async () => {
    const { mkdtempSync, mkdirSync, writeFileSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const { checkBuild } = await import('../check-build.ts');
    const dist = mkdtempSync(join(tmpdir(), 'unsafe-urls-'));
    mkdirSync(join(dist, 'bao-cao'));
    writeFileSync(join(dist, 'bao-cao', 'index.html'), page('<a href="java&#115;cript:alert(1)">x</a>'));
    const errors = checkBuild(dist).errors.filter((e) => e.includes('javascript:'));
    rmSync(dist, { recursive: true });
    expect(errors).toEqual([expect.stringMatching(/^\/bao-cao\/: địa chỉ javascript:\/data: trong trang/)]);
  });
});
