// npm run build: checks the corpus, then builds dist/chrome and dist/firefox and their zips.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { zipDir } from './zip.mjs';

const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });
run('npx', ['tsx', 'scripts/corpus.ts', '--check', ...(process.env.KC_CORPUS_DRAFT ? ['--draft'] : [])]);
const version = JSON.parse(readFileSync('package.json', 'utf8')).version;
for (const target of ['chrome', 'firefox']) {
  run('npx', ['vite', 'build', '--mode', target]);
  zipDir(`dist/${target}`, `dist/korea-context-${version}-${target}.zip`);
  console.log(`built dist/${target} and dist/korea-context-${version}-${target}.zip`);
}
