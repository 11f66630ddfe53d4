/**
 * `npm run build -- --release`: the build that goes to the public. It refuses placeholder web
 * addresses in content/settings.json; an ordinary build (CI's test build, a preview) only warns.
 */
import { describeExampleAddresses, exampleAddresses } from '../../src/checks/example-addresses.ts';

export interface BuildArgs {
  root: string | undefined;
  release: boolean;
}

/** `node scripts/build.ts [root] [--release]`. */
export function parseBuildArgs(argv: string[]): BuildArgs {
  return { root: argv.find((a) => !a.startsWith('--')), release: argv.includes('--release') };
}

/** Warn (ordinary build) or fail (release) on placeholder addresses; returns false when the build must stop. */
export function checkReleaseAddresses(settings: unknown, release: boolean, log = console.error): boolean {
  const lines = describeExampleAddresses(exampleAddresses(settings));
  if (lines.length === 0) return true;
  const head = release
    ? '✗ Bản phát hành cần địa chỉ thật / a release needs real addresses:'
    : '⚠ Cảnh báo: địa chỉ mẫu, chỉ dùng để thử; "npm run build -- --release" sẽ từ chối / warning: placeholder addresses (a --release build refuses them):';
  log(`${head}\n  - ${lines.join('\n  - ')}`);
  return !release;
}
