/**
 * Atomic publish (scripts/lib/publish.ts): a build killed (SIGKILL) at each step of publishing
 * always leaves a whole site at dist/, and the next build removes what the dead one left.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CrashPoint } from '../../scripts/lib/publish.ts';

const DRIVER = join(import.meta.dirname, '../fixtures/publish/driver.ts');
/** Pids far above any live process here: what crashed builds of long ago left. */
const DEAD = [4_000_001, 4_000_002];
const roots: string[] = [];

function build(root: string, label: string, crashAt?: CrashPoint, mode?: string) {
  const env = { ...process.env, BUILD_CRASH_AT: crashAt ?? '' };
  return spawnSync(process.execPath, [DRIVER, root, label, ...(mode ? [mode] : [])], { env, encoding: 'utf8' });
}

/** The site at dist/, read as a server would: both files of one build. */
function published(root: string): string | undefined {
  const home = join(root, 'dist', 'index.html');
  if (!existsSync(home)) return undefined;
  const page = readFileSync(join(root, 'dist', 'thu-tuc', 'a', 'index.html'), 'utf8');
  const text = readFileSync(home, 'utf8');
  expect(page, 'both files come from the same build').toBe(text);
  return text;
}

function project(layout: 'link' | 'legacy'): string {
  const root = mkdtempSync(join(tmpdir(), 'publish-'));
  roots.push(root);
  if (layout === 'link') expect(build(root, 'v1').status).toBe(0);
  else {
    mkdirSync(join(root, 'dist', 'thu-tuc', 'a'), { recursive: true });
    writeFileSync(join(root, 'dist', 'index.html'), 'v1');
    writeFileSync(join(root, 'dist', 'thu-tuc', 'a', 'index.html'), 'v1');
  }
  // Leftovers of crashed builds, old layout and new.
  mkdirSync(join(root, `dist.old-${DEAD[0]}`));
  mkdirSync(join(root, '.build', `dist-${DEAD[1]}`), { recursive: true });
  mkdirSync(join(root, '.build', `site-${DEAD[1]}-1000`), { recursive: true });
  mkdirSync(join(root, '.build', `search-input-${DEAD[1]}`, 'thu-tuc'), { recursive: true });
  return root;
}

afterEach(() => {
  for (const r of roots.splice(0)) rmSync(r, { recursive: true, force: true });
});

function leftovers(root: string): string[] {
  return [
    ...readdirSync(root).filter((n) => n.startsWith('dist.')),
    ...readdirSync(join(root, '.build')).filter((n) => !n.startsWith('site-')),
  ];
}

describe('publishing dist/ survives a crash at any step', () => {
  const points: CrashPoint[] = ['staged', 'site-moved', 'link-made', 'swapped'];
  it.each(points)('killed at "%s": dist/ is the old or the new site, whole; the next build tidies up', (point) => {
    const root = project('link');
    const crashed = build(root, 'v2', point);
    expect(crashed.signal).toBe('SIGKILL');
    expect(['v1', 'v2']).toContain(published(root));
    expect(build(root, 'v3').status).toBe(0);
    expect(published(root)).toBe('v3');
    expect(lstatSync(join(root, 'dist')).isSymbolicLink()).toBe(true);
    expect(leftovers(root)).toEqual([]);
    expect(readdirSync(join(root, '.build')).filter((n) => n.startsWith('site-'))).toHaveLength(1);
  });

  it.each(['site-moved', 'link-made', 'swapped'] as CrashPoint[])(
    'moves an old real dist/ folder to the new layout; killed at "%s" it stays whole',
    (point) => {
      const root = project('legacy');
      expect(build(root, 'v2', point).signal).toBe('SIGKILL');
      expect(['v1', 'v2']).toContain(published(root));
      expect(build(root, 'v3').status).toBe(0);
      expect(published(root)).toBe('v3');
      expect(leftovers(root)).toEqual([]);
    },
  );

  it('killed in the one gap of the old-layout move, the next build start puts a whole site back', () => {
    const root = project('legacy');
    expect(build(root, 'v2', 'legacy-moved').signal).toBe('SIGKILL');
    expect(build(root, '', undefined, 'tidy-only').status).toBe(0);
    expect(['v1', 'v2']).toContain(published(root));
    expect(leftovers(root)).toEqual([]);
  });

  it('an old-layout crash between its two renames (dist.old-PID, no dist) is recovered', () => {
    const root = mkdtempSync(join(tmpdir(), 'publish-'));
    roots.push(root);
    mkdirSync(join(root, `dist.old-${DEAD[0]}`, 'thu-tuc', 'a'), { recursive: true });
    writeFileSync(join(root, `dist.old-${DEAD[0]}`, 'index.html'), 'v1');
    writeFileSync(join(root, `dist.old-${DEAD[0]}`, 'thu-tuc', 'a', 'index.html'), 'v1');
    expect(build(root, '', undefined, 'tidy-only').status).toBe(0);
    expect(published(root)).toBe('v1');
    expect(leftovers(root)).toEqual([]);
  });
});
