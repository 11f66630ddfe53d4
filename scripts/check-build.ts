/**
 * Checks on the built site, run by scripts/build.ts before it publishes: every page is in
 * Vietnamese with a title and description, nothing is loaded from another origin, internal
 * links and their #anchors resolve, and pages stay within their size budgets.
 */
import { readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, sep, posix } from 'node:path';
import { BUDGETS, CHART_CODE } from './budgets.ts';
import { unsafeUrlErrors } from './lib/unsafe-urls.ts';
import { DistFiles, GzipSizes, walk } from './lib/dist-files.ts';

export interface PageWeight {
  path: string;
  html: number;
  css: number;
  js: number;
  total: number;
  /** Render-blocking stylesheets: each one is a request before the first paint. */
  stylesheets: number;
  /** URL paths of the JavaScript files loaded up front. */
  scripts?: string[];
}

export interface BuildReport {
  errors: string[];
  notes: string[];
  pages: PageWeight[];
}

export { walk };

/** "/thu-tuc/x/" for dist/thu-tuc/x/index.html. */
export function urlPathOf(distDir: string, file: string): string {
  const rel = relative(distDir, file).split(sep).join('/');
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The file a root-relative URL serves, or undefined. */
export function resolveUrl(distDir: string, url: string): string | undefined {
  const path = decodeURIComponent(url.split('#')[0]!.split('?')[0]!);
  const candidates = [join(distDir, path), join(distDir, path, 'index.html'), join(distDir, `${path}.html`)];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/**
 * The script files a module pulls in up front: itself and, recursively, its static imports
 * ("./chunk.js"), so a library split into a shared chunk still counts. Dynamic import() is
 * loaded on demand and is left out.
 */
export function scriptClosure(distDir: string, entry: string, seen = new Set<string>(), files = new DistFiles(distDir)): Set<string> {
  for (const f of files.closure(entry, () => closureOf(entry, files, new Set()))) seen.add(f);
  return seen;
}

function closureOf(entry: string, files: DistFiles, seen: Set<string>): Set<string> {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const text = files.text(entry);
  for (const m of text.matchAll(/(?:^|[;}\s])import\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g)) {
    const spec = m[1]!;
    const target = spec.startsWith('/') ? files.resolve(spec) : posix.join(posix.dirname(entry.split(sep).join('/')), spec);
    if (target && files.has(target)) closureOf(target, files, seen);
  }
  return seen;
}

/** The script files a page loads up front: its module scripts, their static imports, and modulepreloads. */
export function pageScripts(distDir: string, html: string, dist = new DistFiles(distDir)): Set<string> {
  const files = new Set<string>();
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = attr(tag, 'src');
    const target = src?.startsWith('/') ? dist.resolve(src) : undefined;
    if (target) scriptClosure(distDir, target, files, dist);
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const href = attr(tag, 'href');
    const target = attr(tag, 'rel') === 'modulepreload' && href?.startsWith('/') ? dist.resolve(href) : undefined;
    if (target) scriptClosure(distDir, target, files, dist);
  }
  // Inline module scripts are in the HTML already; their static imports are fetched up front too.
  for (const m of html.matchAll(/<script\b[^>]*type="module"[^>]*>([\s\S]*?)<\/script>/g)) {
    for (const i of m[1]!.matchAll(/import\s*(?:[\w*{}\s,$]+from\s*)?["'`](\/[^"'`]+\.m?js)["'`]/g)) {
      const target = dist.resolve(i[1]!);
      if (target) scriptClosure(distDir, target, files, dist);
    }
  }
  return files;
}

/** Scripts that run before the page can render: classic scripts without async or defer. */
export function renderBlockingScripts(html: string): string[] {
  return (html.match(/<script\b[^>]*>/g) ?? []).filter((tag) => {
    const type = attr(tag, 'type');
    if (type !== undefined && type !== 'text/javascript' && type !== 'module') return false; // data blocks (JSON-LD) never run
    if (type === 'module') return false; // modules are deferred
    return !/\s(async|defer)(=|\s|>)/.test(tag);
  });
}

/**
 * Bytes a first visit to this page downloads: HTML, its stylesheets and its up-front scripts.
 * Callers that have the page's HTML and scripts already pass them, so nothing is read twice.
 */
export function pageWeight(
  distDir: string,
  file: string,
  html = readFileSync(file, 'utf8'),
  scripts?: ReadonlySet<string>,
  dist = new DistFiles(distDir),
  sizes = new GzipSizes(),
): PageWeight {
  scripts ??= pageScripts(distDir, html, dist);
  let css = 0;
  let stylesheets = 0;
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (!href?.startsWith('/')) continue;
    const target = dist.resolve(href);
    if (!target) continue;
    if (rel !== 'stylesheet') continue;
    css += dist.gz(target);
    if (!['print', 'not all'].includes(attr(tag, 'media') ?? '')) stylesheets++;
  }
  let js = 0;
  for (const target of scripts) js += dist.gz(target);
  const h = sizes.of(html);
  return {
    path: urlPathOf(distDir, file),
    html: h,
    css,
    js,
    total: h + css + js,
    stylesheets,
    scripts: [...scripts].map((f) => urlPathOf(distDir, f)),
  };
}

/** Whether a page loads chart.js up front; `scripts` are its up-front script files, if already found. */
export function loadsChartCode(distDir: string, html: string, scripts?: Iterable<string>, dist = new DistFiles(distDir)): boolean {
  return [...(scripts ?? pageScripts(distDir, html, dist))].some((f) => dist.text(f).includes(CHART_CODE.marker));
}

type Errors = string[];

/** Every page says its language, title and description. */
function headRules(where: string, html: string, errors: Errors): void {
  if (!/<html lang="vi"/.test(html)) errors.push(`${where}: thiếu lang="vi" / missing lang="vi"`);
  if (!/<title>[^<]+<\/title>/.test(html)) errors.push(`${where}: thiếu <title> / missing title`);
  if (!/<meta name="description" content="[^"]+"/.test(html)) errors.push(`${where}: thiếu mô tả / missing meta description`);
}

/** Nothing may load from another origin: no CDNs, fonts or analytics. */
function thirdPartyRules(where: string, html: string, errors: Errors): void {
  for (const m of html.matchAll(/<(script|img|iframe|source|audio|video)\b[^>]*\ssrc="(https?:)?\/\/[^"]*"/g)) {
    errors.push(`${where}: tải tài nguyên từ bên ngoài / loads a third-party resource: ${m[0].slice(0, 120)}`);
  }
  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const rel = attr(tag, 'rel') ?? '';
    const href = attr(tag, 'href') ?? '';
    if (/^(https?:)?\/\//.test(href) && !['canonical', 'alternate'].includes(rel)) {
      errors.push(`${where}: <link rel="${rel}"> tới nguồn bên ngoài / external link element: ${href}`);
    }
  }
}

/** Internal links and anchors resolve. */
function linkRules(dist: DistFiles, file: string, html: string, idsOf: (file: string) => Set<string>, errors: Errors): void {
  const where = urlPathOf(dist.dir, file);
  for (const m of html.matchAll(/\shref="(\/[^"]*|#[^"]*)"/g)) {
    const href = m[1]!.replace(/&amp;/g, '&');
    if (href.startsWith('//')) continue;
    const [path, hash] = href.split('#');
    const target = path ? dist.resolve(path) : file;
    if (!target) {
      errors.push(`${where}: liên kết hỏng / broken link ${href}`);
      continue;
    }
    if (hash && target.endsWith('.html') && !idsOf(target).has(decodeURIComponent(hash))) {
      errors.push(`${where}: liên kết tới mục không có / missing anchor ${href}`);
    }
  }
}

/** No render-blocking script; chart code only on chart pages; search code only when searching. */
function scriptRules(where: string, html: string, weight: PageWeight, chartCode: boolean, errors: Errors): void {
  for (const tag of renderBlockingScripts(html)) {
    errors.push(
      `${where}: script chặn hiển thị trang (thiếu type="module", async hoặc defer) / render-blocking script: ${tag.slice(0, 120)}`,
    );
  }
  if (!CHART_CODE.allowed(weight.path) && chartCode) {
    errors.push(`${where}: tải mã biểu đồ (chart.js) dù trang không có biểu đồ / loads chart code on a page without charts`);
  }
  for (const s of weight.scripts ?? []) {
    if (s.startsWith('/pagefind/')) errors.push(`${where}: tải mã tìm kiếm ngay khi mở trang / loads search code up front: ${s}`);
  }
  if (/<link\b[^>]*href="\/pagefind\//.test(html)) {
    errors.push(`${where}: tải trước tài nguyên tìm kiếm / preloads search resources`);
  }
}

/** First-load and JavaScript budgets of each kind of page. */
function budgetRules(where: string, weight: PageWeight, errors: Errors): void {
  for (const b of BUDGETS) {
    if (!b.match(weight.path)) continue;
    if (b.firstLoadBytes !== undefined && weight.total > b.firstLoadBytes) {
      errors.push(
        `${where}: lần tải đầu ${weight.total} B gzip, vượt ngân sách ${b.firstLoadBytes} B (${b.label}) / over the first-load budget`,
      );
    }
    if (b.htmlBytes !== undefined && weight.html > b.htmlBytes) {
      errors.push(`${where}: HTML ${weight.html} B gzip, vượt ngân sách ${b.htmlBytes} B (${b.label}) / over the HTML budget`);
    }
    if (b.maxStylesheets !== undefined && weight.stylesheets > b.maxStylesheets) {
      errors.push(
        `${where}: ${weight.stylesheets} tệp CSS chặn hiển thị, tối đa ${b.maxStylesheets} (${b.label}) / too many render-blocking stylesheets (src/integrations/css-chunks.ts)`,
      );
    }
    if (b.jsBytes !== undefined && weight.js > b.jsBytes) {
      errors.push(`${where}: JavaScript ${weight.js} B gzip, vượt ngân sách ${b.jsBytes} B (${b.label}) / over the JS budget`);
    }
  }
}

/** `gzipCache`: a file that keeps page sizes between builds (scripts/build.ts passes one). */
export function checkBuild(distDir: string, gzipCache?: string): BuildReport {
  const errors: string[] = [];
  const dist = new DistFiles(distDir);
  const sizes = new GzipSizes(gzipCache);
  const files = dist.all;
  const htmlFiles = files.filter((f) => f.endsWith('.html'));
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsByFile.get(file);
    if (!ids) {
      const text = readFileSync(file, 'utf8');
      ids = new Set([...text.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  if (htmlFiles.length === 0) errors.push('không có trang HTML nào / no HTML pages were built');

  const pages: PageWeight[] = [];
  for (const file of htmlFiles) {
    const where = urlPathOf(distDir, file);
    const html = readFileSync(file, 'utf8');
    headRules(where, html, errors);
    thirdPartyRules(where, html, errors);
    linkRules(dist, file, html, idsOf, errors);
    errors.push(...unsafeUrlErrors(where, html));
    const scripts = pageScripts(distDir, html, dist);
    const weight = pageWeight(distDir, file, html, scripts, dist, sizes);
    pages.push(weight);
    scriptRules(where, html, weight, loadsChartCode(distDir, html, scripts, dist), errors);
    budgetRules(where, weight, errors);
  }
  for (const css of files.filter((f) => f.endsWith('.css'))) {
    if (/url\((["']?)(https?:)?\/\//.test(readFileSync(css, 'utf8'))) {
      errors.push(`${posix.basename(css)}: CSS tải tài nguyên bên ngoài / CSS loads a third-party resource`);
    }
  }
  sizes.save();
  const heaviest = [...pages].sort((a, b) => b.total - a.total)[0];
  const notes = [
    `Kiểm tra ${htmlFiles.length} trang / checked ${htmlFiles.length} pages` +
      (heaviest ? `; nặng nhất / heaviest: ${heaviest.path} ${heaviest.total} B gzip` : ''),
  ];
  return { errors, notes, pages };
}
