/**
 * The project's static server for dist/ on 127.0.0.1 (`npm start`, `npm run serve`, the browser
 * tests). Files, MIME types, ETag/304, ranges and the precompressed .br/.gz files come from sirv,
 * which serves only the files it found under the site folder. This file adds what the site itself
 * needs, with the same headers as the real host (deploy/headers.ts): the 404 page, the
 * trailing-slash redirects, 400 for malformed URLs, 405 for other methods, 500 on an error.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import sirv from 'sirv';
import { ALLOWED_METHODS, NOT_FOUND_PAGE, cacheControl, contentType, securityHeaders } from '../deploy/headers.ts';
import { judge } from './lib/request-guard.ts';

type Handler = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();

/** sirv lists the site's files once; `dist` may be a symlink swapped by a build, so follow it and re-list on change. */
function siteFiles(dir: string): () => { root: string; serve: Handler } {
  let current: { root: string; serve: Handler } | undefined;
  return () => {
    const root = realpathSync(dir);
    if (current?.root !== root) current = { root, serve: sirv(root, { etag: true, gzip: true, brotli: true, extensions: [] }) };
    return current;
  };
}

function plain(res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache', ...extra });
  res.end(`${text}\n`);
}

function notFound(root: string, res: ServerResponse) {
  const page = join(root, NOT_FOUND_PAGE);
  if (!isFile(page)) return plain(res, 404, 'Không tìm thấy trang / Not found');
  res.writeHead(404, { 'Content-Type': contentType(NOT_FOUND_PAGE), 'Cache-Control': cacheControl(NOT_FOUND_PAGE) });
  res.end(readFileSync(page));
}

const MESSAGES: Record<number, string> = {
  400: 'Địa chỉ không hợp lệ / Bad request',
  405: 'Phương thức không được hỗ trợ / Method not allowed',
  414: 'Địa chỉ quá dài / URI too long',
};

function handle(site: () => { root: string; serve: Handler }, req: IncomingMessage, res: ServerResponse) {
  const rawUrl = req.url ?? '/';
  const { root, serve } = site();
  const verdict = judge(req.method, rawUrl, (p) => isFile(join(root, p, 'index.html')));
  for (const [k, v] of Object.entries(securityHeaders(verdict.kind === 'serve' ? verdict.path : rawUrl))) res.setHeader(k, v);
  if (verdict.kind === 'error') {
    if (verdict.status === 404) return notFound(root, res);
    const allow: Record<string, string> = verdict.status === 405 ? { Allow: ALLOWED_METHODS.join(', ') } : {};
    return plain(res, verdict.status, MESSAGES[verdict.status]!, allow);
  }
  if (verdict.kind === 'redirect') {
    res.writeHead(301, { Location: verdict.location, 'Cache-Control': cacheControl('/') });
    return res.end();
  }
  const path = verdict.path.endsWith('/') ? `${verdict.path}index.html` : verdict.path;
  if (!isFile(join(root, path))) return notFound(root, res);
  res.setHeader('Cache-Control', cacheControl(path));
  res.setHeader('Content-Type', contentType(path));
  req.url = encodeURI(path);
  serve(req, res, () => notFound(root, res));
}

/** Serve `dir` (dist/, or a symlink to the published site) on host:port; port 0 picks a free one. */
export function startServer(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const site = siteFiles(resolve(dir));
  const server = createServer((req, res) => {
    try {
      handle(site, req, res);
    } catch (error) {
      console.error(`serve: ${req.method} ${req.url}: ${String(error)}`);
      if (!res.headersSent) plain(res, 500, 'Lỗi máy chủ / Internal server error');
      else res.destroy();
    }
  });
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const port = Number(process.env['PORT'] ?? 4321);
  const dir = process.argv[2] ?? 'dist';
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`Chưa có ${dir}/index.html: chạy "npm run build" trước. / Build first.`);
    process.exit(1);
  }
  await startServer(dir, port);
  console.log(`Trang đang chạy tại / serving at http://127.0.0.1:${port}/ (Ctrl+C để dừng)`);
}
