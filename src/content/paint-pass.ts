/**
 * The paint pass: text chunks → the matching service → DOM ranges → highlights. The page reads its
 * text in slices, sends it in batches to the service (the background, which holds the alias index),
 * and paints the mentions that come back in slices. The page session and the benchmark both run this.
 */
import { emptyState, type EntryRef, type MatchReply, type MatchService, type WireOptions, type WireState } from '../core/matching/service';
import type { Highlighter, PaintedMention } from './highlighter';
import { runSliced, type SliceOptions } from './scheduler';
import { TextWalker, locate, type TextMap } from './scanner';

/** Characters read per step: small enough for short tasks, large enough to amortise overhead. */
export const CHUNK_CHARS = 20000;
/** Characters sent to the service per request. */
const BATCH_CHARS = 200000;

export interface PaintState {
  service: MatchService;
  hl: Highlighter;
  maxHighlights: number;
  options: WireOptions;
  /** Entries the detection found on the page (context rules across chunks). */
  found: number[];
  /** Mentions per entry index, for the panel and the status. */
  counts: Map<number, number>;
  /** What the page knows of each entry it painted. */
  refs: Map<number, EntryRef>;
  /** Which entry each painted mention belongs to. */
  entryOf: WeakMap<PaintedMention, number>;
}

/** A fresh paint state for one activation. */
export function paintState(service: MatchService, hl: Highlighter, maxHighlights: number, options: WireOptions, found: number[]): PaintState {
  return { service, hl, maxHighlights, options, found, counts: new Map(), refs: new Map(), entryOf: new WeakMap() };
}

type Found = { entry: number; start: number; end: number };

const full = (st: PaintState) => st.hl.all().length >= st.maxHighlights;

function visibleText(el: Element | null, cache: Map<Element, boolean>): boolean {
  if (!el) return true;
  let v = cache.get(el);
  if (v === undefined) {
    v = typeof el.checkVisibility === 'function' ? el.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : true;
    cache.set(el, v);
  }
  return v;
}

/** Paints the mentions the service found in one chunk of text; returns how many were painted. */
export function paintChunk(map: TextMap, found: readonly Found[], st: PaintState): number {
  const visible = new Map<Element, boolean>();
  const painted: PaintedMention[] = [];
  const doc = map.nodes[0]?.ownerDocument;
  if (!doc) return 0;
  for (const m of found) {
    if (st.hl.all().length + painted.length >= st.maxHighlights) break;
    const ref = st.refs.get(m.entry);
    const a = locate(map, m.start);
    const b = locate(map, m.end, true);
    if (!ref || !a || !b || !visibleText(a.node.parentElement, visible)) continue;
    const r = doc.createRange();
    try {
      r.setStart(a.node, a.offset);
      r.setEnd(b.node, b.offset);
    } catch {
      continue;
    }
    const pm: PaintedMention = { entryId: ref.id, range: r };
    st.entryOf.set(pm, m.entry);
    st.counts.set(m.entry, (st.counts.get(m.entry) ?? 0) + 1);
    painted.push(pm);
  }
  st.hl.add(painted);
  return painted.length;
}

/** Yields text chunk by chunk; null when there is no more. */
type Reader = () => TextMap | null;

const walkerReader =
  (w: TextWalker): Reader =>
  () =>
    w.done ? null : w.next(CHUNK_CHARS);

/** Takes in a matching reply and paints its chunks in slices; returns the pass state it carries. */
async function paintReply(maps: TextMap[], reply: MatchReply, st: PaintState, slice: SliceOptions): Promise<WireState> {
  for (const [k, v] of Object.entries(reply.refs)) st.refs.set(Number(k), v);
  let i = 0;
  await runSliced(() => {
    if (i < maps.length) paintChunk(maps[i], reply.mentions[i] ?? [], st);
    i++;
    return i >= maps.length || full(st);
  }, slice);
  return reply.state;
}

/**
 * Reads, matches and paints everything `read` yields, in batches; returns the pass state for what
 * follows. `first`: the size of the first batch (a small one brings the first highlights sooner).
 */
async function passOver(read: Reader, st: PaintState, state: WireState, slice: SliceOptions, first = BATCH_CHARS): Promise<WireState> {
  let done = false;
  let batch = first;
  while (!done && !full(st)) {
    const maps: TextMap[] = [];
    let chars = 0;
    await runSliced(() => {
      const m = read();
      if (!m) done = true;
      else if (m.text) {
        maps.push(m);
        chars += m.text.length;
      }
      return done || chars >= batch;
    }, slice);
    batch = BATCH_CHARS;
    if (!maps.length) break;
    const reply = await st.service.match({ texts: maps.map((m) => m.text), options: st.options, found: st.found, state });
    if (slice.signal.aborted) throw slice.signal.reason;
    state = await paintReply(maps, reply, st, slice);
  }
  return state;
}

/**
 * The first chunk of a page's paint pass, read before detection so that it travels with the
 * detection request and its names come back with the verdict (`DetectRequest.first`).
 */
export interface HeadStart {
  walker: TextWalker;
  maps: TextMap[];
}

export function readHead(root: Node): HeadStart {
  const walker = new TextWalker(root);
  const m = walker.done ? null : walker.next(CHUNK_CHARS);
  return { walker, maps: m?.text ? [m] : [] };
}

/**
 * Paints everything under `root`; resolves when done, rejects when the signal aborts. A pass knows
 * the names already painted elsewhere on the page (short forms and coreference resolve to them).
 * `head`: the first chunk, already read and matched with the detection; the pass goes on after it.
 */
export async function paintPass(root: Node, st: PaintState, slice: SliceOptions, head?: { start: HeadStart; reply: MatchReply }): Promise<void> {
  if (!head) {
    await passOver(walkerReader(new TextWalker(root)), st, emptyState(st.counts.keys()), slice, CHUNK_CHARS);
    return;
  }
  const state = await paintReply(head.start.maps, head.reply, st, slice);
  if (!full(st)) await passOver(walkerReader(head.start.walker), st, state, slice);
}

/** Recomputes mention counts from what is painted (after the page removed text). */
export function recount(st: PaintState): void {
  st.counts.clear();
  for (const m of st.hl.all()) {
    const e = st.entryOf.get(m);
    if (e !== undefined) st.counts.set(e, (st.counts.get(e) ?? 0) + 1);
  }
}

/**
 * Repaints blocks the page changed: clears what was painted in each as the reading reaches it, and
 * sends the text of all of them in as few requests as the batch size allows.
 */
export async function repaintBlocks(blocks: Element[], removed: boolean, st: PaintState, slice: SliceOptions): Promise<void> {
  if (removed) st.hl.purgeDisconnected();
  let i = 0;
  let walker: TextWalker | null = null;
  const read: Reader = () => {
    while (!walker || walker.done) {
      if (i >= blocks.length) return null;
      const b = blocks[i++];
      st.hl.removeWithin(b);
      walker = new TextWalker(b);
    }
    return walker.next(CHUNK_CHARS);
  };
  if (blocks.length && !full(st)) await passOver(read, st, emptyState(st.counts.keys()), slice);
  recount(st);
}
