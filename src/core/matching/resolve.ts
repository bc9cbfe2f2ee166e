/**
 * From raw alias matches to the mentions a reader sees: context rules, date rules,
 * coreference, episode words, collisions, and density.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import { entryDate, type EntryKind } from '../corpus/types';
import { KEYWORDS, type Side } from '../detection/keywords';
import { EPISODES, type EpisodeContext } from './episodes';
import { foreignBefore, HANGUL_COLLISIONS } from './collisions';
import { isAcronym } from './normalize';
import { covers } from './titles';

/** A highlighted mention: an entry at [start, end) of the scanned text. */
export interface Mention {
  entry: number;
  start: number;
  end: number;
  /** How a mention that is not a full name was resolved. */
  why?: 'episode' | 'date-rule' | 'coreference';
}

/** State carried from earlier chunks of the same page. */
export interface MentionState {
  seenFull: Set<number>;
  counted: Set<number>;
  /** Entry -> order of its latest full mention (coreference picks the latest). */
  lastFull?: Map<number, number>;
  order?: number;
  /** Words read so far in the current part (density 'first'). */
  partWords?: number;
}

export interface MentionOptions {
  articleDate?: string | null;
  /** Kinds to keep; all when absent. */
  kinds?: ReadonlySet<EntryKind>;
  /** 'first': each entry at its first mention in each part of the article; 'all': every mention. */
  density?: 'first' | 'all';
  /** Words per part for density 'first' (default {@link PART_WORDS}); Infinity: once per page. */
  partWords?: number;
  /** Cap on returned mentions. */
  max?: number;
  /** Entries known to be on the page already (for context rules across chunks). */
  found?: ReadonlySet<number>;
  state?: MentionState;
  /** The page was detected as being about Korea: episode words may link (default false: the caller says so). */
  koreaPage?: boolean;
  /** Start offsets of the text's blocks (paragraphs); default: after every newline. */
  blocks?: readonly number[];
  /** Keep capitals, agency bylines (QUIET_IDS) and affiliations quiet; default: when density is 'first'. */
  quiet?: boolean;
  /** Also return the Korea words and country markers (detection uses them). */
  keywords?: boolean;
}

/** A part of the article: each entry is highlighted once per this many words by default. */
export const PART_WORDS = 600;

/** Capitals and agency bylines: on nearly every Korea story, highlighted only when the reader asks. */
export const QUIET_IDS: ReadonlySet<string> = new Set(['seoul', 'pyongyang', 'yonhap', 'kcna', 'korean-peninsula', 'dprk', 'rok']);

const BIT: Record<Side, number> = { N: 1, S: 2, K: 4, k: 8, US: 16, CN: 32, RU: 64, JP: 128, X: 256 };
const KOREA = BIT.N | BIT.S | BIT.K | BIT.k;
const SIDES = Object.keys(BIT) as Side[];

/** Everything one pass finds: mentions, context words and the blocks. */
export interface Scan {
  mentions: Mention[];
  /** Korea words and country markers, with the block they are in. */
  keywords: { keyword: number; start: number; end: number; block: number }[];
  /** Block start offsets used. */
  blockStarts: number[];
  /** Block of each mention (parallel to mentions). */
  mentionBlocks: number[];
}

/** Resolves raw alias matches into entry mentions, applying context, date, coreference and density rules. */
export function resolveMentions(index: CorpusIndex, text: string, opts: MentionOptions = {}): Mention[] {
  return scanText(index, text, opts).mentions;
}

function blockStartsOf(text: string, blocks?: readonly number[]): number[] {
  if (blocks?.length) return blocks[0] === 0 ? [...blocks] : [0, ...blocks];
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

function countWords(text: string, from: number, to: number): number {
  let n = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Picks, among dated owners, the one nearest before the article date (else the latest). */
function pickNearest(index: CorpusIndex, owners: number[], articleDate?: string | null): number {
  const dated = owners.map((o) => ({ o, d: entryDate(index.entries[o]) ?? '' })).sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : 0));
  if (articleDate) {
    const before = dated.filter((x) => x.d && x.d.slice(0, articleDate.length) <= articleDate);
    if (before.length) return before[before.length - 1].o;
  }
  return dated[dated.length - 1].o;
}

/** One pass over a text: see {@link resolveMentions}; also returns the context words for detection. */
export function scanText(index: CorpusIndex, text: string, opts: MentionOptions = {}): Scan {
  const raw = index.matcher.find(text);
  const blockStarts = blockStartsOf(text, opts.blocks);
  const nb = blockStarts.length;
  const blockOfRaw = new Int32Array(raw.length);
  const sides = new Uint16Array(nb);
  const blockEntries = new Map<number, Set<number>>();
  // Country markers in text order, as parallel arrays (there are many on a Korea page).
  const mPos: number[] = [];
  const mSide: Side[] = [];
  const mBlock: number[] = [];
  const wantKeywords = opts.keywords ?? false;
  const found = new Set<number>(opts.found ?? []);
  const keywords: Scan['keywords'] = [];
  let b = 0;
  for (let r = 0; r < raw.length; r++) {
    const m = raw[r];
    while (b + 1 < nb && blockStarts[b + 1] <= m.start) b++;
    blockOfRaw[r] = b;
    const a = index.aliases[m.alias];
    if (wantKeywords && a.keyword !== undefined) keywords.push({ keyword: a.keyword, start: m.start, end: m.end, block: b });
    if (a.side && (a.mode === 'keyword' || (a.mode === 'full' && !a.generic && !a.collision && !a.foreignCheck))) {
      sides[b] |= BIT[a.side];
      mPos.push(m.start);
      mSide.push(a.side);
      mBlock.push(b);
    }
    if (a.mode === 'full' && a.owners.length === 1 && !a.generic && !a.collision) {
      found.add(a.owners[0]);
      let s = blockEntries.get(b);
      if (!s) blockEntries.set(b, (s = new Set()));
      s.add(a.owners[0]);
    }
  }
  const windowSides = (blk: number, span: number) => {
    let v = 0;
    for (let k = Math.max(0, blk - span); k <= Math.min(nb - 1, blk + span); k++) v |= sides[k];
    return v;
  };
  const inWindow = (blk: number, ids: number[] | undefined, span: number) => {
    for (let k = Math.max(0, blk - span); k <= Math.min(nb - 1, blk + span); k++) {
      const s = blockEntries.get(k);
      if (s && ids?.some((id) => s.has(id))) return true;
    }
    return false;
  };
  const nearestSide = (pos: number, blk: number, among: readonly Side[]): Side | null => {
    // Markers are in text order: start at the first one at or after pos and walk out both ways.
    let lo = 0;
    let hi = mPos.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (mPos[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    for (const blkTry of [blk, blk - 1]) {
      let best: Side | null = null;
      let bestD = Infinity;
      for (let i = lo - 1; i >= 0 && mBlock[i] >= blkTry; i--) {
        if (mBlock[i] === blkTry && among.includes(mSide[i])) {
          bestD = pos - mPos[i];
          best = mSide[i];
          break;
        }
      }
      for (let i = lo; i < mPos.length && mBlock[i] <= blkTry; i++) {
        if (mBlock[i] === blkTry && among.includes(mSide[i])) {
          if (mPos[i] - pos < bestD) best = mSide[i];
          break;
        }
      }
      if (best) return best;
    }
    return null;
  };

  const state = opts.state ?? { seenFull: new Set<number>(), counted: new Set<number>() };
  const seenFull = state.seenFull;
  const counted = state.counted;
  const lastFull = (state.lastFull ??= new Map());
  state.order ??= 0;
  state.partWords ??= 0;
  const first = opts.density === 'first';
  const partWords = opts.partWords ?? PART_WORDS;
  const quiet = opts.quiet ?? opts.density === 'first';
  const koreaPage = opts.koreaPage ?? false;
  const date = opts.articleDate ?? null;
  const out: Mention[] = [];
  const mentionBlocks: number[] = [];
  let lastPerson = -1;
  const highlighted = (state as MentionState & { highlighted?: Set<number> }).highlighted ??= new Set<number>();
  let wordBlock = 0; // blocks before this one are counted into state.partWords
  const see = (e: number) => {
    seenFull.add(e);
    lastFull.set(e, state.order!++);
  };
  const latestSeen = (owners: number[]) => {
    let best: number | undefined;
    let bestOrder = -1;
    for (const o of owners) {
      const ord = lastFull.get(o);
      if (ord !== undefined && ord > bestOrder) {
        bestOrder = ord;
        best = o;
      }
    }
    return best;
  };

  for (let r = 0; r < raw.length; r++) {
    const m = raw[r];
    const a = index.aliases[m.alias];
    if (a.mode === 'keyword') continue;
    const blk = blockOfRaw[r];
    let entry: number | undefined;
    let why: Mention['why'];
    const hangul = !!a.hangul;
    if (a.generic && !(windowSides(blk, 1) & KOREA)) continue;
    if (a.collision) {
      const c = HANGUL_COLLISIONS[a.collision];
      const need = c.need.reduce((v, s) => v | BIT[s], 0);
      if (!(windowSides(blk, 1) & need) || c.deny?.test(text.slice(m.end, m.end + 8))) continue;
    }
    if (a.foreignCheck && foreignBefore(text, m.start, hangul)) continue;
    switch (a.mode) {
      case 'full':
        entry = a.owners.length === 1 ? a.owners[0] : a.nearestDate ? pickNearest(index, a.owners, date) : undefined;
        if (entry !== undefined) see(entry);
        break;
      case 'requires': {
        // Acronyms and Hangul words collide most: their context must be near; longer names may rely on the page.
        const strict = hangul || isAcronym(text.slice(m.start, m.end)) || !!a.collision;
        // A Korea word of the same side stands for the required names ("북한", "North Korea" for the North's bodies).
        const sideOk = (a.requiresSides ?? 0) & windowSides(blk, 1) & (BIT.N | BIT.S);
        if (inWindow(blk, a.requires, 2) || sideOk || (!strict && a.requires?.some((q) => found.has(q)))) {
          entry = a.owners[0];
          see(entry);
        }
        break;
      }
      case 'short':
        entry = latestSeen(a.owners.filter((o) => seenFull.has(o)));
        why = 'coreference';
        break;
      case 'title': {
        if (m.end - m.start > a.text.length + 1 && new Set(a.owners).size === 1) {
          // Merged with the person's full name ("President Moon Jae-in"): a plain full mention.
          entry = a.owners[0];
          see(entry);
          break;
        }
        const former = /\bformer\s+$|\bex-$|전\s*$/i.test(text.slice(Math.max(0, m.start - 9), m.start));
        const terms = a.terms ?? [];
        let cands: number[] = [];
        if (date) {
          if (former) {
            // "former President Lee": the holder whose term ended last before the article.
            let bestEnd = '';
            a.owners.forEach((o, k) => {
              const e = terms[k]?.end;
              if (e && e <= date.slice(0, e.length) && e > bestEnd) {
                bestEnd = e;
                cands = [o];
              }
            });
          } else cands = a.owners.filter((o, k) => covers(terms[k]?.start, terms[k]?.end, date));
          cands = [...new Set(cands)];
          if (cands.length) why = 'date-rule';
        }
        if (!cands.length) {
          const distinct = [...new Set(a.owners)];
          const seen = latestSeen(distinct);
          if (seen !== undefined) {
            cands = [seen];
            why = 'coreference';
          } else if (distinct.length === 1 && !date) cands = distinct;
        }
        entry = cands.length > 1 ? latestSeen(cands) ?? cands[cands.length - 1] : cands[0];
        if (entry !== undefined) see(entry);
        break;
      }
      case 'episode': {
        if (!koreaPage) break;
        const win = windowSides(blk, 1);
        const set = new Set<Side>(SIDES.filter((s) => win & BIT[s]));
        const ctx: EpisodeContext = { sides: set, nearest: (among) => nearestSide(m.start, blk, among), before: text.slice(Math.max(0, m.start - 30), m.start).toLowerCase() };
        const id = EPISODES[a.episode!].pick(ctx);
        entry = id ? index.byId.get(id) : undefined;
        why = 'episode';
        break;
      }
    }
    if (entry === undefined) continue;
    if (opts.kinds && !opts.kinds.has(index.entries[entry].kind)) continue;
    const kind = index.entries[entry].kind;
    if (quiet && QUIET_IDS.has(index.entries[entry].id)) continue;
    if (kind === 'person' && a.mode !== 'short') lastPerson = m.end;
    // An organisation named right after a person in the same sentence is an affiliation
    // ("Go Myung-hyun, a research fellow at the Asan Institute"): quiet by default.
    if (quiet && kind === 'organisation' && lastPerson >= 0 && m.start - lastPerson < 120 && !/[.!?。\n]/.test(text.slice(lastPerson, m.start))) continue;
    if (first) {
      // Parts: a new part begins at the first block boundary after `partWords` words.
      while (wordBlock < blk) {
        state.partWords += countWords(text, blockStarts[wordBlock], blockStarts[wordBlock + 1] ?? text.length);
        wordBlock++;
        if (state.partWords >= partWords) {
          state.partWords = 0;
          counted.clear();
        }
      }
      if (counted.has(entry)) continue;
      // A surname repeats a name the reader has seen highlighted: it starts no new highlight.
      if (a.mode === 'short' && highlighted.has(entry)) continue;
    }
    highlighted.add(entry);
    counted.add(entry);
    out.push(why ? { entry, start: m.start, end: m.end, why } : { entry, start: m.start, end: m.end });
    mentionBlocks.push(blk);
    if (opts.max !== undefined && out.length >= opts.max) break;
  }
  if (first && opts.state) {
    // Carry the words of the rest of this chunk into the next one.
    while (wordBlock < nb) {
      state.partWords += countWords(text, blockStarts[wordBlock], blockStarts[wordBlock + 1] ?? text.length);
      wordBlock++;
      if (state.partWords >= partWords && wordBlock < nb) {
        state.partWords = 0;
        counted.clear();
      }
    }
  }
  return { mentions: out, keywords, blockStarts, mentionBlocks };
}

export { KEYWORDS };
