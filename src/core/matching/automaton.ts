/**
 * Aho–Corasick automaton over folded UTF-16 code units. Built once from all
 * aliases; one pass over a text reports every pattern occurrence.
 */

export interface Automaton {
  /** Calls onHit(patternIndex, endExclusive) for every occurrence, in text order of end. */
  scan(text: string, onHit: (pattern: number, end: number) => void): void;
  readonly patternLengths: Uint32Array;
  readonly size: number;
}

/** Builds the automaton; patterns are already folded and non-empty. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
  const goto: Map<number, number>[] = [new Map()];
  const out: number[][] = [[]];
  const lengths = new Uint32Array(patterns.length);
  patterns.forEach((p, pi) => {
    lengths[pi] = p.length;
    let s = 0;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      let nx = goto[s].get(c);
      if (nx === undefined) {
        nx = goto.length;
        goto.push(new Map());
        out.push([]);
        goto[s].set(c, nx);
      }
      s = nx;
    }
    out[s].push(pi);
  });
  const n = goto.length;
  const fail = new Int32Array(n);
  // Dictionary link: nearest proper suffix state that has output (-1 if none).
  const dict = new Int32Array(n).fill(-1);
  const queue: number[] = [];
  for (const nx of goto[0].values()) queue.push(nx);
  for (let qi = 0; qi < queue.length; qi++) {
    const s = queue[qi];
    for (const [c, t] of goto[s]) {
      let f = fail[s];
      while (f > 0 && !goto[f].has(c)) f = fail[f];
      const ft = goto[f].get(c);
      fail[t] = ft !== undefined && ft !== t ? ft : 0;
      dict[t] = out[fail[t]].length ? fail[t] : dict[fail[t]];
      queue.push(t);
    }
  }
  // Root transitions in a flat table: most characters of most texts stay at the root.
  const root = new Int32Array(65536);
  for (const [c, t] of goto[0]) root[c] = t;
  const outFlat = out.map((o) => (o.length ? Int32Array.from(o) : null));

  return {
    patternLengths: lengths,
    size: n,
    scan(text, onHit) {
      let s = 0;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        let nx: number | undefined;
        while (true) {
          nx = s === 0 ? root[c] : goto[s].get(c);
          if (nx !== undefined && (s !== 0 || nx !== 0)) break;
          if (s === 0) { nx = 0; break; }
          s = fail[s];
        }
        s = nx;
        if (s === 0) continue;
        let t = outFlat[s] ? s : dict[s];
        while (t > 0) {
          const o = outFlat[t]!;
          for (let j = 0; j < o.length; j++) onHit(o[j], i + 1);
          t = dict[t];
        }
      }
    },
  };
}
