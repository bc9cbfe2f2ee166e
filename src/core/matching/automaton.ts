/**
 * Aho–Corasick automaton over folded UTF-16 code units, laid out flat in typed
 * arrays (children of a state are contiguous, sorted by character). Built from
 * the sorted aliases level by level, with no per-state objects, so the whole
 * corpus compiles in a few milliseconds; one pass over a text reports every
 * pattern occurrence.
 */

export interface Automaton {
  /** Calls onHit(patternIndex, endExclusive) for every occurrence in codes[0, length), in text order of end. */
  scan(codes: Uint16Array, length: number, onHit: (pattern: number, end: number) => void): void;
  readonly patternLengths: ArrayLike<number>;
  readonly size: number;
}

/**
 * The automaton as plain typed arrays: what the build compiles once and the background loads
 * without a compile step.
 */
export interface AutomatonData {
  /** First child of each state (children are contiguous, sorted by character); length size + 1. */
  childStart: Index;
  chars: Uint16Array;
  fail: Index;
  /** Outputs of state s: outList[outStart[s] .. outStart[s + 1]). */
  outStart: Index;
  outList: Index;
  lengths: Index;
  /** Dictionary links: the nearest state down the fail chain that reports something (0: none). */
  dict: Index;
}

/** State and pattern numbers: 16 bits while they fit (half the bytes to ship and load), else 32. */
type Index = Int32Array | Uint16Array;

function narrow(a: Int32Array | Uint32Array): Index {
  let max = 0;
  for (let i = 0; i < a.length; i++) if (a[i] > max || a[i] < 0) max = a[i] < 0 ? 1 << 20 : a[i];
  return max < 65536 ? Uint16Array.from(a) : Int32Array.from(a);
}

/** Compiles the patterns into the automaton's arrays. */
export function automatonData(patterns: readonly string[]): AutomatonData {
  const order = patterns.map((_, i) => i).sort((a, b) => (patterns[a] < patterns[b] ? -1 : patterns[a] > patterns[b] ? 1 : a - b));
  const sorted = order.map((i) => patterns[i]);
  const trie = buildTrie(sorted, order);
  const { n, childStart, chars } = trie;
  const fail = failLinks(trie);
  const lengths = Uint32Array.from(patterns, (p) => p.length);
  const { outStart, outList } = flatOutputs(trie.outs, n);
  const dict = new Int32Array(n);
  for (let t = 1; t < n; t++) dict[t] = outStart[fail[t] + 1] > outStart[fail[t]] ? fail[t] : dict[fail[t]];
  const starts = new Int32Array(n + 1);
  starts.set(childStart.subarray(0, n));
  starts[n] = n;
  return {
    childStart: narrow(starts),
    chars: chars.slice(0, n),
    fail: narrow(fail),
    outStart: narrow(outStart),
    outList: narrow(outList),
    lengths: narrow(lengths),
    dict: narrow(dict),
  };
}

/** The trie under construction: one slot per state in each array (arrays may be longer than n). */
interface Trie {
  /** Number of states. */
  n: number;
  childStart: Int32Array;
  childCount: Int32Array;
  /** Character on the edge into each state. */
  chars: Uint16Array;
  parent: Int32Array;
  /** Patterns (original indices) ending at each state. */
  outs: (number[] | null)[];
}

/**
 * Builds the trie of the sorted patterns level by level: each state covers the range [lo, hi) of
 * patterns sharing its prefix, so its children are the runs of equal characters at its depth.
 * `order[i]` is the original index of `sorted[i]`.
 */
function buildTrie(sorted: readonly string[], order: readonly number[]): Trie {
  let cap = 1024;
  let childStart = new Int32Array(cap);
  let childCount = new Int32Array(cap);
  let chars = new Uint16Array(cap);
  let parent = new Int32Array(cap);
  let lo = new Int32Array(cap);
  let hi = new Int32Array(cap);
  let depth = new Int32Array(cap);
  const outs: (number[] | null)[] = [null];
  const grow = () => {
    cap *= 2;
    const g = <T extends Int32Array | Uint16Array>(a: T): T => {
      const b = new (a.constructor as new (n: number) => T)(cap);
      b.set(a);
      return b;
    };
    childStart = g(childStart);
    childCount = g(childCount);
    chars = g(chars);
    parent = g(parent);
    lo = g(lo);
    hi = g(hi);
    depth = g(depth);
  };
  let n = 1;
  lo[0] = 0;
  hi[0] = sorted.length;
  // States are created in breadth-first order, so processing ids in order is a BFS.
  for (let s = 0; s < n; s++) {
    const d = depth[s];
    let i = lo[s];
    const end = hi[s];
    while (i < end && sorted[i].length === d) {
      (outs[s] ??= []).push(order[i]);
      i++;
    }
    childStart[s] = n;
    while (i < end) {
      const c = sorted[i].charCodeAt(d);
      let j = i + 1;
      while (j < end && sorted[j].charCodeAt(d) === c) j++;
      if (n >= cap) grow();
      chars[n] = c;
      parent[n] = s;
      lo[n] = i;
      hi[n] = j;
      depth[n] = d + 1;
      outs.push(null);
      n++;
      i = j;
    }
    childCount[s] = n - childStart[s];
  }
  return { n, childStart, childCount, chars, parent, outs };
}

/** The child of state s on character c (binary search over its sorted children), or -1. */
function childOf(t: Trie, s: number, c: number): number {
  const chars = t.chars;
  let a = t.childStart[s];
  let b = a + t.childCount[s] - 1;
  while (a <= b) {
    const m = (a + b) >> 1;
    const mc = chars[m];
    if (mc === c) return m;
    if (mc < c) a = m + 1;
    else b = m - 1;
  }
  return -1;
}

/** Failure links: for each state, the longest proper suffix of its path that is also a trie path (BFS order). */
function failLinks(t: Trie): Int32Array {
  const { n, parent, chars } = t;
  const fail = new Int32Array(n);
  for (let s = 1; s < n; s++) {
    const p = parent[s];
    if (p === 0) continue;
    const c = chars[s];
    let f = fail[p];
    let ft = childOf(t, f, c);
    while (ft === -1 && f > 0) {
      f = fail[f];
      ft = childOf(t, f, c);
    }
    fail[s] = ft === -1 ? 0 : ft;
  }
  return fail;
}

/** Outputs flat: state s reports outList[outStart[s] .. outStart[s + 1]). */
function flatOutputs(outs: readonly (number[] | null)[], n: number): { outStart: Int32Array; outList: Int32Array } {
  const outStart = new Int32Array(n + 1);
  for (let t = 0; t < n; t++) outStart[t + 1] = outStart[t] + (outs[t]?.length ?? 0);
  const outList = new Int32Array(outStart[n]);
  for (let t = 0; t < n; t++) outs[t]?.forEach((o, j) => (outList[outStart[t] + j] = o));
  return { outStart, outList };
}

/** The scanner over compiled arrays (built now or loaded from the build). */
export function automatonFrom(a: AutomatonData): Automaton {
  const { childStart, chars, fail, outStart, outList, lengths, dict } = a;
  const n = fail.length;
  const goto = (s: number, c: number): number => {
    let lo = childStart[s];
    let hi = childStart[s + 1] - 1;
    while (lo <= hi) {
      const m = (lo + hi) >> 1;
      const mc = chars[m];
      if (mc === c) return m;
      if (mc < c) lo = m + 1;
      else hi = m - 1;
    }
    return -1;
  };
  // Root transitions in a flat table: most characters of most texts stay at the root.
  const root = new Int32Array(65536).fill(-1);
  for (let k = childStart[0]; k < childStart[1]; k++) root[chars[k]] = k;
  return {
    patternLengths: lengths,
    size: n,
    scan(codes, length, onHit) {
      let s = 0;
      for (let i = 0; i < length; i++) {
        const c = codes[i];
        let nx = s === 0 ? root[c] : goto(s, c);
        while (nx === -1 && s !== 0) {
          s = fail[s];
          nx = s === 0 ? root[c] : goto(s, c);
        }
        s = nx === -1 ? 0 : nx;
        if (s === 0) continue;
        let t = outStart[s + 1] > outStart[s] ? s : dict[s];
        while (t > 0) {
          for (let j = outStart[t]; j < outStart[t + 1]; j++) onHit(outList[j], i + 1);
          t = dict[t];
        }
      }
    },
  };
}
