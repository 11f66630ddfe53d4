/**
 * A small static server for dist/ on 127.0.0.1: `npm start` and the browser tests use it.
 * It answers 404 with the site's own 404 page and sends the same security headers a real host should.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export function startServer(dir: string, port: number, host = '127.0.0.1'): Promise<Server> {
  const root = resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) {
      if (!url.pathname.endsWith('/')) {
        res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
        return;
      }
      path = join(path, 'index.html');
    }
    let status = 200;
    if (!existsSync(path)) {
      status = 404;
      path = join(root, '404.html');
    }
    res.writeHead(status, {
      'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
    });
    createReadStream(path).pipe(res);
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
