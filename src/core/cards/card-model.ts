import type { CorpusIndex } from '../corpus/corpus-index';
import { entryDate, type Account, type Entry, type EntryKind } from '../corpus/types';
import { formatDate, formatSpan, gapLabel, onOrBefore, yearFraction, type Lang } from './dates';

export interface TimelineItem {
  id: string;
  name: string;
  date: string;
  dateLabel: string;
  /** One line: the outcome for talks, else the start of the summary. */
  line: string;
  current: boolean;
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
}

export interface CardTimeline {
  title: string;
  topicId: string;
  before: TimelineItem[];
  after: TimelineItem[];
  /** When the article date is unknown, every item is in `before`. */
  split: boolean;
  strip: TimelineStrip;
}

export interface CardModel {
  id: string;
  kind: EntryKind;
  name: string;
  hangul?: string;
  /** Role for people; dates for others. */
  subtitle?: string;
  dateLabel?: string;
  place?: string;
  summary: string;
  outcome?: string;
  accounts?: Account[];
  dateNote?: string;
  timeline?: CardTimeline;
  related: { id: string; name: string; kind: EntryKind }[];
  sources: { url: string; title: string; host: string }[];
  asOf: string;
  articleDate: string | null;
}

/** Only http(s) links reach a card. */
export function safeUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/** The first sentence of a text, for one-line timeline rows. */
export function firstSentence(text: string, max = 160): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  const s = m ? m[1] : text;
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}

function dateLabelOf(e: Entry, lang: Lang): string | undefined {
  if (e.date) return formatDate(e.date, lang);
  if (e.start || e.end) return formatSpan(e.start, e.end, lang);
  return undefined;
}

/** The timeline a card shows: its own (topic), the topic that lists it, or its related events. */
function timelineSource(index: CorpusIndex, i: number): { topic?: Entry; ids: string[] } | null {
  const e = index.entries[i];
  if (e.kind === 'topic' && e.timeline?.length) return { topic: e, ids: e.timeline };
  const topics = index.topicsOf.get(i);
  if (topics?.length) {
    const t = index.entries[topics[0]];
    return { topic: t, ids: t.timeline ?? [] };
  }
  for (const rid of e.related) {
    const j = index.byId.get(rid);
    if (j !== undefined && index.entries[j].kind === 'topic' && index.entries[j].timeline?.length) {
      const t = index.entries[j];
      return { topic: t, ids: t.timeline ?? [] };
    }
  }
  const events = e.related.filter((id) => {
    const j = index.byId.get(id);
    return j !== undefined && index.entries[j].kind === 'event' && entryDate(index.entries[j]);
  });
  return events.length >= 2 ? { ids: events } : null;
}

function buildStrip(items: TimelineItem[], articleDate: string | null): TimelineStrip {
  const years = items.map((it) => yearFraction(it.date));
  if (articleDate) years.push(yearFraction(articleDate));
  let from = Math.floor(Math.min(...years));
  let to = Math.ceil(Math.max(...years));
  if (to - from < 2) { from -= 1; to += 1; }
  const span = to - from;
  const x = (y: number) => (y - from) / span;
  const step = span > 60 ? 20 : span > 30 ? 10 : span > 12 ? 5 : span > 5 ? 2 : 1;
  const ticks: TimelineStrip['ticks'] = [];
  for (let y = Math.ceil(from / step) * step; y <= to; y += step) ticks.push({ x: x(y), label: String(y) });
  return {
    from, to, ticks,
    marks: items.map((it) => ({ id: it.id, x: x(yearFraction(it.date)), current: it.current, after: !!articleDate && !onOrBefore(it.date, articleDate), label: `${it.dateLabel}: ${it.name}` })),
    article: articleDate ? x(yearFraction(articleDate)) : undefined,
  };
}

/**
 * Builds the plain model of a card: pure, so it is unit-tested in Node and
 * rendered by the overlay. `articleDate` splits the timeline into before/after.
 */
export function buildCardModel(index: CorpusIndex, id: string, articleDate: string | null, lang: Lang = 'en'): CardModel | null {
  const i = index.byId.get(id);
  if (i === undefined) return null;
  const e = index.entries[i];
  const model: CardModel = {
    id: e.id,
    kind: e.kind,
    name: e.name,
    hangul: e.hangul,
    subtitle: e.role ?? undefined,
    dateLabel: dateLabelOf(e, lang),
    place: e.place,
    summary: e.summary,
    outcome: e.outcome,
    accounts: e.accounts?.length ? e.accounts : undefined,
    dateNote: e.dateNote,
    related: [],
    sources: [],
    asOf: index.corpus.asOf,
    articleDate,
  };
  for (const s of e.sources) {
    const u = safeUrl(s.url);
    if (u) model.sources.push({ url: u.href, title: s.title, host: u.hostname.replace(/^www\./, '') });
  }
  const src = timelineSource(index, i);
  if (src) {
    const items: TimelineItem[] = [];
    for (const tid of src.ids) {
      const j = index.byId.get(tid);
      if (j === undefined) continue;
      const ev = index.entries[j];
      const d = entryDate(ev);
      if (!d) continue;
      items.push({
        id: ev.id,
        name: ev.name,
        date: d,
        dateLabel: formatDate(d, lang),
        line: firstSentence(ev.outcome ?? ev.summary),
        current: ev.id === e.id,
      });
    }
    items.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    if (items.length) {
      const before: TimelineItem[] = [];
      const after: TimelineItem[] = [];
      for (const it of items) {
        if (!articleDate || onOrBefore(it.date, articleDate)) before.push(it);
        else after.push({ ...it, gap: gapLabel(articleDate, it.date, lang) });
      }
      model.timeline = {
        title: src.topic?.name ?? e.name,
        topicId: src.topic?.id ?? e.id,
        before,
        after,
        split: !!articleDate,
        strip: buildStrip(items, articleDate),
      };
    }
  }
  const seen = new Set<string>();
  const rel = src?.topic && src.topic.id !== e.id ? [src.topic.id, ...e.related] : e.related;
  for (const rid of rel) {
    const j = index.byId.get(rid);
    if (j === undefined || seen.has(rid) || rid === e.id) continue;
    seen.add(rid);
    const r = index.entries[j];
    model.related.push({ id: r.id, name: r.name, kind: r.kind });
  }
  return model;
}
