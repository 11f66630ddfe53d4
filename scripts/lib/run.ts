/** Run a package's CLI under the same Node as this script (Node 22 from the node@22 package). */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);

/** Absolute path of a package's bin script. */
export function binOf(pkg: string, name = pkg): string {
  // Some packages (pagefind) do not export their package.json, so look for it on disk.
  const manifestPath = (require.resolve.paths(pkg) ?? []).map((d) => join(d, pkg, 'package.json')).find((p) => existsSync(p));
  if (!manifestPath) throw new Error(`package ${pkg} is not installed: run "npm ci"`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin: string | Record<string, string> };
  const rel = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[name];
  if (!rel) throw new Error(`${pkg} has no bin "${name}"`);
  return join(dirname(manifestPath), rel);
}

/** Run a script under the same Node, with inherited output; returns the exit code. */
export function runScript(script: string, args: string[], env: NodeJS.ProcessEnv = {}): number {
  const r = spawnSync(process.execPath, [script, ...args], { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status ?? 1;
}

/** Run `pkg`'s CLI with inherited output; returns the exit code. */
export function runBin(pkg: string, args: string[], env: NodeJS.ProcessEnv = {}, name?: string): number {
  return runScript(binOf(pkg, name), args, env);
}
