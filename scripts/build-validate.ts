/**
 * `npm run build`'s first phase in a process of its own (scripts/lib/validate-step.ts):
 *
 *   node scripts/build-validate.ts <root> <today> <handoff file> [--release]
 */
import { validateForBuild } from './lib/validate-step.ts';

const [root, today, handoff] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!root || !today || !handoff) {
  console.error('usage: node scripts/build-validate.ts <root> <today> <handoff file> [--release]');
  process.exit(1);
}
process.exit(validateForBuild(root, today, handoff, process.argv.includes('--release')));
