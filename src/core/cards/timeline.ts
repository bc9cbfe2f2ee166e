/**
 * The timeline a card shows, and how much of it shows before the reader asks for more.
 * A timeline is only ever about the entry itself: a topic's own, the series an event belongs to,
 * the topic whose subject the entry is, or the entry's own record (events that name it).
 */
import type { CardIndex } from '../corpus/card-index';
import { entryDate, type Entry } from '../corpus/types';
import { foldAlias } from '../matching/normalize';
import { formatDate, gapLabel, onOrBefore, yearFraction, type Lang } from './dates';
import { firstSentence } from './text';

export interface TimelineItem {
  id: string;
  /** The entry's name (for links and labels). */
  name: string;
  /** What the row says: the event's `headline` when it has one, else its name. */
  title: string;
  date: string;
  dateLabel: string;
  /** One line: the outcome for talks, else the start of the summary. */
  line: string;
  /** The event has a written headline (the row needs no extra line). */
  headlined: boolean;
  /** The entry the card is about (the mention's own event). */
  current: boolean;
  /** After the article date. */
  after: boolean;
  /** Hidden until the reader unfolds "earlier episodes" (or "more since"). */
  folded: boolean;
  /** Relative to the article: "2 years later" (after only). */
  gap?: string;
}

export interface TimelineStrip {
  from: number;
  to: number;
  marks: { id: string; x: number; current: boolean; after: boolean; label: string }[];
  /** Article date position (0..1), absent when the date is unknown. */
  article?: number;
  ticks: { x: number; label: string }[];
  /** The mark chosen when the strip first shows: the current entry, else the first after the article, else the latest. */
  initial: number;
}

export interface CardTimeline {
  title: string;
  /** The topic whose timeline this is; the entry's own id for its own record. */
  topicId: string;
  /** The entry's own record (events that name it), not a topic's timeline. */
  own: boolean;
  /** Every item before the article (all items when its date is unknown), oldest first. */
  before: TimelineItem[];
  /** Every item after the article, oldest first. */
  after: TimelineItem[];
  /** When the article date is unknown, every item is in `before`. */
  split: boolean;
  strip: TimelineStrip;
}

/**
 * How much of a timeline shows before the reader unfolds anything. A topic's timeline (or an event's
 * series) is the card's answer: the last three episodes before the article and, up to eight,
 * everything since. An entry's own record sits under another answer (posts, provisions), so less.
 */
const FIRST_SCREEN = {
  series: { before: 3, latest: 4, afterAll: 8, head: 2, tail: 4 },
  own: { before: 2, latest: 3, afterAll: 3, head: 1, tail: 2 },
  /** Under an agreement's provisions the record is a footnote: the last episode before, three since. */
  provisions: { before: 1, latest: 3, afterAll: 3, head: 1, tail: 2 },
} as const;
/** Rows before the article on a series timeline's first screen (the mention's own is added). */
export const BEFORE_SHOWN = FIRST_SCREEN.series.before;
/** Up to this many items since the article all show on a series timeline. */
export const AFTER_ALL = FIRST_SCREEN.series.afterAll;

const DATED_KINDS = new Set(['event', 'agreement']);

interface Derived {
  /** Entry index -> indexes of dated events/agreements whose `related` names it. */
  backlinks: Map<number, number[]>;
  /** Entry index -> topic index it is the subject of. */
  subjectOf: Map<number, number>;
}
const derivedCache = new WeakMap<CardIndex, Derived>();

function words(s: string): string {
  return (
    ' ' +
    foldAlias(s)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim() +
    ' '
  );
}

/** The head of a topic title: before a colon or a bracket, without a leading "the". */
function head(s: string): string {
  return words(s.split(/[:(]/)[0]).replace(/^ the /, ' ');
}

/** The entry a topic is about: one it links with whose name covers at least half of the topic's title. */
function topicSubject(index: CardIndex, t: number, linked: number[]): number | undefined {
  const heads = [index.entries[t].name, ...index.entries[t].aliases].map(head).filter((h) => h.trim());
  let best: number | undefined;
  let bestScore = 0;
  for (const c of linked) {
    const e = index.entries[c];
    if (e.kind === 'topic' || e.kind === 'event') continue;
    for (const a of [e.name, ...e.aliases]) {
      const w = words(a);
      if (w.length < 5) continue;
      for (const h of heads) {
        if (!h.includes(w)) continue;
        const score = w.length / h.length;
        if (score >= 0.5 && score > bestScore) {
          bestScore = score;
          best = c;
        }
      }
    }
  }
  return best;
}

function derive(index: CardIndex): Derived {
  let d = derivedCache.get(index);
  if (d) return d;
  const backlinks = new Map<number, number[]>();
  const linkedTopics = new Map<number, Set<number>>();
  index.entries.forEach((e, i) => {
    for (const rid of e.related) {
      const j = index.byId.get(rid);
      if (j === undefined || j === i) continue;
      if (DATED_KINDS.has(e.kind) && entryDate(e)) (backlinks.get(j) ?? backlinks.set(j, []).get(j)!).push(i);
      const r = index.entries[j];
      if (r.kind === 'topic') (linkedTopics.get(j) ?? linkedTopics.set(j, new Set()).get(j)!).add(i);
      if (e.kind === 'topic') (linkedTopics.get(i) ?? linkedTopics.set(i, new Set()).get(i)!).add(j);
    }
  });
  const subjectOf = new Map<number, number>();
  for (const [t, linked] of linkedTopics) {
    if (!index.entries[t].timeline?.length) continue;
    const s = topicSubject(index, t, [...linked]);
    if (s !== undefined && !subjectOf.has(s)) subjectOf.set(s, t);
  }
  d = { backlinks, subjectOf };
  derivedCache.set(index, d);
  return d;
}

/** The topic an event belongs to: one it names itself first, else the most specific (shortest) that lists it. */
function seriesOf(index: CardIndex, i: number): number | undefined {
  const topics = index.topicsOf.get(i);
  if (!topics?.length) return undefined;
  for (const rid of index.entries[i].related) {
    const j = index.byId.get(rid);
    if (j !== undefined && topics.includes(j)) return j;
  }
  return [...topics].sort((a, b) => (index.entries[a].timeline?.length ?? 0) - (index.entries[b].timeline?.length ?? 0))[0];
}

/** Dated events and agreements that name the entry, that it names, or that carried out its provisions. */
function ownRecord(index: CardIndex, i: number): string[] {
  const e = index.entries[i];
  const ids = new Set<string>();
  for (const j of derive(index).backlinks.get(i) ?? []) ids.add(index.entries[j].id);
  const named = [...e.related, ...(e.provisions ?? []).flatMap((p) => p.events ?? [])];
  for (const rid of named) {
    const j = index.byId.get(rid);
    if (j !== undefined && DATED_KINDS.has(index.entries[j].kind) && entryDate(index.entries[j])) ids.add(rid);
  }
  ids.delete(e.id);
  return [...ids];
}

/**
 * Which timeline a card shows, or null when none is about the entry. A topic shows its own; an
 * event the series it belongs to; any other entry the topic it is the subject of (the Kaesong
 * Industrial Complex, not the city of Kaesong), else its own record when that has two or more
 * dated items. Never a timeline merely linked from `related` (an analyst does not get a summit series).
 */
export function timelineSource(index: CardIndex, i: number): { topic?: Entry; ids: string[] } | null {
  const e = index.entries[i];
  if (e.kind === 'topic') return e.timeline?.length ? { topic: e, ids: e.timeline } : null;
  const t = e.kind === 'event' ? seriesOf(index, i) : derive(index).subjectOf.get(i);
  if (t !== undefined) return { topic: index.entries[t], ids: index.entries[t].timeline ?? [] };
  const own = ownRecord(index, i);
  if (own.length < 2) return null;
  return { ids: entryDate(e) && e.kind === 'event' ? [e.id, ...own] : own };
}

function buildStrip(items: TimelineItem[], articleDate: string | null): TimelineStrip {
  const years = items.map((it) => yearFraction(it.date));
  if (articleDate) years.push(yearFraction(articleDate));
  let from = Math.floor(Math.min(...years));
  let to = Math.ceil(Math.max(...years));
  if (to - from < 2) {
    from -= 1;
    to += 1;
  }
  const span = to - from;
  const x = (y: number) => (y - from) / span;
  const step = span > 60 ? 20 : span > 30 ? 10 : span > 12 ? 5 : span > 5 ? 2 : 1;
  const ticks: TimelineStrip['ticks'] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push({ x: x(y), label: String(y) });
  let initial = items.findIndex((it) => it.current);
  if (initial < 0) initial = items.findIndex((it) => it.after);
  if (initial < 0) initial = items.length - 1;
  return {
    from,
    to,
    ticks,
    initial,
    marks: items.map((it) => ({ id: it.id, x: x(yearFraction(it.date)), current: it.current, after: it.after, label: `${it.dateLabel}: ${it.title}` })),
    article: articleDate ? x(yearFraction(articleDate)) : undefined,
  };
}

/** Folds all but the last `shown` (and the current one). */
function foldOlder(items: TimelineItem[], shown: number): void {
  items.forEach((it, k) => {
    it.folded = k < items.length - shown && !it.current;
  });
}

/** Folds the middle of a long "since" list: the first `head` and the latest `tail` stay. */
function foldMiddle(items: TimelineItem[], all: number, head: number, tail: number): void {
  if (items.length <= all) return;
  items.forEach((it, k) => {
    it.folded = k >= head && k < items.length - tail && !it.current;
  });
}

/**
 * The card's timeline: items in date order split at the article date, the first screen holding
 * the last few episodes before it (and the mention's own), everything since it, and the strip.
 */
export function buildTimeline(index: CardIndex, i: number, articleDate: string | null, lang: Lang): CardTimeline | undefined {
  const src = timelineSource(index, i);
  if (!src) return undefined;
  const e = index.entries[i];
  const items: TimelineItem[] = [];
  const seen = new Set<string>();
  for (const tid of src.ids) {
    const j = index.byId.get(tid);
    if (j === undefined || seen.has(tid)) continue;
    seen.add(tid);
    const ev = index.entries[j];
    const d = entryDate(ev);
    if (!d) continue;
    const after = !!articleDate && !onOrBefore(d, articleDate);
    items.push({
      id: ev.id,
      name: ev.name,
      title: ev.headline?.trim() || ev.name,
      headlined: !!ev.headline?.trim(),
      date: d,
      dateLabel: formatDate(d, lang),
      line: firstSentence(ev.outcome ?? ev.summary),
      current: ev.id === e.id,
      after,
      folded: false,
      gap: after ? gapLabel(articleDate!, d, lang) : undefined,
    });
  }
  if (items.length < 2 && !src.topic) return undefined;
  if (!items.length) return undefined;
  items.sort((a, b) => (a.date.slice(0, 10) < b.date.slice(0, 10) ? -1 : a.date.slice(0, 10) > b.date.slice(0, 10) ? 1 : 0));
  const before = items.filter((it) => !it.after);
  const after = items.filter((it) => it.after);
  const fs = src.topic ? FIRST_SCREEN.series : e.provisions?.length ? FIRST_SCREEN.provisions : FIRST_SCREEN.own;
  foldOlder(before, articleDate ? fs.before : fs.latest);
  foldMiddle(after, fs.afterAll, fs.head, fs.tail);
  return {
    title: src.topic?.name ?? e.name,
    topicId: src.topic?.id ?? e.id,
    own: !src.topic,
    before,
    after,
    split: !!articleDate,
    strip: buildStrip(items, articleDate),
  };
}
