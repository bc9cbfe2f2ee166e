// npm run build: checks the corpus, then builds the release builds dist/chrome and dist/firefox
// (and their zips) and the test builds dist/test/chrome and dist/test/firefox.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { zipDir } from './zip.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['tsx', 'scripts/corpus.ts', '--check', ...(process.env.KC_CORPUS_DRAFT ? ['--draft'] : [])]);
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
const targets = ['chrome', 'firefox'];
for (const target of targets) run('npx', ['vite', 'build', '--mode', target]);
run('npx', ['tsx', 'scripts/bundle.ts', ...targets]);
for (const target of targets) {
  zipDir(`dist/${target}`, `dist/korea-context-${version}-${target}.zip`);
  console.log(`built dist/${target}, dist/test/${target} and dist/korea-context-${version}-${target}.zip`);
}
