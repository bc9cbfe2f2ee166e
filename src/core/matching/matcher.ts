import { buildAutomaton, type Automaton } from './automaton';
import { fold, foldAlias, foldAliasCased, isAcronym, isHangul, isWordChar } from './normalize';

/** One alias to find; `caseSensitive` defaults to true for acronyms. */
export interface AliasSpec {
  text: string;
  caseSensitive?: boolean;
  /** Overlapping matches of aliases in the same group merge into one ("President Moon" + "Moon Jae-in"). */
  group?: number;
}

/** A found alias: offsets in the original text, and the alias' index in the spec list. */
export interface Match {
  start: number;
  end: number;
  alias: number;
}

export interface Matcher {
  /** One pass; leftmost-longest, non-overlapping matches in text order. */
  find(text: string): Match[];
  readonly aliasCount: number;
  readonly stateCount: number;
}

/**
 * Korean particles and endings that may follow a Hangul name (김정은은, 개성공단에서).
 * Longest first so the check is a prefix test.
 */
export const HANGUL_PARTICLES = [
  '으로부터', '에서부터', '이라는', '에게서', '으로서', '으로써', '이라고', '이었다', '에서는', '에서도', '에서의',
  '께서', '에서', '에게', '으로', '부터', '까지', '처럼', '보다', '라는', '라고', '이다', '였다', '과의', '와의',
  '에는', '에도', '에의', '이나', '이며', '이고', '로서', '로써', '한테', '측은', '측이', '측의', '측',
  '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로', '만', '나', '랑', '씨',
];

interface Pattern {
  cased: string | null;
  aliases: number[]; // specs sharing the folded form
}

/** A candidate occurrence before overlap resolution (folded offsets). */
export interface Candidate {
  start: number;
  end: number;
  alias: number;
}

/**
 * Leftmost-longest, non-overlapping selection. Shared by the automaton and the reference matcher.
 * With `groups`, overlapping candidates of the same group first merge into one span.
 */
export function selectLongest(cands: Candidate[], groups?: ArrayLike<number>): Candidate[] {
  cands.sort((a, b) => a.start - b.start || b.end - a.end || a.alias - b.alias);
  if (groups) {
    const merged: Candidate[] = [];
    for (const c of cands) {
      let joined = false;
      for (let k = merged.length - 1; k >= 0 && merged[k].end > c.start - 1; k--) {
        const m = merged[k];
        if (groups[m.alias] === groups[c.alias] && groups[c.alias] >= 0 && c.start < m.end) {
          if (c.end > m.end) m.end = c.end;
          joined = true;
          break;
        }
      }
      if (!joined) merged.push({ ...c });
    }
    cands = merged.sort((a, b) => a.start - b.start || b.end - a.end || a.alias - b.alias);
  }
  const res: Candidate[] = [];
  let lastEnd = -1;
  for (const c of cands) {
    if (c.start >= lastEnd) {
      res.push(c);
      lastEnd = c.end;
    }
  }
  return res;
}

/** Whole-word test at folded offsets [start, end) for an alias. */
export function boundaryOk(t: string, start: number, end: number, alias: string): boolean {
  const first = alias.charCodeAt(0);
  const last = alias.charCodeAt(alias.length - 1);
  if (start > 0) {
    const p = t.charCodeAt(start - 1);
    if (isWordChar(first) && isWordChar(p)) return false;
  }
  if (end < t.length) {
    const nx = t.charCodeAt(end);
    if (isWordChar(last) && isWordChar(nx)) {
      if (!(isHangul(last) && isHangul(nx))) return false;
      return HANGUL_PARTICLES.some((p) => t.startsWith(p, end) && !isHangul(t.charCodeAt(end + p.length) || 0));
    }
  }
  return true;
}

/** Compiles every alias into one automaton. */
export function compileMatcher(specs: readonly AliasSpec[]): Matcher {
  const byFolded = new Map<string, Pattern>();
  const caseOf: (string | null)[] = [];
  specs.forEach((s, i) => {
    const f = foldAlias(s.text);
    const cs = s.caseSensitive ?? isAcronym(s.text);
    caseOf[i] = cs ? foldAliasCased(s.text) : null;
    if (!f) return;
    let p = byFolded.get(f);
    if (!p) byFolded.set(f, (p = { cased: null, aliases: [] }));
    p.aliases.push(i);
  });
  const groups = Int32Array.from(specs, (s) => s.group ?? -1);
  const keys = [...byFolded.keys()];
  const pats = keys.map((k) => byFolded.get(k)!);
  const ac: Automaton = buildAutomaton(keys);

  return {
    aliasCount: specs.length,
    stateCount: ac.size,
    find(text: string): Match[] {
      const f = fold(text);
      const t = f.text;
      const cands: Candidate[] = [];
      ac.scan(t, (pi, end) => {
        const start = end - ac.patternLengths[pi];
        const key = keys[pi];
        if (!boundaryOk(t, start, end, key)) return;
        for (const a of pats[pi].aliases) {
          const cased = caseOf[a];
          if (cased !== null && f.cased.slice(start, end) !== cased) continue;
          cands.push({ start, end, alias: a });
          break;
        }
      });
      return selectLongest(cands, groups).map((c) => ({ start: f.starts[c.start], end: f.ends[c.end - 1], alias: c.alias }));
    },
  };
}
