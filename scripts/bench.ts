// npm run bench [-- --json] [--quick]: speed and memory in headless Chromium.
// Per page, the median of: the floor (a TreeWalker reading every text node), our full pass
// (scan + match + paint), and mark.js highlighting the same alias list; plus the cost of the
// bootstrap on a non-Korea page, bundle sizes (gzip) and the JS heap after the pass.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../test/helpers/browsers';
import { FIXTURES, READABILITY, startServer } from '../test/helpers/server';
import { loadCorpus } from './lib/corpus-files';

const json = process.argv.includes('--json');
const quick = process.argv.includes('--quick');
const log = (...a: unknown[]) => { if (!json) console.log(...a); };
const require = createRequire(import.meta.url);
const MARK = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
const bundle = (await build({ entryPoints: ['scripts/bench/page-entry.ts'], bundle: true, write: false, format: 'iife', target: 'es2022', minify: true })).outputFiles[0].text;
const corpus = loadCorpus();

// Generated pages: 1×, 4× and 16× a typical article (the demo article's body, about 900 words at 1×).
const demo = readFileSync(join(FIXTURES, 'demo-article.html'), 'utf8');
const paras = [...demo.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
const generated = (k: number) => `<!doctype html><html><head><meta charset="utf-8"><title>Generated ${k}×</title></head><body><article><h1>Generated article ${k}×</h1>${Array.from({ length: k }, (_, i) => paras.concat(paras.slice(0, 3)).map((p) => `<p>${p} <b>Kim</b> Jong Un, part ${i}.</p>`).join('')).join('')}</article></body></html>`;

const exe = findBrowser('chromium');
if (!exe) {
  console.error('bench: Debian chromium is needed (apt-get install chromium)');
  process.exit(1);
}
const server = await startServer();
const browser = await puppeteer.launch({ executablePath: exe, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync', '--enable-precise-memory-info'] });
const page = await browser.newPage();

interface Phases { walk: number; match: number; ranges: number; paint: number }
interface Row { page: string; chars: number; matches: number; floor: number; readFloor: number; oursPerReadFloor: number; ours: number; markjs: number | null; oursPerFloor: number; markPerOurs: number | null; phases: Phases }
const rows: Row[] = [];
let markRuns = 0;

async function measure(label: string, load: () => Promise<unknown>, withMark: boolean) {
  await load();
  await page.evaluate(bundle);
  await page.evaluate(MARK);
  await page.evaluate((c) => (window as unknown as { kcBench: { init(c: unknown): number } }).kcBench.init(c), corpus as unknown as Record<string, unknown>);
  const r = await page.evaluate((runs) => (window as unknown as { kcBench: { measure(n: number): { floor: number; readFloor: number; ours: number; matches: number; chars: number; phases: Phases } } }).kcBench.measure(runs), quick ? 3 : 7);
  let markjs: number | null = null;
  // mark.js takes seconds per page with the full list; real pages over 60,000 characters are skipped for it.
  if (withMark && (label.startsWith('generated') || r.chars < 60000)) {
    markRuns++;
    markjs = await page.evaluate(() => {
      const w = window as unknown as { kcBench: { aliases(): string[] }; Mark: new (el: Element) => { mark(k: string[], o: unknown): void; unmark(o?: unknown): void } };
      const aliases = w.kcBench.aliases();
      const ts: number[] = [];
      for (let i = 0; i < 3; i++) {
        const m = new w.Mark(document.body);
        const t0 = performance.now();
        // mark.js recurses once per keyword; more than a few hundred at once overflow the stack,
        // so the same list goes in batches of 200 (the timings add up).
        for (let k = 0; k < aliases.length; k += 200) m.mark(aliases.slice(k, k + 200), { separateWordSearch: false, diacritics: false, caseSensitive: false, acrossElements: true });
        ts.push(performance.now() - t0);
        m.unmark();
      }
      return ts.sort((a, b) => a - b)[1];
    });
  }
  const row: Row = { page: label, chars: r.chars, matches: r.matches, floor: +r.floor.toFixed(4), readFloor: +r.readFloor.toFixed(4), oursPerReadFloor: +(r.ours / Math.max(r.readFloor, 0.001)).toFixed(2), ours: +r.ours.toFixed(4), markjs: markjs === null ? null : +markjs.toFixed(1), oursPerFloor: +(r.ours / Math.max(r.floor, 0.001)).toFixed(2), markPerOurs: markjs === null ? null : +(markjs / Math.max(r.ours, 0.001)).toFixed(1), phases: r.phases };
  rows.push(row);
  if (label !== 'warm-up') log(`${label.padEnd(40)} ${String(r.chars).padStart(8)} ${String(r.matches).padStart(6)} ${r.floor.toFixed(3).padStart(8)} ${r.readFloor.toFixed(3).padStart(8)} ${r.ours.toFixed(3).padStart(8)} ${(markjs?.toFixed(1) ?? '—').padStart(9)} ${String(row.oursPerFloor).padStart(7)} ${String(row.oursPerReadFloor).padStart(7)} ${String(row.markPerOurs ?? '—').padStart(8)}`);
}

log('\nfloor: a TreeWalker reading every text node; read floor: the same, also reading every character once');
log('page                                        chars  marks  floor ms  read ms   ours ms  mark.js ms ours/floor ours/read mark/ours');
// Warm-up: the first pass pays for JIT compilation; it is measured and dropped.
await measure('warm-up', () => page.setContent(generated(1)), false);
rows.pop();
for (const k of [1, 4, 16]) await measure(`generated ${k}× article`, () => page.setContent(generated(k)), true);
const heap = await page.metrics();
const readability = existsSync(READABILITY) ? readdirSync(READABILITY).filter((d) => existsSync(join(READABILITY, d, 'source.html'))).sort() : [];
if (!readability.length) log('\n(notice: ../shared/fixtures/readability-pages is absent; real pages skipped)');
for (const p of quick ? readability.slice(0, 10) : readability) await measure(`real: ${p}`, () => page.goto(`${server.base}/readability/${p}/`), !quick && markRuns < 18);

// The bootstrap on non-Korea pages: the whole cost before "not relevant".
const nonKorea: number[] = [];
for (const f of ['unrelated-gardening.html', 'neg-samsung.html']) {
  await page.goto(`${server.base}/pages/${f}`);
  await page.evaluate(bundle);
  nonKorea.push(await page.evaluate(() => (window as unknown as { kcBench: { notKorea(n: number): { ms: number } } }).kcBench.notKorea(21).ms));
}
for (const p of readability.slice(0, 40)) {
  await page.goto(`${server.base}/readability/${p}/`);
  await page.evaluate(bundle);
  const r = await page.evaluate(() => (window as unknown as { kcBench: { notKorea(n: number): { ms: number; related: boolean } } }).kcBench.notKorea(11));
  if (!r.related) nonKorea.push(r.ms);
}
await browser.close();
await server.close();

// Bundle sizes (gzip) of the built Chrome extension.
const dist = 'dist/chrome';
const sizes: Record<string, number> = {};
if (existsSync(dist)) {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  const gz = (f: string) => gzipSync(readFileSync(join(dist, f))).length;
  const loader = manifest.content_scripts[0].js[0] as string;
  const assets = readdirSync(join(dist, 'assets'));
  const boot = assets.find((a) => a.startsWith('src-content-bootstrap'))!;
  // What every page loads: the loader, the bootstrap and the chunks it imports statically.
  const bootText = readFileSync(join(dist, 'assets', boot), 'utf8');
  const deps = [...bootText.matchAll(/from\s*"\.\/([^"]+)"/g)].map((m) => m[1]);
  sizes['every page (loader + bootstrap + its imports)'] = gz(loader) + gz('assets/' + boot) + deps.reduce((n, d) => n + gz('assets/' + d), 0) + gz('src/content/highlights.css');
  for (const a of assets) if (/^(engine|CardView|jsxRuntime|browser)-/.test(a)) sizes['lazy: ' + a.replace(/-[\w-]+\.js$/, '')] = gz('assets/' + a);
  sizes['total extension (all files)'] = (function walk(d: string): number { return readdirSync(d).reduce((n, f) => { const p = join(d, f); return n + (statSync(p).isDirectory() ? walk(p) : gzipSync(readFileSync(p)).length); }, 0); })(dist);
}

const gen = (k: number) => rows.find((r) => r.page === `generated ${k}× article`)!;
/** The middle value (the upper one of an even count). */
const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const real = rows.filter((r) => r.page.startsWith('real:'));
/** Median over the real pages of a ratio; the generated 1× page stands in when the real pages are absent. */
const typical = (k: 'oursPerFloor' | 'oursPerReadFloor') => (real.length ? middle(real.map((r) => r[k])) : gen(1)[k]);
const summary = {
  typicalOursPerFloorMedian: typical('oursPerFloor'),
  typicalOursPerReadFloorMedian: typical('oursPerReadFloor'),
  generated1xOursPerFloor: gen(1).oursPerFloor,
  markjsPerOursAt1x: gen(1).markPerOurs,
  scaling16xOver1x: +(gen(16).ours / gen(1).ours).toFixed(1),
  nonKoreaBootstrapMsMedian: +middle(nonKorea).toFixed(3),
  nonKoreaBootstrapMsMax: +Math.max(...nonKorea).toFixed(3),
  jsHeapUsedMBAfterPass: +((heap.JSHeapUsedSize ?? 0) / 1048576).toFixed(1),
  bundleGzipBytes: sizes,
  aliases: corpus.entries.reduce((n, e) => n + 1 + e.aliases.length, 0),
};
if (json) process.stdout.write(JSON.stringify({ rows, summary }, null, 2) + '\n');
else {
  log('\nwhere our pass spends its time (ms per pass: walk the DOM and join text · fold + match · map to ranges · paint)');
  for (const k of [1, 4, 16]) {
    const p = gen(k).phases;
    log(`  generated ${k}×: walk ${p.walk} · match ${p.match} · ranges ${p.ranges} · paint ${p.paint}`);
  }
  log('\nsummary');
  for (const [k, v] of Object.entries(summary)) log(`  ${k}: ${v && typeof v === 'object' ? '\n' + Object.entries(v).map(([a, b]) => `    ${a}: ${b} B`).join('\n') : v}`);
}
