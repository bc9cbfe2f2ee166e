// Runs inside the benchmark page: the extension's own scanner, matcher and painter,
// a plain TreeWalker floor, and the bootstrap's "is this page about Korea?" test.
import { indexCorpus, resolveMentions, type CorpusIndex } from '../../src/core/corpus/corpus-index';
import type { Corpus } from '../../src/core/corpus/types';
import { TextWalker, locate } from '../../src/content/scanner';
import { pageMentionsKorea } from '../../src/content/prefilter';

let index: CorpusIndex | null = null;

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

/** Our full pass: walk, fold, match, map to ranges, paint. With `phases`, adds the time of each step. */
function ours(root: Node, phases?: Phases): number {
  const clock = phases ? () => performance.now() : () => 0;
  let t = clock();
  const lap = (k: keyof Phases) => {
    if (!phases) return;
    const now = clock();
    phases[k] += now - t;
    t = now;
  };
  const walker = new TextWalker(root);
  const ranges: Range[] = [];
  const state = { seenFull: new Set<number>(), counted: new Set<number>() };
  while (!walker.done) {
    const map = walker.next(20000);
    lap('walk');
    const mentions = resolveMentions(index!, map.text, { state });
    lap('match');
    for (const m of mentions) {
      const a = locate(map, m.start);
      const b = locate(map, m.end, true);
      if (!a || !b) continue;
      const r = document.createRange();
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
      ranges.push(r);
    }
    lap('ranges');
  }
  const H = (globalThis as unknown as { Highlight: new (...r: Range[]) => unknown }).Highlight;
  (CSS as unknown as { highlights: Map<string, unknown> }).highlights.set('kc-mention', new H(...ranges));
  lap('paint');
  return ranges.length;
}

interface Phases { walk: number; match: number; ranges: number; paint: number }

function clear() {
  (CSS as unknown as { highlights: Map<string, unknown> }).highlights.clear();
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

/** Median ms per call; each sample repeats the call until it lasts ≥ 5 ms (the page's clock is coarse). */
function time(fn: () => unknown, runs: number): number {
  let reps = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    if (performance.now() - t0 >= 5 || reps >= 1 << 16) break;
    reps *= 2;
  }
  const ts: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) fn();
    ts.push((performance.now() - t0) / reps);
  }
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
  measure(runs: number): { floor: number; readFloor: number; ours: number; matches: number; chars: number; phases: Phases } {
    const root = document.body;
    let matches = 0;
    const chars = floor(root);
    for (let i = 0; i < 2; i++) {
      floor(root);
      ours(root);
      clear();
    }
    const f = time(() => floor(root), runs);
    const rf = time(() => readFloor(root), runs);
    const o = time(() => {
      matches = ours(root);
      clear();
    }, runs);
    // Where our time goes: the mean of many passes, per step (the steps' clock reads add a little).
    const phases: Phases = { walk: 0, match: 0, ranges: 0, paint: 0 };
    const reps = 200;
    for (let i = 0; i < reps; i++) {
      ours(root, phases);
      clear();
    }
    for (const k of Object.keys(phases) as (keyof Phases)[]) phases[k] = +(phases[k] / reps).toFixed(4);
    return { floor: f, readFloor: rf, ours: o, matches, chars, phases };
  },
  notKorea(runs: number): { ms: number; related: boolean } {
    let related = false;
    const ms = time(() => (related = pageMentionsKorea(document, location.href)), runs);
    return { ms, related };
  },
  paint(): number {
    return ours(document.body);
  },
};
