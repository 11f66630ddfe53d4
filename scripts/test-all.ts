/**
 * npm test: every check, in the order a failure is cheapest to find, then one closing line
 * "N passed, N failed" that counts each vitest test and each whole-step check (lint, types,
 * content, build). Later steps still run after a failure where they can, so one run shows all.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { binOf } from './lib/run.ts';

let passed = 0;
let failed = 0;
const failures: string[] = [];

function step(name: string, cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): boolean {
  console.log(`\n━━ ${name} ━━`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return r.status === 0;
}

function check(name: string, ok: boolean) {
  if (ok) passed++;
  else {
    failed++;
    failures.push(name);
  }
}

function vitest(name: string, config: string | undefined): void {
  mkdirSync('.build', { recursive: true });
  const out = `.build/${name}.json`;
  rmSync(out, { force: true });
  const args = [binOf('vitest'), 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${out}`];
  if (config) args.push('--config', config);
  const ok = step(`vitest: ${name}`, process.execPath, args);
  if (!existsSync(out)) {
    check(`${name} (vitest did not report)`, false);
    return;
  }
  const r = JSON.parse(readFileSync(out, 'utf8')) as {
    numPassedTests: number;
    numFailedTests: number;
    numTotalTests: number;
    testResults: { status: string; name: string }[];
  };
  // A test file that fails to load reports no tests: count it as a failure, never as nothing.
  const brokenFiles = r.testResults.filter((f) => f.status === 'failed' && r.numFailedTests === 0).length;
  passed += r.numPassedTests;
  failed += r.numFailedTests + brokenFiles;
  if (r.numFailedTests > 0 || brokenFiles > 0 || !ok) failures.push(`${name}: ${r.numFailedTests + brokenFiles} failed`);
  if (r.numTotalTests === 0) check(`${name}: ran no test`, false);
}

const node = process.execPath;
check('content check', step('check:content', node, ['scripts/check-content.ts']));
check('eslint', step('eslint', node, [binOf('eslint'), '.', '--max-warnings', '0']));
check('prettier', step('prettier', node, [binOf('prettier'), '--check', '.']));
check('astro check', step('astro check (types)', node, [binOf('astro'), 'check', '--minimumSeverity', 'warning']));
vitest('unit', undefined);
const built = step('build', node, ['scripts/build.ts']);
check('build', built);
if (built) vitest('e2e', 'vitest.e2e.config.ts');
else check('e2e (skipped: the build failed)', false);

console.log(`\n${failures.length ? `Failed: ${failures.join('; ')}\n` : ''}${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
