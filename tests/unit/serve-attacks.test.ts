/**
 * scripts/serve.ts attacked as a stranger would: traversal in every encoding, malformed escapes,
 * long URLs, every method, a missing 404 page, a broken site folder. Requests are written as raw
 * bytes on a socket, because fetch() would clean the URL before sending it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync, renameSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { startServer } from '../../scripts/serve.ts';
import { SECURITY_HEADERS, cspHeader } from '../../deploy/headers.ts';

interface Reply {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

/** One HTTP/1.1 request with the target exactly as given. */
function raw(port: number, target: string, method = 'GET', headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`);
    socket.on('connect', () =>
      socket.write(`${method} ${target} HTTP/1.1\r\nHost: 127.0.0.1\r\n${extra.join('')}Connection: close\r\n\r\n`),
    );
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', fail);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const head = all.subarray(0, split).toString('latin1').split('\r\n');
      const status = Number(head[0]?.split(' ')[1] ?? 0);
      const hs = Object.fromEntries(
        head.slice(1).map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]),
      );
      let body: Buffer = all.subarray(split + 4);
      if (hs['transfer-encoding'] === 'chunked') body = unchunk(body);
      ok({ status, headers: hs, body });
    });
  });
}

function unchunk(b: Buffer): Buffer {
  const out: Buffer[] = [];
  let i = 0;
  for (;;) {
    const eol = b.indexOf('\r\n', i);
    const size = parseInt(b.subarray(i, eol).toString(), 16);
    if (!size) return Buffer.concat(out);
    out.push(b.subarray(eol + 2, eol + 2 + size));
    i = eol + 2 + size + 2;
  }
}

const SECRET = 'SECRET-OUTSIDE-THE-SITE';
const CSS = 'body { color: #123; }\n'.repeat(40);
let base: string;
let server: Server;
let port: number;

function file(path: string, text: string | Buffer) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(async () => {
  base = mkdtempSync(join(tmpdir(), 'serve-attacks-'));
  const site = join(base, '.build', 'site-1');
  file(join(site, 'index.html'), '<!doctype html><title>trang chủ</title>');
  file(join(site, '404.html'), '<!doctype html><title>Không tìm thấy</title>');
  file(join(site, 'thu-tuc', 'khai-sinh', 'index.html'), '<!doctype html><title>khai sinh</title>');
  file(join(site, 'nhung', 'bieu-do', 'index.html'), '<!doctype html><title>nhúng</title>');
  file(join(site, '_astro', 'app.Abc123.css'), CSS);
  file(join(site, '_astro', 'app.Abc123.css.gz'), gzipSync(CSS));
  file(join(site, '_astro', 'app.Abc123.css.br'), brotliCompressSync(CSS));
  file(join(site, 'du-lieu', 'chi-so.csv'), 'a,b\n1,2\n');
  for (const sibling of ['dist-private', 'dist.old-123', '.build/dist-999', 'dist2']) file(join(base, sibling, 'secret.txt'), SECRET);
  file(join(base, 'secret.txt'), SECRET);
  file(join(site, '..', 'secret.txt'), SECRET);
  symlinkSync('.build/site-1', join(base, 'dist'));
  server = await startServer(join(base, 'dist'), 0);
  port = (server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(base, { recursive: true, force: true });
});

const TRAVERSALS = [
  '/../secret.txt',
  '/../dist-private/secret.txt',
  '/..%2fdist-private%2fsecret.txt',
  '/..%2Fdist.old-123%2Fsecret.txt',
  '/%2e%2e/secret.txt',
  '/%2E%2E%2Fsecret.txt',
  '/.%2e/dist-private/secret.txt',
  '/thu-tuc/../../secret.txt',
  '/thu-tuc/%2e%2e/%2e%2e/dist2/secret.txt',
  '/%252e%252e%252fsecret.txt',
  '/..%252fdist-private%252fsecret.txt',
  '/..\\secret.txt',
  '/..%5csecret.txt',
  '/..%5c..%5csecret.txt',
  '/%c0%ae%c0%ae/secret.txt',
  '/%c0%ae%c0%ae%c0%afsecret.txt',
  '/%e0%80%ae%e0%80%ae/secret.txt',
  '/..%00/secret.txt',
  '/index.html%00.txt',
  '/%00',
  '//secret.txt',
  '/%2f..%2fsecret.txt',
  '/./../secret.txt',
  '/_astro/..%2f..%2fsecret.txt',
  '/.build/dist-999/secret.txt',
  '/..;/secret.txt',
];

describe('the project server refuses to leave the site folder', () => {
  it.each(TRAVERSALS)('%s is refused and shows nothing from outside dist/', async (target) => {
    const r = await raw(port, target);
    expect([400, 404]).toContain(r.status);
    expect(r.body.toString()).not.toContain(SECRET);
  });

  it.each(['/%', '/%zz', '/a%', '/%e2%82', '/%c0', '/thu-tuc/%ff/'])(
    'malformed escape %s gets 400 and the server keeps answering',
    async (t) => {
      expect((await raw(port, t)).status).toBe(400);
      expect((await raw(port, '/')).status).toBe(200);
    },
  );

  it('refuses a very long URL with 414 (or 431) and keeps answering', async () => {
    expect((await raw(port, `/${'a'.repeat(5000)}`)).status).toBe(414);
    expect([414, 431]).toContain((await raw(port, `/${'%2e'.repeat(10_000)}`)).status);
    expect((await raw(port, '/')).status).toBe(200);
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE', 'PROPFIND', 'MKCOL'])('%s gets 405 with Allow: GET, HEAD', async (m) => {
    const r = await raw(port, '/', m, { 'Content-Length': '0' });
    expect(r.status).toBe(405);
    expect(r.headers['allow']).toBe('GET, HEAD');
  });

  it('refuses a method HTTP does not know (the parser answers 400) and keeps answering', async () => {
    expect([400, 405]).toContain((await raw(port, '/', 'FOO')).status);
    expect((await raw(port, '/')).status).toBe(200);
  });

  it('does not turn //host into a redirect to another site', async () => {
    const r = await raw(port, '//evil.example/thu-tuc');
    expect(r.headers['location']).toBeUndefined();
  });
});

describe('the project server serves the site as the real host does', () => {
  it('answers a missing page with the site 404 page, status 404, and every security header', async () => {
    const r = await raw(port, '/khong-co/');
    expect(r.status).toBe(404);
    expect(r.body.toString()).toContain('Không tìm thấy');
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) expect(r.headers[k.toLowerCase()]).toBe(v);
    expect(r.headers['content-security-policy']).toBe(cspHeader('page'));
  });

  it('redirects a page without its trailing slash, keeping the query', async () => {
    const r = await raw(port, '/thu-tuc/khai-sinh?in=1');
    expect(r.status).toBe(301);
    expect(r.headers['location']).toBe('/thu-tuc/khai-sinh/?in=1');
  });

  it('lets any site frame an embed, and no site frame a page', async () => {
    expect((await raw(port, '/nhung/bieu-do/')).headers['content-security-policy']).not.toContain('frame-ancestors');
    expect((await raw(port, '/thu-tuc/khai-sinh/')).headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('sends the precompressed file for br and gzip, with the type of the original', async () => {
    const br = await raw(port, '/_astro/app.Abc123.css', 'GET', { 'Accept-Encoding': 'gzip, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(br.headers['cache-control']).toContain('immutable');
    const gz = await raw(port, '/_astro/app.Abc123.css', 'GET', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    const plain = await raw(port, '/_astro/app.Abc123.css');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(CSS);
  });

  it('answers HEAD like GET, without a body', async () => {
    const r = await raw(port, '/thu-tuc/khai-sinh/', 'HEAD');
    expect(r.status).toBe(200);
    expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(r.body.length).toBe(0);
  });

  it('answers a repeated request with 304 and a range with 206', async () => {
    const first = await raw(port, '/du-lieu/chi-so.csv');
    expect(first.headers['cache-control']).toBe('no-cache');
    expect((await raw(port, '/du-lieu/chi-so.csv', 'GET', { 'If-None-Match': first.headers['etag']! })).status).toBe(304);
    const part = await raw(port, '/du-lieu/chi-so.csv', 'GET', { Range: 'bytes=0-2' });
    expect(part.status).toBe(206);
    expect(part.body.toString()).toBe('a,b');
  });

  it('follows dist when a build swaps the symlink, and answers 500 (then recovers) when it points nowhere', async () => {
    file(join(base, '.build', 'site-2', 'index.html'), 'second build');
    symlinkSync('.build/site-2', join(base, 'dist-next'));
    renameSync(join(base, 'dist-next'), join(base, 'dist'));
    expect((await raw(port, '/')).body.toString()).toBe('second build');
    symlinkSync('.build/gone', join(base, 'dist-next'));
    renameSync(join(base, 'dist-next'), join(base, 'dist'));
    expect((await raw(port, '/')).status).toBe(500);
    symlinkSync('.build/site-1', join(base, 'dist-next'));
    renameSync(join(base, 'dist-next'), join(base, 'dist'));
    expect((await raw(port, '/')).status).toBe(200);
  });

  it('gives a plain 404 when the site has no 404.html, and keeps running', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'serve-bare-'));
    writeFileSync(join(bare, 'index.html'), 'home');
    const s = await startServer(bare, 0);
    const p = (s.address() as AddressInfo).port;
    try {
      const r = await raw(p, '/khong-co');
      expect(r.status).toBe(404);
      expect(r.headers['x-content-type-options']).toBe('nosniff');
      expect((await raw(p, '/')).status).toBe(200);
    } finally {
      await new Promise((done) => s.close(done));
      rmSync(bare, { recursive: true, force: true });
    }
  });
});
