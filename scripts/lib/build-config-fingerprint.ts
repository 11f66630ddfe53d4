/**
 * Astro's incremental build reuses a page when its cache key and its modules are unchanged, and
 * drops the whole cache when the config values it knows of change. It does not see a change to how
 * the build splits CSS (Rollup options, src/integrations/), after which reused pages would link
 * stylesheets that no longer exist. So the build hashes the files that configure it; when the hash
 * differs from the last build's, the incremental cache is cleared and every page is rendered again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The files that shape the build's output beyond what Astro hashes itself. */
export function buildConfigFiles(root: string): string[] {
  const integrations = join(root, 'src', 'integrations');
  const inIntegrations = existsSync(integrations)
    ? readdirSync(integrations)
        .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
        .sort()
        .map((f) => join('src', 'integrations', f))
    : [];
  return ['astro.config.mjs', 'package-lock.json', join('deploy', 'headers.ts'), ...inIntegrations];
}

export function buildConfigFingerprint(root: string): string {
  const hash = createHash('sha256');
  for (const file of buildConfigFiles(root)) {
    const path = join(root, file);
    hash
      .update(file)
      .update('\0')
      .update(existsSync(path) ? readFileSync(path) : '')
      .update('\0');
  }
  return hash.digest('hex');
}

const stampOf = (root: string) => join(root, '.build', 'cache', 'build-config.json');
const manifestOf = (cacheDir: string) => join(cacheDir, 'incremental-build.json');
/** The cache's own state: a build this script did not run (a bare `astro build`) changes it. */
const manifestState = (cacheDir: string) => (existsSync(manifestOf(cacheDir)) ? statSync(manifestOf(cacheDir)).mtimeMs : 0);

/**
 * Before Astro runs: clear its incremental cache unless it was written by a build of this script
 * with the same configuration. True when a cache was there and was cleared.
 */
export function clearCacheOnConfigChange(root: string, cacheDir = join(root, '.build', 'cache', 'astro')): boolean {
  const stamp = existsSync(stampOf(root))
    ? (JSON.parse(readFileSync(stampOf(root), 'utf8')) as { config?: string; manifest?: number })
    : {};
  const had = existsSync(manifestOf(cacheDir));
  if (stamp.config === buildConfigFingerprint(root) && stamp.manifest === manifestState(cacheDir)) return false;
  rmSync(manifestOf(cacheDir), { force: true });
  rmSync(join(cacheDir, 'dist'), { recursive: true, force: true });
  return had;
}

/** After Astro succeeded: remember the configuration that wrote the cache. */
export function stampBuildConfig(root: string, cacheDir = join(root, '.build', 'cache', 'astro')): void {
  mkdirSync(dirname(stampOf(root)), { recursive: true });
  writeFileSync(stampOf(root), `${JSON.stringify({ config: buildConfigFingerprint(root), manifest: manifestState(cacheDir) })}\n`);
}
