// npm start: installs what is missing, builds, and opens Chromium (or Firefox with --firefox)
// with Korea Context loaded on the bundled demo article.
import { execFileSync } from 'node:child_process';
import { ensureBrowsers, ensureNodeModules } from './lib/setup.mjs';

ensureNodeModules();
const firefox = process.argv.includes('--firefox');
ensureBrowsers([firefox ? 'firefox-esr' : 'chromium']);
execFileSync('node', ['scripts/build.mjs'], { stdio: 'inherit' });
execFileSync('npx', ['tsx', 'scripts/demo.ts', ...process.argv.slice(2)], { stdio: 'inherit' });
