/**
 * Atomic publish. `dist` is a symlink to `.build/site-<pid>-<time>`; a new build is moved into
 * its own site folder, a new link to it is made under a temporary name, and one rename() puts
 * that link over `dist`. rename() is atomic, so at every moment `dist` is the old site or the new
 * one, whole. A crash leaves staging folders, links or old sites behind; `tidyBuildFolder` (run
 * at the start of each build) puts `dist` back if it is missing and removes what dead builds left.
 *
 * BUILD_CRASH_AT=<point> makes the build kill itself at that point, for the crash tests.
 */
import { existsSync, lstatSync, mkdirSync, readdirSync, readlinkSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { join, relative } from 'node:path';

export const BUILD_DIR = '.build';
export type CrashPoint = 'staged' | 'site-moved' | 'link-made' | 'legacy-moved' | 'swapped';

/** Die at `point` when BUILD_CRASH_AT names it (SIGKILL: no cleanup runs, as in a power cut). */
export function crashPoint(point: CrashPoint): void {
  if (process.env['BUILD_CRASH_AT'] === point) process.kill(process.pid, 'SIGKILL');
}

function alive(pid: number): boolean {
  if (!pid) return false; // no owner: left by a recovery
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The pid in "dist-123", "site-123-…", "link-123", "dist.old-123"; NaN when none. */
const pidOf = (name: string) => Number(/(?:dist|site|link|search-input|dist\.old)-(\d+)/.exec(name)?.[1]);

/** The site folder `dist` points to (absolute), or undefined. */
export function publishedSite(root: string): string | undefined {
  const dist = join(root, 'dist');
  if (!existsSync(dist)) return undefined;
  return lstatSync(dist).isSymbolicLink() ? join(root, readlinkSync(dist)) : dist;
}

/** Point `dist` at `site` in one rename(); an old-layout real dist/ is first moved into .build/. */
function swapLink(root: string, site: string): void {
  const dist = join(root, 'dist');
  const link = join(root, BUILD_DIR, `link-${process.pid}`);
  rmSync(link, { force: true });
  // Relative to root, where the link will live: the checkout can move and dist still works.
  symlinkSync(relative(root, site), link);
  crashPoint('link-made');
  if (existsSync(dist) && !lstatSync(dist).isSymbolicLink()) {
    // No rename can put a link over a folder. Moving the folder aside leaves a short gap
    // without dist; a crash in it is repaired by tidyBuildFolder, which restores the newest site.
    renameSync(dist, join(root, BUILD_DIR, `site-${process.pid}-${Date.now()}-legacy`));
    crashPoint('legacy-moved');
  }
  renameSync(link, dist);
  crashPoint('swapped');
}

/** Remove every site folder that `dist` does not point to and no live build is about to publish. */
function removeOldSites(root: string): void {
  const current = publishedSite(root);
  const build = join(root, BUILD_DIR);
  for (const name of readdirSync(build).filter((n) => n.startsWith('site-'))) {
    const p = join(build, name);
    if (p !== current && (!alive(pidOf(name)) || pidOf(name) === process.pid)) rmSync(p, { recursive: true, force: true });
  }
}

/** Publish the checked build in `staging`: after this, `dist` is that site. */
export function publish(root: string, staging: string): string {
  const site = join(root, BUILD_DIR, `site-${process.pid}-${Date.now()}`);
  renameSync(staging, site);
  crashPoint('site-moved');
  swapLink(root, site);
  removeOldSites(root);
  return site;
}

function newestSite(build: string): string | undefined {
  const sites = readdirSync(build).filter((n) => n.startsWith('site-'));
  const stamp = (n: string) => Number(n.split('-')[2]);
  return sites.sort((a, b) => stamp(b) - stamp(a))[0];
}

/** Start of a build: make sure `dist` is a whole site again, then remove what crashed builds left. */
export function tidyBuildFolder(root: string): string[] {
  const build = join(root, BUILD_DIR);
  mkdirSync(build, { recursive: true });
  const removed: string[] = [];
  const dist = join(root, 'dist');
  // An old-layout publish that died between its two renames left dist.old-<pid> and no dist.
  const olds = readdirSync(root).filter((n) => n.startsWith('dist.old-') && !alive(pidOf(n)));
  if (!existsSync(dist) && olds[0]) renameSync(join(root, olds[0]), join(build, `site-0-${Date.now()}-recovered`));
  if (!existsSync(dist)) {
    const site = newestSite(build);
    if (site) {
      rmSync(dist, { force: true }); // a dangling link
      swapLink(root, join(build, site));
      removed.push(`dist restored -> ${BUILD_DIR}/${site}`);
    }
  }
  for (const name of olds.filter((n) => existsSync(join(root, n)))) {
    rmSync(join(root, name), { recursive: true, force: true });
    removed.push(name);
  }
  for (const name of readdirSync(build).filter((n) => /^(?:dist|link|search-input)-\d+$/.test(n) && !alive(pidOf(n)))) {
    rmSync(join(build, name), { recursive: true, force: true });
    removed.push(`${BUILD_DIR}/${name}`);
  }
  const current = publishedSite(root);
  for (const name of readdirSync(build).filter((n) => n.startsWith('site-'))) {
    if (join(build, name) !== current && !alive(pidOf(name))) {
      rmSync(join(build, name), { recursive: true, force: true });
      removed.push(`${BUILD_DIR}/${name}`);
    }
  }
  return removed;
}
