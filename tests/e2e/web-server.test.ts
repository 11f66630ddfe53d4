/**
 * The real host's configuration (deploy/nginx.conf via deploy/serve-nginx.sh) and the project
 * server (scripts/serve.ts) against the built site: every header from deploy/headers.ts on every
 * kind of page and file, the 404, the redirects, the precompressed files, and in Chromium that
 * another origin can frame an embed but not a guide.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { request, createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { SECURITY_HEADERS, TYPES, cacheControl, contentType, cspHeader, PRECOMPRESS_EXTENSIONS } from '../../deploy/headers.ts';
import { startNginx } from './nginx.ts';
import { launch } from './browser.ts';

const dist = inject('distDir');
const files = (d: string): string[] =>
  readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? files(join(d, n)) : [join(d, n)]));
const all = files(dist).map((f) => `/${relative(dist, f)}`);
const first = (re: RegExp) => {
  const hit = all.find((p) => re.test(p));
  if (!hit) throw new Error(`no file in ${dist} matches ${re}`);
  return hit;
};
const pageOf = (file: string) => file.replace(/index\.html$/, '');

/** One of each kind of thing the site serves, with the path a browser asks for. */
const KINDS: [string, string][] = [
  ['home', '/'],
  ['guide', pageOf(first(/^\/thu-tuc\/[^/]+\/index\.html$/))],
  ['life event', pageOf(first(/^\/su-kien\/[^/]+\/index\.html$/))],
  ['report', '/bao-cao/'],
  ['open data page', '/du-lieu/'],
  ['embed', pageOf(first(/^\/nhung\/[^/]+\/index\.html$/))],
  ['csv', '/du-lieu/chi-so.csv'],
  ['json', '/du-lieu/chi-so.json'],
  ['chart csv', first(/^\/du-lieu\/bieu-do\/[^/]+\.csv$/)],
  ['astro css', first(/^\/_astro\/[^/]+\.css$/)],
  ['astro js', first(/^\/_astro\/[^/]+\.js$/)],
  ['pagefind js', '/pagefind/pagefind.js'],
  ['pagefind entry', '/pagefind/pagefind-entry.json'],
  ['pagefind wasm', first(/^\/pagefind\/wasm\.[^/]+\.pagefind$/)],
  ['pagefind meta', first(/\.pf_meta$/)],
  ['pagefind index', first(/\.pf_index$/)],
  ['pagefind fragment', first(/\.pf_fragment$/)],
  ['pagefind filter', first(/\.pf_filter$/)],
  ['sitemap', '/sitemap-index.xml'],
  ['robots', '/robots.txt'],
  ['favicon', '/favicon.svg'],
];

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}
function get(base: string, path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

const fileOf = (path: string) => join(dist, path.endsWith('/') ? `${path}index.html` : path);

let nginx: Awaited<ReturnType<typeof startNginx>>;
const servers: Record<string, () => string> = { nginx: () => nginx.base, 'scripts/serve.ts': () => inject('baseUrl') };

beforeAll(async () => {
  nginx = await startNginx(dist);
});
afterAll(() => nginx?.stop());

describe.each(Object.keys(servers))('%s serves the built site with the headers table', (name) => {
  const base = () => servers[name]!();

  it.each(KINDS)('%s (%s): status, type, cache and every security header', async (_kind, path) => {
    const r = await get(base(), path);
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe(contentType(fileOf(path)));
    expect(r.headers['cache-control']).toBe(cacheControl(path.endsWith('/') ? `${path}index.html` : path));
    expect(r.headers['content-security-policy']).toBe(cspHeader(path.startsWith('/nhung/') ? 'embed' : 'page'));
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(r.headers[k.toLowerCase()], k).toBe(v);
    expect(r.headers['etag']).toBeTruthy();
    expect(r.body.equals(readFileSync(fileOf(path)))).toBe(true);
  });

  it('answers a missing page with the site 404 page, status 404 and the headers', async () => {
    const r = await get(base(), '/khong-co-trang-nay/');
    expect(r.status).toBe(404);
    expect(r.body.toString()).toBe(readFileSync(join(dist, '404.html'), 'utf8'));
    expect(r.headers['content-security-policy']).toBe(cspHeader('page'));
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(r.headers[k.toLowerCase()], k).toBe(v);
  });

  it('redirects pages without their trailing slash to the address the site links to', async () => {
    const guide = KINDS[1]![1];
    for (const [from, to] of [
      [guide.slice(0, -1), guide],
      [`${guide.slice(0, -1)}?q=1`, `${guide}?q=1`],
      ['/bao-cao', '/bao-cao/'],
      ['/du-lieu', '/du-lieu/'],
    ] as const) {
      const r = await get(base(), from);
      expect(r.status, from).toBe(301);
      expect(r.headers['location'], from).toBe(to);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it.each(['gzip', 'br'] as const)('sends the precompressed %s file with the same bytes once decompressed', async (enc) => {
    const unpack = enc === 'br' ? brotliDecompressSync : gunzipSync;
    for (const [, path] of KINDS.filter(([, p]) => PRECOMPRESS_EXTENSIONS.some((e) => fileOf(p).endsWith(`.${e}`)))) {
      const r = await get(base(), path, { 'Accept-Encoding': enc });
      expect(r.headers['content-encoding'], path).toBe(enc);
      expect(r.headers['content-type'], path).toBe(contentType(fileOf(path)));
      expect(String(r.headers['vary']), path).toMatch(/Accept-Encoding/i);
      expect(unpack(r.body).equals(readFileSync(fileOf(path))), path).toBe(true);
    }
  });

  it('refuses other methods with 405 and Allow, and never leaves the site folder', async () => {
    for (const m of ['POST', 'PUT', 'DELETE', 'OPTIONS']) {
      const r = await get(base(), '/', {}, m);
      expect(r.status, m).toBe(405);
      expect(r.headers['allow'], m).toBe('GET, HEAD');
    }
    for (const p of ['/..%2f..%2fpackage.json', '/%2e%2e/package.json', '/..%5cpackage.json', '/%c0%ae%c0%ae/package.json']) {
      const r = await get(base(), p);
      expect([400, 404], p).toContain(r.status);
      expect(r.body.toString()).not.toContain('"devDependencies"');
    }
  });
});

describe('the headers table covers the whole build', () => {
  it('every file extension in dist/ has a type in deploy/headers.ts', () => {
    const exts = new Set(all.map((p) => /\.([^./]+)$/.exec(p)?.[1]).filter((e) => e && e !== 'gz' && e !== 'br'));
    expect([...exts].filter((e) => !(e! in TYPES))).toEqual([]);
  });

  it("every page's <meta> CSP matches the header (hashes aside) and has no frame-ancestors; no inline script or style the header would block", () => {
    const norm = (csp: string) =>
      csp
        .split(';')
        .map((d) => d.trim().replace(/\s*'sha256-[^']+'/g, ''))
        .filter(Boolean)
        .sort();
    const header = norm(cspHeader('page')).filter((d) => !d.startsWith('frame-ancestors'));
    for (const page of all.filter((p) => p.endsWith('.html') && !p.startsWith('/pagefind/'))) {
      const html = readFileSync(join(dist, page), 'utf8');
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
      expect(meta, page).toBeDefined();
      expect(norm(meta!), page).toEqual(header);
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>/);
      expect(html, page).not.toMatch(/<style[\s>]|\sstyle="/);
    }
  });
});

describe('framing from another site (Chromium)', () => {
  let host: Server;
  beforeAll(async () => {
    const embed = KINDS.find(([k]) => k === 'embed')![1];
    const guide = KINDS[1]![1];
    host = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(
        `<!doctype html><title>báo</title><iframe id="embed" src="${nginx.base}${embed}"></iframe><iframe id="guide" src="${nginx.base}${guide}"></iframe>`,
      );
    });
    await new Promise<void>((ok) => host.listen(0, '127.0.0.1', ok));
  });
  afterAll(() => new Promise((done) => host.close(done)));

  it('a page on another origin can frame /nhung/<id>/ but not a guide', async () => {
    const browser = await launch();
    try {
      const page = await browser.newPage();
      const refused: string[] = [];
      page.on('console', (m) => {
        if (/frame-ancestors/.test(m.text())) refused.push(m.text());
      });
      const { port } = host.address() as AddressInfo;
      await page.goto(`http://localhost:${port}/`, { waitUntil: 'load' });
      await page.waitForTimeout(500);
      const embedFrame = await (await page.$('#embed'))!.contentFrame();
      expect(await embedFrame!.locator('figure, main').count()).toBeGreaterThan(0);
      const guideFrame = await (await page.$('#guide'))!.contentFrame();
      // Chromium replaces a refused frame with its own error page.
      expect(guideFrame!.url()).toMatch(/^chrome-error:/);
      expect(embedFrame!.url()).toContain('/nhung/');
      // An article opened from disk or a sandboxed preview has no http origin: embeds still draw there.
      const embed = KINDS.find(([k]) => k === 'embed')![1];
      await page.setContent(`<!doctype html><title>tệp</title><iframe src="${nginx.base}${embed}"></iframe>`);
      await expect.poll(() => page.frameLocator('iframe').locator('figure').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      expect(refused.join('\n')).toContain('frame-ancestors');
    } finally {
      await browser.close();
    }
  });
});
