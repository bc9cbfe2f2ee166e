// The warm bench: on pages already loaded, the shipped paint pass against a floor, a read floor and
// mark.js, plus the sentinel's cheap test on pages that are not about Korea.
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import puppeteer, { type Page } from 'puppeteer-core';
import { FIXTURES, READABILITY, startServer } from '../../test/helpers/server';
import { loadCorpus } from '../lib/corpus-files';

export interface Phases {
  walk: number;
  match: number;
  rangesAndPaint: number;
}
export interface WarmRow {
  page: string;
  chars: number;
  matches: number;
  floor: number;
  readFloor: number;
  ours: number;
  markjs: number | null;
  oursPerFloor: number;
  oursPerReadFloor: number;
  markPerOurs: number | null;
  phases: Phases;
}
export interface WarmResult {
  rows: WarmRow[];
  summary: Record<string, number | null>;
}

interface KcBench {
  init(c: unknown): number;
  aliases(): string[];
  measure(n: number): Promise<{ floor: number; readFloor: number; ours: number; matches: number; chars: number; phases: Phases }>;
  notKorea(n: number): { ms: number; related: boolean };
}
type MarkCtor = new (el: Element) => { mark(k: string[], o: unknown): void; unmark(o?: unknown): void };

const HERE = resolve(import.meta.dirname);

/** Generated pages: k× a typical article (the demo article's paragraphs, about 900 words at 1×). */
function generated(k: number): string {
  const demo = readFileSync(join(FIXTURES, 'demo-article.html'), 'utf8');
  const paras = [...demo.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
  const body = Array.from({ length: k }, (_, i) =>
    paras
      .concat(paras.slice(0, 3))
      .map((p) => `<p>${p} <b>Kim</b> Jong Un, part ${i}.</p>`)
      .join(''),
  ).join('');
  return `<!doctype html><html><head><meta charset="utf-8"><title>Generated ${k}×</title></head><body><article><h1>Generated article ${k}×</h1>${body}</article></body></html>`;
}

/** The middle value (the upper one of an even count). */
const middle = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function runWarm(o: { exe: string; quick: boolean; log: (s: string) => void }): Promise<WarmResult> {
  const { log, quick } = o;
  const require = createRequire(import.meta.url);
  const MARK = readFileSync(require.resolve('mark.js/dist/mark.min.js'), 'utf8');
  const bundle = (await build({ entryPoints: [join(HERE, 'page-entry.ts')], bundle: true, write: false, format: 'iife', target: 'es2022', minify: true }))
    .outputFiles[0].text;
  const corpus = loadCorpus();
  const server = await startServer();
  const browser = await puppeteer.launch({
    executablePath: o.exe,
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-sync'],
  });
  const page = await browser.newPage();
  const bench = (p: Page) => p.evaluateHandle(() => (window as unknown as { kcBench: KcBench }).kcBench);
  const rows: WarmRow[] = [];
  let markRuns = 0;

  async function measure(label: string, load: () => Promise<unknown>, withMark: boolean): Promise<void> {
    await load();
    await page.evaluate(bundle);
    await page.evaluate(MARK);
    const kc = await bench(page);
    await kc.evaluate((b, c) => b.init(c), corpus as unknown as Record<string, unknown>);
    const r = await kc.evaluate((b, n) => b.measure(n), quick ? 3 : 7);
    let markjs: number | null = null;
    // mark.js takes seconds per page with the full alias list: it runs on the generated 1× and 4× pages
    // and the first four real pages under 20,000 characters, once when one run already takes a second.
    if (withMark && r.chars < 20000) {
      markRuns++;
      markjs = await kc.evaluate((b) => {
        const aliases = b.aliases();
        const M = (window as unknown as { Mark: MarkCtor }).Mark;
        const ts: number[] = [];
        for (let i = 0; i < 3 && !(i === 1 && ts[0] > 1000); i++) {
          const m = new M(document.body);
          const t0 = performance.now();
          // mark.js recurses once per keyword; a few hundred at once overflow the stack, so batches of 200.
          for (let k = 0; k < aliases.length; k += 200)
            m.mark(aliases.slice(k, k + 200), { separateWordSearch: false, diacritics: false, caseSensitive: false, acrossElements: true });
          ts.push(performance.now() - t0);
          m.unmark();
        }
        return ts.sort((a, b) => a - b)[ts.length >> 1];
      });
    }
    const ratio = (a: number, b: number, d = 2) => +(a / Math.max(b, 0.001)).toFixed(d);
    const row: WarmRow = {
      page: label,
      chars: r.chars,
      matches: r.matches,
      floor: +r.floor.toFixed(4),
      readFloor: +r.readFloor.toFixed(4),
      ours: +r.ours.toFixed(4),
      markjs: markjs === null ? null : +markjs.toFixed(1),
      oursPerFloor: ratio(r.ours, r.floor),
      oursPerReadFloor: ratio(r.ours, r.readFloor),
      markPerOurs: markjs === null ? null : ratio(markjs, r.ours, 1),
      phases: r.phases,
    };
    rows.push(row);
    if (label !== 'warm-up')
      log(
        `${label.padEnd(40)} ${String(r.chars).padStart(8)} ${String(r.matches).padStart(6)} ${r.floor.toFixed(3).padStart(8)} ${r.readFloor.toFixed(3).padStart(8)} ${r.ours.toFixed(3).padStart(8)} ${(markjs?.toFixed(1) ?? '—').padStart(9)} ${String(row.oursPerFloor).padStart(7)} ${String(row.oursPerReadFloor).padStart(7)} ${String(row.markPerOurs ?? '—').padStart(8)}`,
      );
  }

  let nonKorea: number[] = [];
  let heapMB: number;
  try {
    log('\nWARM: the shipped paint pass on a loaded page (every mention, no cap), median ms per pass');
    log('floor: a TreeWalker reading every text node; read floor: the same, also reading every character once');
    log('page                                        chars  marks  floor ms  read ms   ours ms  mark.js ms ours/floor ours/read mark/ours');
    // Warm-up: the first pass pays for JIT compilation; it is measured and dropped.
    await measure('warm-up', () => page.setContent(generated(1)), false);
    rows.pop();
    for (const k of [1, 4, 16]) await measure(`generated ${k}× article`, () => page.setContent(generated(k)), true);
    heapMB = ((await page.metrics()).JSHeapUsedSize ?? 0) / 1048576;
    const readability = existsSync(READABILITY)
      ? readdirSync(READABILITY)
          .filter((d) => existsSync(join(READABILITY, d, 'source.html')))
          .sort()
      : [];
    if (!readability.length) log('(notice: the shared readability pages are absent; real pages skipped)');
    for (const p of quick ? readability.slice(0, 10) : readability)
      await measure(`real: ${p}`, () => page.goto(`${server.base}/readability/${p}/`), !quick && markRuns < 6);

    // The sentinel's cheap test on pages that are not about Korea.
    for (const f of ['unrelated-gardening.html', 'neg-samsung.html']) {
      if (!existsSync(join(FIXTURES, f))) continue;
      await page.goto(`${server.base}/pages/${f}`);
      await page.evaluate(bundle);
      nonKorea.push((await (await bench(page)).evaluate((b) => b.notKorea(21))).ms);
    }
    for (const p of readability.slice(0, quick ? 10 : 20)) {
      await page.goto(`${server.base}/readability/${p}/`);
      await page.evaluate(bundle);
      const r = await (await bench(page)).evaluate((b) => b.notKorea(11));
      if (!r.related) nonKorea.push(r.ms);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  if (!nonKorea.length) nonKorea = [NaN];

  const gen = (k: number) => rows.find((r) => r.page === `generated ${k}× article`)!;
  const real = rows.filter((r) => r.page.startsWith('real:'));
  const typical = (k: 'oursPerFloor' | 'oursPerReadFloor') => (real.length ? middle(real.map((r) => r[k])) : gen(1)[k]);
  const summary = {
    typicalOursPerFloorMedian: typical('oursPerFloor'),
    typicalOursPerReadFloorMedian: typical('oursPerReadFloor'),
    generated1xOursPerFloor: gen(1).oursPerFloor,
    markjsPerOursAt1x: gen(1).markPerOurs,
    scaling16xOver1x: +(gen(16).ours / gen(1).ours).toFixed(1),
    nonKoreaPrefilterMsMedian: +middle(nonKorea).toFixed(4),
    nonKoreaPrefilterMsMax: +Math.max(...nonKorea).toFixed(4),
    jsHeapUsedMBAfterPass: +heapMB.toFixed(1),
    aliases: corpus.entries.reduce((n, e) => n + 1 + e.aliases.length, 0),
  };
  log('\nwhere the pass spends its time (ms per pass: TextWalker · resolveMentions · ranges and paint)');
  for (const k of [1, 4, 16]) {
    const p = gen(k).phases;
    log(`  generated ${k}×: walk ${p.walk} · match ${p.match} · ranges and paint ${p.rangesAndPaint}`);
  }
  return { rows, summary };
}
