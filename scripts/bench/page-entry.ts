// Runs inside the warm-bench page: the SHIPPED paint pass (src/content/paint-pass.ts) with the
// shipped highlighter and the matching service run locally (in the extension it runs in the background), a plain TreeWalker floor, a read floor, and the sentinel's cheap test.
import { indexCorpus, resolveMentions, type CorpusIndex } from '../../src/core/corpus/corpus-index';
import { localService, type WireOptions } from '../../src/core/matching/service';
import type { Corpus } from '../../src/core/corpus/types';
import { DEFAULTS } from '../../src/core/settings/settings';
import { Highlighter, TEST_HIGHLIGHT_NAMES } from '../../src/content/highlighter';
import { CHUNK_CHARS, paintPass, type PaintState } from '../../src/content/paint-pass';
import { mentionOptions } from '../../src/content/session-prefs';
import { TextWalker } from '../../src/content/scanner';
import { pageMentionsKorea } from '../../src/content/prefilter';

let index: CorpusIndex | null = null;
/** Entries on the page, as the detection would hand them to the pass (found by one untimed pass). */
let found: number[] = [];
let hl: Highlighter | null = null;

/** The reader's defaults on a detected Korea page, but every mention and no cap, so that the whole page is walked. */
const options = (): WireOptions => ({ ...mentionOptions({ ...DEFAULTS }, null, { koreaPage: true, forced: false }), density: 'all' });

function floor(root: Node): number {
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let n = 0;
  while (w.nextNode()) n += (w.currentNode as Text).data.length;
  return n;
}

/** The floor plus reading every character once: what any matcher must at least pay. */
function readFloor(root: Node): number {
  const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let h = 0;
  while (w.nextNode()) {
    const d = (w.currentNode as Text).data;
    for (let i = 0; i < d.length; i++) h = (h + d.charCodeAt(i)) | 0;
  }
  return h;
}

function state(): PaintState {
  hl?.clear();
  hl = new Highlighter(TEST_HIGHLIGHT_NAMES);
  return {
    service: localService(() => index!),
    hl,
    maxHighlights: Infinity,
    options: options(),
    found,
    counts: new Map(),
    refs: new Map(),
    entryOf: new WeakMap(),
  };
}

/** The shipped pass, in one slice (the page session slices it by time; here nothing interrupts it). */
async function ours(root: Node): Promise<number> {
  const st = state();
  await paintPass(root, st, { budgetMs: Infinity, signal: new AbortController().signal });
  return st.hl.all().length;
}

interface Phases {
  walk: number;
  match: number;
  rangesAndPaint: number;
}

/** Where the pass spends its time: walking (TextWalker), matching (resolveMentions), the rest. */
async function phases(root: Node, reps: number, total: number): Promise<Phases> {
  let walk = 0;
  let match = 0;
  for (let r = 0; r < reps; r++) {
    const w = new TextWalker(root);
    const seen = { seenFull: new Set<number>(), counted: new Set<number>() };
    const texts: string[] = [];
    let t0 = performance.now();
    while (!w.done) texts.push(w.next(CHUNK_CHARS).text);
    walk += performance.now() - t0;
    t0 = performance.now();
    const o = options();
    for (const t of texts) resolveMentions(index!, t, { ...o, kinds: o.kinds && new Set(o.kinds), found: new Set(found), state: seen });
    match += performance.now() - t0;
  }
  walk /= reps;
  match /= reps;
  return { walk: +walk.toFixed(4), match: +match.toFixed(4), rangesAndPaint: +Math.max(0, total - walk - match).toFixed(4) };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** ms for `reps` calls in a row: sync functions run in a plain loop, async ones are awaited. */
async function lap(fn: () => unknown, reps: number, isAsync: boolean): Promise<number> {
  const t0 = performance.now();
  if (isAsync) for (let i = 0; i < reps; i++) await fn();
  else for (let i = 0; i < reps; i++) fn();
  return performance.now() - t0;
}

/** Median ms per call; each sample repeats the call until it lasts ≥ 5 ms (the page's clock is coarse). */
async function time(fn: () => unknown, runs: number): Promise<number> {
  const first = fn();
  const isAsync = first instanceof Promise;
  if (isAsync) await first;
  let reps = 1;
  while ((await lap(fn, reps, isAsync)) < 5 && reps < 1 << 16) reps *= 2;
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) ts.push((await lap(fn, reps, isAsync)) / reps);
  return median(ts);
}

(globalThis as unknown as Record<string, unknown>).kcBench = {
  init(corpus: Corpus): number {
    const t0 = performance.now();
    index = indexCorpus(corpus);
    return performance.now() - t0;
  },
  aliases(): string[] {
    return index!.aliases.filter((a) => a.mode === 'full').map((a) => a.text);
  },
  async measure(runs: number): Promise<{ floor: number; readFloor: number; ours: number; matches: number; chars: number; phases: Phases }> {
    const root = document.body;
    found = [];
    const first = state();
    await paintPass(root, first, { budgetMs: Infinity, signal: new AbortController().signal });
    found = [...first.counts.keys()];
    let matches = 0;
    const chars = floor(root);
    for (let i = 0; i < 2; i++) {
      floor(root);
      await ours(root);
    }
    const f = await time(() => floor(root), runs);
    const rf = await time(() => readFloor(root), runs);
    const o = await time(async () => (matches = await ours(root)), runs);
    hl?.clear();
    return { floor: f, readFloor: rf, ours: o, matches, chars, phases: await phases(root, 20, o) };
  },
  notKorea(runs: number): { ms: number; related: boolean } {
    let related = false;
    const ms = median(
      Array.from({ length: runs }, () => {
        const t0 = performance.now();
        for (let i = 0; i < 50; i++) related = pageMentionsKorea(document, location.href);
        return (performance.now() - t0) / 50;
      }),
    );
    return { ms, related };
  },
};
