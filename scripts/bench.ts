// npm run bench [-- --json] [--quick] [--runs N] [--ext DIR] [--pages a,b] [--only cold|warm]
//                [--settle MS] [--samples] [--traces DIR]
// What a reader pays, measured in headless Chromium (see docs/bench.md):
//  COLD  each page loaded in a fresh browser with the built extension and without it, a performance
//        trace from the first byte until the page is quiet; our main-thread time, tasks, longest task,
//        first highlight, heap added; medians of N runs, next to the targets.
//  WARM  the shipped paint pass on loaded pages against a floor, a read floor and mark.js.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { findBrowser } from '../test/helpers/browsers';
import { runCold, type ColdPageResult } from './bench/cold';
import { PAGES, QUICK } from './bench/pages';
import { printCold } from './bench/report';
import { runWarm, type WarmResult } from './bench/warm';

const ROOT = resolve(import.meta.dirname, '..');
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(name);
const value = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const json = flag('--json');
const quick = flag('--quick');
const only = value('--only');
const runs = Number(value('--runs') ?? (quick ? 1 : 5));
// Hostile pages take 15–30 s a load; by default they get 3 runs so that the whole bench fits in 10 minutes.
const hostileRuns = value('--runs') ? runs : Math.min(runs, 3);
const settleMs = Number(value('--settle') ?? 2000);
const wanted = value('--pages')?.split(',');
const extArg = value('--ext');
const ext = extArg ? (isAbsolute(extArg) ? extArg : resolve(extArg)) : join(ROOT, 'dist/chrome');
const traceDir = value('--traces');
const log = (s = '') => {
  if (json) process.stderr.write(s + '\n');
  else console.log(s);
};

const exe = findBrowser('chromium');
if (!exe) {
  console.error('bench: Debian chromium is needed (apt-get install chromium)');
  process.exit(1);
}
if (only !== 'warm' && !existsSync(join(ext, 'manifest.json'))) {
  console.error(`bench: no built extension in ${ext} (npm run build, or --ext DIR)`);
  process.exit(1);
}
if (!Number.isInteger(runs) || runs < 1) {
  console.error('bench: --runs takes a whole number ≥ 1');
  process.exit(1);
}
if (traceDir) mkdirSync(traceDir, { recursive: true });

const git = (...a: string[]) => {
  try {
    return execFileSync('git', a, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
};
const manifest = existsSync(join(ext, 'manifest.json')) ? JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8')) : null;
const meta = {
  /** The checkout's commit when the bench ran (the build may be older: see builtAt). */
  commit: git('log', '-1', '--format=%h'),
  extension: relative(ROOT, ext).startsWith('..') ? ext : relative(ROOT, ext) || ext,
  builtAt: manifest ? statSync(join(ext, 'manifest.json')).mtime.toISOString() : null,
  webAccessibleResources: manifest ? !!manifest.web_accessible_resources?.length : null,
  manifestContentScripts: manifest ? (manifest.content_scripts?.length ?? 0) : null,
  chromium: (() => {
    try {
      return execFileSync(exe, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      return '';
    }
  })(),
  cores: cpus().length,
  loadAverageAtStart: +loadavg()[0].toFixed(2),
  loadAverageAtEnd: 0,
  runs,
  hostileRuns,
  settleMs,
  attribution: flag('--samples') ? 'trace events + CPU samples' : 'trace events (+ microtasks of tasks without page script)',
  seconds: 0,
};

const t0 = Date.now();
let cold: ColdPageResult[] = [];
let warm: WarmResult | null = null;
if (only !== 'warm') {
  const pages = PAGES.filter((p) => (wanted ? wanted.includes(p.id) : !quick || QUICK.includes(p.id)));
  log(`COLD: each page ${runs}× (hostile ones ${hostileRuns}×) in a fresh headless Chromium with ${meta.extension} and as often without it; medians`);
  log(
    `build: ${meta.extension}, built ${meta.builtAt} (checkout now at ${meta.commit}); web_accessible_resources: ${meta.webAccessibleResources ? 'yes' : 'no'}; manifest content scripts: ${meta.manifestContentScripts}`,
  );
  log(`${meta.chromium}; ${meta.cores} cores, load average ${meta.loadAverageAtStart}`);
  cold = await runCold({ exe, ext, pages, runs, hostileRuns, settleMs, samples: flag('--samples'), traceDir, log });
  log('');
  printCold(cold, ext, log);
}
if (only !== 'cold') warm = await runWarm({ exe, quick, log });
meta.loadAverageAtEnd = +loadavg()[0].toFixed(2);
meta.seconds = Math.round((Date.now() - t0) / 1000);
if (json) process.stdout.write(JSON.stringify({ meta, cold, warm }, null, 2) + '\n');
else {
  if (warm) {
    log('\nsummary');
    for (const [k, v] of Object.entries(warm.summary)) log(`  ${k}: ${v}`);
  }
  log(`\n${meta.seconds} s; load average ${meta.loadAverageAtStart} at the start, ${meta.loadAverageAtEnd} at the end`);
}
