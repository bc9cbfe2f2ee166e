/**
 * Detection and matching as a service: plain-data requests and replies, so the alias index can live
 * in the background and a page never loads it. The page sends the text it read and gets back, per
 * chunk, where the names are; the matching state of a pass travels with each request.
 */
import { resolveMentions, type CorpusIndex, type MentionOptions, type MentionState } from '../corpus/corpus-index';
import type { EntryKind } from '../corpus/types';
import { detectKorea, type Detection, type PageSignals, type Sensitivity } from '../detection/detect';
import { shouldActivate } from '../activation';
import type { SiteMode } from '../settings/settings';

/** Matching options as plain data (kinds as a list). */
export interface WireOptions {
  articleDate?: string | null;
  kinds?: EntryKind[];
  density?: 'first' | 'all';
  koreaPage?: boolean;
  quiet?: boolean;
}

/** A pass's matching state between chunks, as plain data. */
export interface WireState {
  seenFull: number[];
  counted: number[];
  lastFull: [number, number][];
  order?: number;
  partWords?: number;
  /** Entries highlighted so far (density "first"). */
  highlighted?: number[];
}

/** What the page needs to know of an entry it shows. */
export interface EntryRef {
  id: string;
  name: string;
  kind: EntryKind;
}

export interface DetectRequest {
  signals: PageSignals;
  sensitivity: Sensitivity;
  /**
   * The start of the text the page would paint, with its matching options and the reader's switches:
   * when the activation rule makes the page active, its names come back with the detection (one
   * round trip less before the first highlights).
   */
  first?: { texts: string[]; options: WireOptions; enabled: boolean; siteMode: SiteMode };
}

export interface DetectReply {
  detection: Detection;
  /** "Everywhere" pages: how many names the body holds (at most 1). */
  mentions: number;
  /** Entries detection found on the page (context for matching across chunks). */
  found: number[];
  /** The names in the request's `first` texts, when the page is active. */
  first?: MatchReply;
}

export interface MatchRequest {
  texts: string[];
  options: WireOptions;
  found: number[];
  state: WireState;
}

export interface MatchReply {
  /** Per text: the mentions in it, in order. */
  mentions: { entry: number; start: number; end: number }[][];
  state: WireState;
  /** Every entry the mentions name. */
  refs: Record<number, EntryRef>;
}

/** The page's side of the service: the background in the extension, a local index in tests and tools. */
export interface MatchService {
  /** `css`: the page's highlight style sheet, added by the background when the reply carries `first`. */
  detect(req: DetectRequest, css?: string): Promise<DetectReply>;
  match(req: MatchRequest): Promise<MatchReply>;
}

export function emptyState(seen: Iterable<number> = []): WireState {
  return { seenFull: [...seen], counted: [], lastFull: [] };
}

type State = MentionState & { highlighted?: Set<number> };

function fromWire(s: WireState): State {
  const st: State = { seenFull: new Set(s.seenFull), counted: new Set(s.counted), lastFull: new Map(s.lastFull), order: s.order, partWords: s.partWords };
  if (s.highlighted) st.highlighted = new Set(s.highlighted);
  return st;
}

function toWire(s: State): WireState {
  const w: WireState = { seenFull: [...s.seenFull], counted: [...s.counted], lastFull: [...(s.lastFull ?? [])], order: s.order, partWords: s.partWords };
  if (s.highlighted) w.highlighted = [...s.highlighted];
  return w;
}

function options(o: WireOptions, found: number[], state: MentionState): MentionOptions {
  const { kinds, ...rest } = o;
  return { ...rest, ...(kinds ? { kinds: new Set(kinds) } : {}), found: new Set(found), state };
}

/**
 * Matching options for an active page. `koreaPage`: detection says the page is about Korea, so
 * episode words ("the hotline", "the summit") may link. `forced`: the reader turned the site on, so
 * capitals and bylines show too (they are quiet on detected pages by default).
 */
export function forPage(o: WireOptions, page: { koreaPage: boolean; forced: boolean }): WireOptions {
  return { ...o, koreaPage: page.koreaPage, ...(page.forced ? { quiet: false } : {}) };
}

/** Detection for one page's signals (and the names in its first text, when the page is active). */
export function serveDetect(index: CorpusIndex, req: DetectRequest): DetectReply {
  const detection = detectKorea(index, req.signals, req.sensitivity);
  const mentions = req.sensitivity === 'everywhere' ? resolveMentions(index, req.signals.body, { max: 1 }).length : 0;
  const found = detection.korea.reasons.map((r) => index.byId.get(r.signal)).filter((x): x is number => x !== undefined);
  const reply: DetectReply = { detection, mentions, found };
  const f = req.first;
  if (!f) return reply;
  const verdict = shouldActivate({ enabled: f.enabled, siteMode: f.siteMode, sensitivity: req.sensitivity, detection, mentions });
  if (!verdict.active) return reply;
  const options = forPage(f.options, { koreaPage: detection.korea.related, forced: verdict.reason === 'forced-on' });
  return { ...reply, first: serveMatch(index, { texts: f.texts, options, found, state: emptyState() }) };
}

/** Mentions in each text of a request, one pass state carried through them. */
export function serveMatch(index: CorpusIndex, req: MatchRequest): MatchReply {
  const state = fromWire(req.state);
  const refs: Record<number, EntryRef> = {};
  const mentions = req.texts.map((text) =>
    resolveMentions(index, text, options(req.options, req.found, state)).map((m) => {
      const e = index.entries[m.entry];
      refs[m.entry] ??= { id: e.id, name: e.name, kind: e.kind };
      return { entry: m.entry, start: m.start, end: m.end };
    }),
  );
  return { mentions, state: toWire(state), refs };
}

/** The service over an index in the same context (tests, tools, the benchmark). */
export function localService(index: () => CorpusIndex): MatchService {
  return {
    detect: (req) => Promise.resolve(serveDetect(index(), req)),
    match: (req) => Promise.resolve(serveMatch(index(), req)),
  };
}
