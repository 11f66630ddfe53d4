/**
 * Staff-written Markdown and MDX checked on the tree the site's own parser builds (Sätteri, the
 * parser Astro's Markdown and @astrojs/mdx render with), never on the raw text: a code span, an
 * escaped backtick or an HTML entity cannot hide anything from a check that reads what the build
 * reads. Links are checked after the parser has decoded their entities, so
 * `[x](java&#115;cript:…)` is seen as the `javascript:` link it becomes.
 *
 * Pure: text in, problems out. Lines are those of the text given (1-based).
 */
import { markdownToMdast, mdxToMdast } from 'satteri';

/** The few node fields the checks read; the parser's nodes are mdast (and its MDX extensions). */
export interface TreeNode {
  type: string;
  position?: { start: { line: number } };
  children?: TreeNode[];
  url?: string;
  name?: string | null;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
}

export interface TreeProblem {
  line: number | undefined;
  message: string;
}

/** Components staff may place in MDX, and the attributes each takes (always literal strings). */
export type AllowedComponents = Readonly<Record<string, readonly string[]>>;

const ALLOWED_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);

/** Parse with the site's parser; a syntax error comes back as a problem with its line. */
export function parseTree(text: string, mdx: boolean): TreeNode | TreeProblem {
  try {
    return (mdx ? mdxToMdast(text) : markdownToMdast(text)) as unknown as TreeNode;
  } catch (err) {
    const msg = err instanceof Error ? err.message : String(err);
    const at = /^(?:Error: )?(\d+):\d+: /.exec(msg);
    return {
      line: at ? Number(at[1]) : undefined,
      message: `tệp .mdx có lỗi cú pháp (${msg.replace(/^(?:Error: )?\d+:\d+: /, '')}); thường do một dấu { hay < chưa đóng: bỏ dấu đó, hoặc viết \\{ hoặc \\< để hiện chính dấu ấy / the MDX does not parse: remove the stray "{" or "<", or escape it`,
    };
  }
}

export const isTree = (x: TreeNode | TreeProblem): x is TreeNode => 'type' in x;

/** Visit every node, depth first, with its ancestors (nearest last). */
export function walk(node: TreeNode, visit: (n: TreeNode, ancestors: readonly TreeNode[]) => void, ancestors: TreeNode[] = []): void {
  visit(node, ancestors);
  for (const child of node.children ?? []) walk(child, visit, [...ancestors, node]);
}

const lineOf = (n: TreeNode) => n.position?.start.line;
const snippet = (s: string) => (s.length > 50 ? `${s.slice(0, 50)}…` : s);

/** The address as a browser reads it: leading controls and spaces dropped, tabs and newlines removed. */
const asBrowserReads = (url: string) => url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '').replace(/[\t\n\r]/g, '');

/** http(s), mailto, tel, a page of this site ("/…", not "//host"), or a place on the same page ("#…"). */
export function isAllowedLink(url: string): boolean {
  const u = asBrowserReads(url);
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(u)?.[1]?.toLowerCase();
  if (scheme !== undefined) return ALLOWED_SCHEMES.has(scheme);
  return u.startsWith('#') || (u.startsWith('/') && !/^[/\\]{2}|^\/\\/.test(u));
}

/** An image of this site only: the site loads nothing from elsewhere. */
const isOwnImage = (url: string) => {
  const u = asBrowserReads(url);
  return u.startsWith('/') && !/^[/\\]{2}|^\/\\/.test(u);
};

/** Links, images and reference definitions, with their decoded addresses. */
export function urlProblems(tree: TreeNode): TreeProblem[] {
  const out: TreeProblem[] = [];
  walk(tree, (n) => {
    if (n.url === undefined) return;
    if (n.type === 'image') {
      if (!isOwnImage(n.url)) {
        out.push({
          line: lineOf(n),
          message: `ảnh "${snippet(n.url)}" lấy từ trang khác: trang này không tải gì từ bên ngoài. Lưu ảnh vào thư mục public/ và ghi địa chỉ bắt đầu bằng / / images must be stored on this site (an address starting with /)`,
        });
      }
    } else if ((n.type === 'link' || n.type === 'definition') && !isAllowedLink(n.url)) {
      out.push({
        line: lineOf(n),
        message: `liên kết "${snippet(n.url)}" không được phép: chỉ dùng địa chỉ bắt đầu bằng https://, http://, mailto:, tel: hoặc / (trang trong site) / only http(s), mailto, tel or site links are allowed`,
      });
    }
  });
  return out;
}

/** Raw HTML in Markdown (tags, comments): staff write Markdown only. */
export function htmlProblems(tree: TreeNode): TreeProblem[] {
  const out: TreeProblem[] = [];
  walk(tree, (n) => {
    // One message per line: "<b>x</b>" is one mistake, not two.
    if (n.type !== 'html' || out.some((p) => p.line === lineOf(n))) return;
    const text = String(n.value);
    const what = /^<script/i.test(text) ? 'thẻ <script> (mã lệnh)' : `mã HTML "${snippet(text)}"`;
    out.push({
      line: lineOf(n),
      message: `nội dung có ${what}: không dùng HTML hay mã lệnh trong bài. Viết chữ thường và dùng Markdown: "## " cho tiêu đề mục, "- " cho gạch đầu dòng, **chữ đậm**, [chữ](https://địa-chỉ). Muốn hiện dấu < thì viết \\< / raw HTML or script is not allowed in the body: use Markdown`,
    });
  });
  return out;
}

const ESCAPE_HINT = 'muốn hiện chính dấu { thì viết \\{';

function elementProblems(n: TreeNode, allowed: AllowedComponents): TreeProblem[] {
  const name = n.name ?? '';
  const names = Object.keys(allowed);
  const list = names.length > 0 ? names.map((c) => `<${c}>`).join(', ') : 'không có thẻ nào';
  if (!Object.hasOwn(allowed, name)) {
    return [
      {
        line: lineOf(n),
        message: `thẻ <${name}> không được phép: nội dung chỉ gồm Markdown${names.length > 0 ? ` và các thẻ của báo cáo (${list})` : ''}. Xóa thẻ này; muốn hiện dấu < thì viết \\< / the element <${name}> is not allowed: only Markdown${names.length > 0 ? ` and ${list}` : ''}`,
      },
    ];
  }
  const out: TreeProblem[] = [];
  for (const a of n.attributes ?? []) {
    if (a.type !== 'mdxJsxAttribute') {
      out.push({
        line: lineOf(n),
        message: `thẻ <${name}> có {…} (mã lệnh) thay cho thuộc tính; chỉ ghi ${allowed[name]!.map((k) => `${k}="…"`).join(' ')} / attribute spreads are code: write literal attributes`,
      });
    } else if (!allowed[name]!.includes(a.name ?? '')) {
      out.push({
        line: lineOf(n),
        message: `thẻ <${name}> không có thuộc tính "${a.name ?? ''}"; chỉ dùng ${allowed[name]!.join(', ')} / unknown attribute "${a.name ?? ''}"`,
      });
    } else if (typeof a.value !== 'string') {
      out.push({
        line: lineOf(n),
        message: `thuộc tính ${a.name ?? ''} của <${name}> phải là chữ trong ngoặc kép, ví dụ ${a.name ?? ''}="dang-ky-kinh-doanh", không dùng {…} (mã lệnh) / attributes must be literal strings in quotes`,
      });
    }
  }
  return out;
}

/** In MDX: import/export, {expressions} and elements other than the allowed components are code. */
export function codeProblems(tree: TreeNode, allowed: AllowedComponents): TreeProblem[] {
  const out: TreeProblem[] = [];
  walk(tree, (n) => {
    if (n.type === 'mdxjsEsm') {
      out.push({
        line: lineOf(n),
        message: `dòng "import"/"export" là mã lệnh, không được phép: cán bộ chỉ viết nội dung. Xóa dòng này (với hướng dẫn: đổi đuôi tệp thành .md) / import/export is code and is not allowed: remove the line`,
      });
    } else if (n.type === 'mdxFlowExpression' || n.type === 'mdxTextExpression') {
      out.push({
        line: lineOf(n),
        message: `"{${snippet(String(n.value))}}" là mã lệnh trong tệp .mdx, không được phép; xóa dấu { }, ${ESCAPE_HINT} / expressions in { } are code and are not allowed: remove them or write \\{`,
      });
    } else if (n.type === 'mdxJsxFlowElement' || n.type === 'mdxJsxTextElement') {
      out.push(...elementProblems(n, allowed));
    }
  });
  return out;
}
