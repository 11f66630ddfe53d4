/**
 * Finds Java for the Nu HTML Checker (vnu.jar): $JAVA_HOME/bin/java, then `java` on PATH. Where
 * none exists and we are root with apt-get, installs Debian's `default-jre-headless` (as
 * find-chromium.ts does for Chromium); otherwise explains how to get it.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { delimiter, join } from 'node:path';

export function findJava(): string | undefined {
  const home = process.env['JAVA_HOME'];
  if (home && existsSync(join(home, 'bin', 'java'))) return join(home, 'bin', 'java');
  return (process.env['PATH'] ?? '')
    .split(delimiter)
    .map((d) => join(d, 'java'))
    .find((p) => existsSync(p));
}

export function ensureJava(): string {
  const found = findJava();
  if (found) return found;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('Chưa có Java: đang cài gói default-jre-headless của Debian… / installing Debian default-jre-headless…');
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '-qq', 'default-jre-headless'], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
    const installed = findJava();
    if (installed) return installed;
  }
  throw new Error(
    'Không tìm thấy Java cho trình kiểm tra HTML (vnu). Cài bằng "sudo apt-get install default-jre-headless" ' +
      "hoặc đặt biến JAVA_HOME. / No Java found for the Nu HTML Checker: install Debian's default-jre-headless or set JAVA_HOME.",
  );
}
