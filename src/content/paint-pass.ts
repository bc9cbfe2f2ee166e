/**
 * The paint pass: text chunks → mentions → DOM ranges → highlights. The page session and the
 * benchmark both run this one.
 */
import { resolveMentions, type CorpusIndex, type MentionOptions, type MentionState } from '../core/corpus/corpus-index';
import type { Highlighter, PaintedMention } from './highlighter';
import { runSliced, type SliceOptions } from './scheduler';
import { TextWalker, locate, type TextMap } from './scanner';

/** Characters matched per step: small enough for short tasks, large enough to amortise overhead. */
export const CHUNK_CHARS = 20000;

export interface PaintState {
  index: CorpusIndex;
  hl: Highlighter;
  maxHighlights: number;
  options: MentionOptions;
  /** Entries the detection found on the page (context rules across chunks). */
  found: ReadonlySet<number>;
  /** Mentions per entry index, for the panel and the status. */
  counts: Map<number, number>;
  /** Which entry each painted mention belongs to. */
  entryOf: WeakMap<PaintedMention, number>;
}

/**
 * Matching state for one pass over text: names seen so far (short forms, coreference, titles) and
 * the density's parts. One state serves every chunk of a pass; a repaint starts a new pass, which
 * knows the names already painted elsewhere on the page.
 */
function passState(st: PaintState): MentionState {
  return { seenFull: new Set(st.counts.keys()), counted: new Set() };
}

function visibleText(el: Element | null, cache: Map<Element, boolean>): boolean {
  if (!el) return true;
  let v = cache.get(el);
  if (v === undefined) {
    v = typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : true;
    cache.set(el, v);
  }
  return v;
}

/** Paints the mentions found in one chunk of text; returns how many were painted. */
export function paintChunk(map: TextMap, st: PaintState, seen: MentionState): number {
  const visible = new Map<Element, boolean>();
  const painted: PaintedMention[] = [];
  const doc = map.nodes[0]?.ownerDocument;
  if (!doc) return 0;
  for (const m of resolveMentions(st.index, map.text, { ...st.options, found: st.found, state: seen })) {
    if (st.hl.all().length + painted.length >= st.maxHighlights) break;
    const a = locate(map, m.start);
    const b = locate(map, m.end, true);
    if (!a || !b || !visibleText(a.node.parentElement, visible)) continue;
    const r = doc.createRange();
    try {
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
    } catch {
      continue;
    }
    const pm: PaintedMention = { entryId: st.index.entries[m.entry].id, range: r };
    st.entryOf.set(pm, m.entry);
    st.counts.set(m.entry, (st.counts.get(m.entry) ?? 0) + 1);
    painted.push(pm);
  }
  st.hl.add(painted);
  return painted.length;
}

/** Paints everything under `root` in slices; resolves when done, rejects when the signal aborts. */
export function paintPass(root: Node, st: PaintState, slice: SliceOptions): Promise<void> {
  const walker = new TextWalker(root);
  const seen = passState(st);
  return runSliced(() => {
    if (walker.done || st.hl.all().length >= st.maxHighlights) return true;
    paintChunk(walker.next(CHUNK_CHARS), st, seen);
    return walker.done || st.hl.all().length >= st.maxHighlights;
  }, slice);
}

/** Recomputes mention counts from what is painted (after the page removed text). */
export function recount(st: PaintState): void {
  st.counts.clear();
  for (const m of st.hl.all()) {
    const e = st.entryOf.get(m);
    if (e !== undefined) st.counts.set(e, (st.counts.get(e) ?? 0) + 1);
  }
}

/** Repaints blocks the page changed: clears what was painted in each, then paints it again. */
export async function repaintBlocks(blocks: Element[], removed: boolean, st: PaintState, slice: SliceOptions): Promise<void> {
  if (removed) st.hl.purgeDisconnected();
  const queue = [...blocks];
  let walker: TextWalker | null = null;
  const seen = passState(st);
  await runSliced(() => {
    if (!walker) {
      const b = queue.shift();
      if (!b) return true;
      st.hl.removeWithin(b);
      walker = new TextWalker(b);
    }
    if (st.hl.all().length < st.maxHighlights) paintChunk(walker.next(CHUNK_CHARS), st, seen);
    if (walker.done || st.hl.all().length >= st.maxHighlights) walker = null;
    return !walker && !queue.length;
  }, slice);
  recount(st);
}
