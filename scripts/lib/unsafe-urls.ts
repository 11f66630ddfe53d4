/**
 * A second guard behind the content checker: no built page may hold a `javascript:` or `data:`
 * address where a browser would follow or load it (href, src, action, formaction, srcset, poster,
 * xlink:href, or a `<meta http-equiv="refresh">`). Pages are parsed as a browser parses them
 * (Sätteri's HTML parser), so entities and stray spaces or tabs cannot hide the scheme.
 */
import { htmlToHast } from 'satteri';

interface HtmlNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HtmlNode[];
}

/** hast property names of the attributes that take one address. */
const URL_PROPS = ['href', 'src', 'action', 'formAction', 'poster', 'xLinkHref', 'data', 'cite', 'background'] as const;
const BLOCKED = /^(javascript|data|vbscript):/i;

/** The address as a browser reads it: leading and trailing controls and spaces dropped, tabs and newlines removed. */
const asBrowserReads = (url: string) => url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');

/** The addresses of a srcset: each candidate's URL, before its width or density. */
const srcsetUrls = (value: string) =>
  value
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0] ?? '')
    .filter((u) => u !== '');

/** The address of a refresh: "5; url='x'" gives x. */
const refreshUrl = (content: string) => /^\s*[\d.]*\s*[;,]?\s*(?:url\s*=\s*)?(['"]?)(.*?)\1\s*$/i.exec(content)?.[2] ?? '';

function addressesOf(node: HtmlNode): { attr: string; url: string }[] {
  const props = node.properties ?? {};
  const out: { attr: string; url: string }[] = [];
  for (const p of URL_PROPS) if (typeof props[p] === 'string') out.push({ attr: p, url: props[p] });
  for (const p of ['srcSet', 'imageSrcSet'] as const) {
    if (typeof props[p] === 'string') out.push(...srcsetUrls(props[p]).map((url) => ({ attr: p, url })));
  }
  const equiv = props['httpEquiv'];
  const isRefresh = Array.isArray(equiv) ? equiv.some((e) => String(e).toLowerCase() === 'refresh') : false;
  if (node.tagName === 'meta' && isRefresh && typeof props['content'] === 'string') {
    out.push({ attr: 'http-equiv="refresh"', url: refreshUrl(props['content']) });
  }
  return out;
}

/** Character references that can spell a scheme: numeric ones (with or without ";") and the named colon, tab and newline. */
const REFERENCES = /&(?:#x([0-9a-f]+)|#(\d+)|(colon|tab|newline));?/gi;
const fromCode = (code: number) => (code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd');
const NAMED: Record<string, string> = { colon: ':', tab: '\t', newline: '\n' };
/** Astro's CSP <meta> names `data:` as a source; it holds no address. */
const CSP_META = /<meta http-equiv="content-security-policy" content="[^"]*">/gi;

/**
 * Whether a page could hold a blocked address: its text, references decoded and tabs and newlines
 * removed, names one of the schemes anywhere. Never false for a page `unsafeUrls` would refuse,
 * and false for nearly every real page, which is then not parsed (a fifth of the build checks'
 * time at 2,000 guides).
 */
export function mayHoldUnsafeUrl(html: string): boolean {
  const text = html
    .replace(CSP_META, '')
    .replace(REFERENCES, (_, hex?: string, dec?: string, name?: string) =>
      hex ? fromCode(parseInt(hex, 16)) : dec ? fromCode(Number(dec)) : NAMED[(name ?? '').toLowerCase()]!,
    )
    .replace(/[\t\n\r]/g, '');
  return /(?:javascript|data|vbscript):/i.test(text);
}

/** Each javascript:/data: address of a page, as "<tag attr>: address". */
export function unsafeUrls(html: string): string[] {
  if (!mayHoldUnsafeUrl(html)) return [];
  const found: string[] = [];
  const visit = (node: HtmlNode) => {
    if (node.type === 'element') {
      for (const { attr, url } of addressesOf(node)) {
        if (BLOCKED.test(asBrowserReads(url))) found.push(`<${node.tagName ?? ''} ${attr}>: ${url.slice(0, 80)}`);
      }
    }
    node.children?.forEach(visit);
  };
  visit(htmlToHast(html) as unknown as HtmlNode);
  return found;
}

/** The build check's messages for one page. */
export const unsafeUrlErrors = (where: string, html: string): string[] =>
  unsafeUrls(html).map(
    (u) => `${where}: địa chỉ javascript:/data: trong trang (nội dung không được chạy mã) / javascript: or data: URL in the output: ${u}`,
  );
