import { automatonData, automatonFrom, type AutomatonData } from './automaton';
import { foldAlias, foldAliasCased, foldBuffer, foldCodes, isAcronym, isHangul, isWordChar } from './normalize';

/** One alias to find; `caseSensitive` defaults to true for acronyms. */
export interface AliasSpec {
  text: string;
  caseSensitive?: boolean;
  /** Overlapping matches of aliases in the same group merge into one ("President Moon" + "Moon Jae-in"). */
  group?: number;
  /**
   * Context words: never block a name. Weak matches are chosen among themselves
   * (leftmost-longest) and may overlap the names chosen.
   */
  weak?: boolean;
}

/** A found alias: offsets in the original text, and the alias' index in the spec list. */
export interface Match {
  start: number;
  end: number;
  alias: number;
}

export interface Matcher {
  /** One pass; leftmost-longest, non-overlapping matches in text order (weak ones may overlap others). */
  find(text: string): Match[];
  readonly aliasCount: number;
  readonly stateCount: number;
}

/**
 * Korean particles and endings that may follow a Hangul name (김정은은, 개성공단에서).
 * Longest first so the check is a prefix test.
 */
export const HANGUL_PARTICLES = [
  '으로부터',
  '에서부터',
  '이라는',
  '에게서',
  '으로서',
  '으로써',
  '이라고',
  '이었다',
  '에서는',
  '에서도',
  '에서의',
  '께서',
  '에서',
  '에게',
  '으로',
  '부터',
  '까지',
  '처럼',
  '보다',
  '라는',
  '라고',
  '이다',
  '였다',
  '과의',
  '와의',
  '에는',
  '에도',
  '에의',
  '이나',
  '이며',
  '이고',
  '로서',
  '로써',
  '한테',
  '측은',
  '측이',
  '측의',
  '측',
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '에',
  '와',
  '과',
  '도',
  '로',
  '만',
  '나',
  '랑',
  '씨',
];

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

const PARTICLE_CODES = HANGUL_PARTICLES.map((p) => Uint16Array.from(p, (ch) => ch.charCodeAt(0)));

/** Whole-word test at folded offsets [start, end) of t[0, len) for an alias whose first and last units are given. */
function boundaryOkCodes(t: Uint16Array, len: number, start: number, end: number, first: number, last: number): boolean {
  if (start > 0 && isWordChar(first) && isWordChar(t[start - 1])) return false;
  if (end < len) {
    const nx = t[end];
    if (isWordChar(last) && isWordChar(nx)) {
      if (!(isHangul(last) && isHangul(nx))) return false;
      // A Hangul name may be followed by a particle, and then by no more Hangul.
      outer: for (const p of PARTICLE_CODES) {
        if (end + p.length > len) continue;
        for (let j = 0; j < p.length; j++) if (t[end + j] !== p[j]) continue outer;
        if (end + p.length < len && isHangul(t[end + p.length])) continue;
        return true;
      }
      return false;
    }
  }
  return true;
}

/** Whole-word test at folded offsets [start, end) of a folded string, for a folded alias. */
export function boundaryOk(t: string, start: number, end: number, alias: string): boolean {
  const codes = new Uint16Array(t.length);
  for (let i = 0; i < t.length; i++) codes[i] = t.charCodeAt(i);
  return boundaryOkCodes(codes, t.length, start, end, alias.charCodeAt(0), alias.charCodeAt(alias.length - 1));
}

/** Compiles every alias into one automaton. */
/** A compiled matcher as plain data: built once at build time, loaded by the content script. */
export interface MatcherData {
  ac: AutomatonData;
  /** Spec indices sharing each folded pattern. */
  aliasesOf: number[][];
  /** Per spec: the cased form to compare for case-sensitive aliases, else null. */
  caseOf: (string | null)[];
  groups: Int32Array;
  weak: Uint8Array;
  /** First and last code unit of each folded pattern, for the word-boundary test. */
  firstUnit: Uint16Array;
  lastUnit: Uint16Array;
}

/** First and last code unit of each pattern, read off the trie (no strings kept). */
function patternEnds(a: AutomatonData): { firstUnit: Uint16Array; lastUnit: Uint16Array } {
  const { childStart, chars, outStart, outList } = a;
  const firstUnit = new Uint16Array(a.lengths.length);
  const lastUnit = new Uint16Array(a.lengths.length);
  const states = childStart.length - 1;
  const firstOf = new Uint16Array(states);
  for (let k = childStart[0]; k < childStart[1]; k++) firstOf[k] = chars[k];
  for (let s = 1; s < states; s++) {
    for (let k = childStart[s]; k < childStart[s + 1]; k++) firstOf[k] = firstOf[s];
    for (let j = outStart[s]; j < outStart[s + 1]; j++) {
      firstUnit[outList[j]] = firstOf[s];
      lastUnit[outList[j]] = chars[s];
    }
  }
  return { firstUnit, lastUnit };
}

/** Compiles alias specs into a matcher. */
export function compileMatcher(specs: readonly AliasSpec[]): Matcher {
  return matcherFrom(matcherData(specs));
}

/** Compiles alias specs into the matcher's data. */
export function matcherData(specs: readonly AliasSpec[]): MatcherData {
  const byFolded = new Map<string, number[]>();
  const caseOf: (string | null)[] = [];
  specs.forEach((s, i) => {
    const f = foldAlias(s.text);
    const cs = s.caseSensitive ?? isAcronym(s.text);
    caseOf[i] = cs ? foldAliasCased(s.text) : null;
    if (!f) return;
    const list = byFolded.get(f);
    if (list) list.push(i);
    else byFolded.set(f, [i]);
  });
  const keys = [...byFolded.keys()];
  const ac = automatonData(keys);
  return {
    ac,
    ...patternEnds(ac),
    aliasesOf: keys.map((k) => byFolded.get(k)!),
    caseOf,
    groups: Int32Array.from(specs, (s) => s.group ?? -1),
    weak: Uint8Array.from(specs, (s) => (s.weak ? 1 : 0)),
  };
}

/** The matcher over compiled data. */
export function matcherFrom(d: MatcherData): Matcher {
  const { aliasesOf, caseOf, groups, weak } = d;
  const anyWeak = weak.includes(1);
  const ac = automatonFrom(d.ac);
  const { firstUnit, lastUnit } = d;
  let buf = foldBuffer();

  return {
    aliasCount: caseOf.length,
    stateCount: ac.size,
    find(text: string): Match[] {
      const f = (buf = foldCodes(text, buf));
      const t = f.lower;
      const len = f.length;
      const cands: Candidate[] = [];
      ac.scan(t, len, (pi, end) => {
        const start = end - ac.patternLengths[pi];
        if (!boundaryOkCodes(t, len, start, end, firstUnit[pi], lastUnit[pi])) return;
        for (const a of aliasesOf[pi]) {
          const cased = caseOf[a];
          if (cased !== null && (cased.length !== end - start || !sameUnits(f.cased, start, cased))) continue;
          cands.push({ start, end, alias: a });
          break;
        }
      });
      let chosen: Candidate[];
      if (!anyWeak) chosen = selectLongest(cands, groups);
      else {
        const strong: Candidate[] = [];
        const soft: Candidate[] = [];
        for (const c of cands) (weak[c.alias] ? soft : strong).push(c);
        chosen = selectLongest(strong, groups);
        if (soft.length) chosen = mergeByStart(chosen, selectLongest(soft));
      }
      return chosen.map((c) => ({ start: f.starts[c.start], end: f.ends[c.end - 1], alias: c.alias }));
    },
  };
}

function mergeByStart(a: Candidate[], b: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) out.push(j >= b.length || (i < a.length && a[i].start <= b[j].start) ? a[i++] : b[j++]);
  return out;
}

function sameUnits(a: Uint16Array, at: number, s: string): boolean {
  for (let j = 0; j < s.length; j++) if (a[at + j] !== s.charCodeAt(j)) return false;
  return true;
}
