/**
 * Finds a Chromium for the browser tests: $CHROMIUM_PATH, then the usual system paths. Where none
 * exists and we are root with apt-get, installs Debian's `chromium`; otherwise explains how to get one.
 * Browser downloads by test tools are impossible here, so we never try them.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function findChromium(): string | undefined {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH="${fromEnv}" không tồn tại / does not exist`);
    return fromEnv;
  }
  return CANDIDATES.find((p) => existsSync(p));
}

export function ensureChromium(): string {
  const found = findChromium();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get');
  if (isRoot && hasApt) {
    console.log('Chưa có Chromium: đang cài gói chromium của Debian… / installing Debian chromium…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'Không tìm thấy Chromium cho kiểm thử trình duyệt. Cài bằng "sudo apt-get install chromium" ' +
      "hoặc đặt biến CHROMIUM_PATH tới tệp chạy Chromium/Chrome. / No Chromium found: install Debian's chromium or set CHROMIUM_PATH.",
  );
}
