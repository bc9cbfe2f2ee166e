/**
 * From raw alias matches to the mentions a reader sees: context rules, date rules,
 * coreference, episode words, collisions, and density.
 */
import type { AliasInfo, CorpusIndex } from '../corpus/corpus-index';
import type { EntryKind } from '../corpus/types';
import type { Match } from './matcher';
import { resolveHit, type Resolution } from './resolve-hit';
import { blockStartsOf, collectContext } from './scan-context';
import { countWords } from './words';

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

/** One pass over a text: see {@link resolveMentions}; also returns the context words for detection. */
export function scanText(index: CorpusIndex, text: string, opts: MentionOptions = {}): Scan {
  const raw = index.matcher.find(text);
  const blockStarts = blockStartsOf(text, opts.blocks);
  const keywords: Scan['keywords'] = [];
  const ctx = collectContext(index, raw, blockStarts, new Set<number>(opts.found ?? []), opts.keywords ? keywords : null);
  const state = opts.state ?? { seenFull: new Set<number>(), counted: new Set<number>() };
  const lastFull = (state.lastFull ??= new Map());
  state.order ??= 0;
  state.partWords ??= 0;
  const res: Resolution = { index, text, ctx, date: opts.articleDate ?? null, koreaPage: opts.koreaPage ?? false, state, lastFull, why: undefined };
  const shown = showing(text, blockStarts, state, opts);
  const out: Mention[] = [];
  const mentionBlocks: number[] = [];
  for (let r = 0; r < raw.length; r++) {
    const m = raw[r];
    const a = index.aliases[m.alias];
    if (a.mode === 'keyword') continue;
    const blk = ctx.blockOfRaw[r];
    const entry = resolveHit(res, m, a, blk);
    if (entry === undefined || !admit(shown, index, entry, a, m, blk)) continue;
    shown.highlighted.add(entry);
    state.counted.add(entry);
    const why = res.why;
    out.push(why ? { entry, start: m.start, end: m.end, why } : { entry, start: m.start, end: m.end });
    mentionBlocks.push(blk);
    if (opts.max !== undefined && out.length >= opts.max) break;
  }
  // Carry the words of the rest of this chunk into the next one.
  if (shown.first && opts.state) countParts(shown, blockStarts.length);
  return { mentions: out, keywords, blockStarts, mentionBlocks };
}

/** What decides whether a resolved mention is shown, with the part bookkeeping of density 'first'. */
interface Showing {
  text: string;
  blockStarts: readonly number[];
  /** The page's state; `partWords` is set. */
  state: MentionState;
  kinds?: ReadonlySet<EntryKind>;
  quiet: boolean;
  first: boolean;
  /** Words per part. */
  partLimit: number;
  /** Entries highlighted so far on the page (kept on the state across chunks). */
  highlighted: Set<number>;
  /** Blocks before this one are counted into `state.partWords`. */
  wordBlock: number;
  /** End of the latest person's full mention, or -1. */
  lastPerson: number;
}

/** The showing rules of one scan under the options. */
function showing(text: string, blockStarts: readonly number[], state: MentionState, opts: MentionOptions): Showing {
  const highlighted = ((state as MentionState & { highlighted?: Set<number> }).highlighted ??= new Set<number>());
  const first = opts.density === 'first';
  const quiet = opts.quiet ?? first;
  return { text, blockStarts, state, kinds: opts.kinds, quiet, first, partLimit: opts.partWords ?? PART_WORDS, highlighted, wordBlock: 0, lastPerson: -1 };
}

/** Whether a resolved mention in block `blk` is shown: its kind, the quiet rules, and for density 'first' once per part. */
function admit(s: Showing, index: CorpusIndex, entry: number, a: AliasInfo, m: Match, blk: number): boolean {
  const e = index.entries[entry];
  if (s.kinds && !s.kinds.has(e.kind)) return false;
  if (s.quiet && QUIET_IDS.has(e.id)) return false;
  if (e.kind === 'person' && a.mode !== 'short') s.lastPerson = m.end;
  // An organisation named right after a person in the same sentence is an affiliation
  // ("Go Myung-hyun, a research fellow at the Asan Institute"): quiet by default.
  if (s.quiet && e.kind === 'organisation' && s.lastPerson >= 0 && m.start - s.lastPerson < 120 && !/[.!?。\n]/.test(s.text.slice(s.lastPerson, m.start)))
    return false;
  if (!s.first) return true;
  countParts(s, blk);
  if (s.state.counted.has(entry)) return false;
  // A surname repeats a name the reader has seen highlighted: it starts no new highlight.
  return !(a.mode === 'short' && s.highlighted.has(entry));
}

/**
 * Counts the words of the blocks before `upTo` into the current part. Parts: a new part begins at
 * the first block boundary after `partLimit` words, and each entry may be highlighted again in it.
 */
function countParts(s: Showing, upTo: number): void {
  const { text, blockStarts, state } = s;
  const nb = blockStarts.length;
  while (s.wordBlock < upTo) {
    state.partWords! += countWords(text, blockStarts[s.wordBlock], blockStarts[s.wordBlock + 1] ?? text.length);
    s.wordBlock++;
    // A part never begins after the last block of the text: the next chunk continues it.
    if (state.partWords! >= s.partLimit && s.wordBlock < nb) {
      state.partWords = 0;
      state.counted.clear();
    }
  }
}
