// npm test: every test. Lint, format and dead-code checks, type checks, the corpus checks, unit
// tests in Node, the DOM tier, a fresh build, then end-to-end tests in real headless Chromium and
// Firefox ESR with the built extension (release and test builds).
import { execFileSync } from 'node:child_process';
import { ensureBrowsers, ensureNodeModules } from './lib/setup.mjs';

ensureNodeModules();
ensureBrowsers();

const steps = [
  ['lint (boundaries, size limits)', 'npx', ['eslint', '--max-warnings', '0', 'src', 'scripts', 'test']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['dead code (unused files, exports, dependencies)', 'npx', ['knip', '--no-progress']],
  ['type check', 'npx', ['tsc', '--noEmit', '-p', '.']],
  ['core boundary (no DOM, no browser APIs)', 'npx', ['tsc', '--noEmit', '-p', 'src/core']],
  ['build (includes corpus checks)', 'node', ['scripts/build.mjs']],
  ['unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['DOM tier (page session lifecycle)', 'npx', ['vitest', 'run', '--project', 'dom']],
  ['end-to-end tests', 'npx', ['vitest', 'run', '--project', 'e2e']],
];
const only = process.argv.slice(2);
for (const [name, cmd, args] of steps) {
  if (only.length && !only.some((o) => name.startsWith(o))) continue;
  console.log(`\n=== ${name} ===`);
  const t0 = Date.now();
  execFileSync(cmd, args, { stdio: 'inherit' });
  console.log(`=== ${name}: ok (${((Date.now() - t0) / 1000).toFixed(1)} s) ===`);
}
