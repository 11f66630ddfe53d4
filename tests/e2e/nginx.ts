/**
 * Debian's nginx for the web-server tests: found on the system or, as root with apt-get,
 * installed (with the brotli_static module) like Chromium is; otherwise a message says how to
 * get it. Then deploy/serve-nginx.sh runs it against a built site on a free 127.0.0.1 port.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';

const NGINX = ['/usr/sbin/nginx', '/usr/bin/nginx'];
export const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
const PACKAGES = ['nginx', 'libnginx-mod-http-brotli-static'];

export function ensureNginx(): string {
  const found = () => (process.env['NGINX'] && existsSync(process.env['NGINX']) ? process.env['NGINX'] : NGINX.find((p) => existsSync(p)));
  if (found() && existsSync(BROTLI_MODULE)) return found()!;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Đang cài ${PACKAGES.join(' ')} của Debian… / installing Debian's nginx…`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], { stdio: 'inherit', env });
  }
  const nginx = found();
  if (nginx) return nginx;
  throw new Error(
    `Không tìm thấy nginx cho kiểm thử máy chủ web. Cài bằng "sudo apt-get install ${PACKAGES.join(' ')}" hoặc đặt biến NGINX. / ` +
      `nginx not found: install Debian's ${PACKAGES.join(' ')} or set NGINX=/path/to/nginx.`,
  );
}

export function freePort(): Promise<number> {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as AddressInfo;
      s.close(() => ok(port));
    });
  });
}

/** Start deploy/serve-nginx.sh DIST PORT and wait until it answers. */
export async function startNginx(dist: string): Promise<{ base: string; stop: () => Promise<void>; log: () => string }> {
  const nginx = ensureNginx();
  const port = await freePort();
  let log = '';
  const child: ChildProcess = spawn('sh', ['deploy/serve-nginx.sh', dist, String(port)], { env: { ...process.env, NGINX: nginx } });
  child.stdout?.on('data', (d) => (log += String(d)));
  child.stderr?.on('data', (d) => (log += String(d)));
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`serve-nginx.sh exited ${child.exitCode}:\n${log}`);
    try {
      await fetch(`${base}/`);
      break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
  return { base, stop, log: () => log };
}
