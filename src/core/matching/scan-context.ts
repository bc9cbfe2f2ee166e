/**
 * What one scan knows about each block (paragraph) before it resolves any name: the sides its
 * context words and names place it on, the entries named unambiguously in it, and the country
 * markers in text order. The context rules (generic words, collisions, requires, episodes) read it.
 */
import type { CorpusIndex } from '../corpus/corpus-index';
import type { Side } from '../detection/keywords';
import type { Match } from './matcher';
import type { Scan } from './resolve';

/** One bit per side, so a block's sides are one number. */
export const BIT: Record<Side, number> = { N: 1, S: 2, K: 4, k: 8, US: 16, CN: 32, RU: 64, JP: 128, X: 256 };
/** The sides that say a paragraph is about the Koreas. */
export const KOREA = BIT.N | BIT.S | BIT.K | BIT.k;
/** Every side, in {@link BIT} order. */
export const SIDES = Object.keys(BIT) as Side[];

/** The blocks of one scanned text and what the raw matches say about each. */
export interface BlockContext {
  /** Number of blocks. */
  nb: number;
  /** Block of each raw match (parallel to the matcher's result). */
  blockOfRaw: Int32Array;
  /** Sides of each block, as {@link BIT} masks. */
  sides: Uint16Array;
  /** Block -> entries named in it by an unambiguous full name. */
  blockEntries: Map<number, Set<number>>;
  // Country markers in text order, as parallel arrays (there are many on a Korea page).
  mPos: number[];
  mSide: Side[];
  mBlock: number[];
  /** Entries known to be on the page: the caller's and every unambiguous full name in this text. */
  found: Set<number>;
}

/** Start offsets of the blocks: the caller's (with 0 first), else after every newline. */
export function blockStartsOf(text: string, blocks?: readonly number[]): number[] {
  if (blocks?.length) return blocks[0] === 0 ? [...blocks] : [0, ...blocks];
  const out = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) out.push(i + 1);
  return out;
}

/**
 * First pass over the raw matches: assigns each to its block, records sides, country markers and
 * unambiguous names per block, adds those names to `found`, and pushes the Korea words and country
 * markers to `keywords` when the caller wants them.
 */
export function collectContext(
  index: CorpusIndex,
  raw: readonly Match[],
  blockStarts: readonly number[],
  found: Set<number>,
  keywords: Scan['keywords'] | null,
): BlockContext {
  const nb = blockStarts.length;
  const c: BlockContext = {
    nb,
    blockOfRaw: new Int32Array(raw.length),
    sides: new Uint16Array(nb),
    blockEntries: new Map(),
    mPos: [],
    mSide: [],
    mBlock: [],
    found,
  };
  let b = 0;
  for (let r = 0; r < raw.length; r++) {
    const m = raw[r];
    while (b + 1 < nb && blockStarts[b + 1] <= m.start) b++;
    c.blockOfRaw[r] = b;
    const a = index.aliases[m.alias];
    if (keywords && a.keyword !== undefined) keywords.push({ keyword: a.keyword, start: m.start, end: m.end, block: b });
    if (a.side && (a.mode === 'keyword' || (a.mode === 'full' && !a.generic && !a.collision && !a.foreignCheck))) {
      c.sides[b] |= BIT[a.side];
      c.mPos.push(m.start);
      c.mSide.push(a.side);
      c.mBlock.push(b);
    }
    if (a.mode === 'full' && a.owners.length === 1 && !a.generic && !a.collision) {
      found.add(a.owners[0]);
      let s = c.blockEntries.get(b);
      if (!s) c.blockEntries.set(b, (s = new Set()));
      s.add(a.owners[0]);
    }
  }
  return c;
}

/** Sides of the blocks within `span` of block `blk`, as one mask. */
export function windowSides(c: BlockContext, blk: number, span: number): number {
  let v = 0;
  for (let k = Math.max(0, blk - span); k <= Math.min(c.nb - 1, blk + span); k++) v |= c.sides[k];
  return v;
}

/** Is one of `ids` named (unambiguously) within `span` blocks of block `blk`? */
export function inWindow(c: BlockContext, blk: number, ids: number[] | undefined, span: number): boolean {
  for (let k = Math.max(0, blk - span); k <= Math.min(c.nb - 1, blk + span); k++) {
    const s = c.blockEntries.get(k);
    if (s && ids?.some((id) => s.has(id))) return true;
  }
  return false;
}

/** The side among `among` of the country marker nearest to `pos` in its block, else in the block before; null if none. */
export function nearestSide(c: BlockContext, pos: number, blk: number, among: readonly Side[]): Side | null {
  const { mPos, mSide, mBlock } = c;
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
}
