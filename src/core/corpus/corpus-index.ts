import { matcherData, matcherFrom, type AliasSpec, type Matcher, type MatcherData } from '../matching/matcher';
import { foldAlias, isAcronym } from '../matching/normalize';
import { KEYWORDS, type Side } from '../detection/keywords';
import { EPISODES } from '../matching/episodes';
import { HANGUL_COLLISIONS, SAYS_KOREA } from '../matching/collisions';
import { inflections } from '../matching/inflect';
import { surnameOf, titleAliases } from '../matching/titles';
import type { Corpus, Entry, EntryKind } from './types';

export { resolveMentions, scanText, QUIET_IDS, type Mention, type MentionOptions, type MentionState, type Scan } from '../matching/resolve';

/** How a compiled alias resolves to entries. */
export interface AliasInfo {
  text: string;
  owners: number[];
  /**
   * 'full': counts alone; 'short': a surname, resolved to the last full name the page used;
   * 'requires': only with a context entry nearby; 'title': an office and surname, resolved by the
   * article's date; 'episode': a generic episode word, resolved by the names around it;
   * 'keyword': not a name, a context word (North Korea, Washington …).
   */
  mode: 'full' | 'short' | 'requires' | 'title' | 'episode' | 'keyword';
  requires?: number[];
  /** Several dated owners: pick the one nearest before the article date. */
  nearestDate?: boolean;
  /** A common-noun alias ("nuclear test", "joint exercises"): counts only where the paragraph is about the Koreas. */
  generic?: boolean;
  /** A Hangul alias that is also an ordinary word: see matching/collisions. */
  collision?: string;
  /** An alias of a Korean body that other states share a name with: not right after another country's name. */
  foreignCheck?: boolean;
  /** A singular or plural made from a listed alias. */
  variant?: boolean;
  /** Title aliases: the dates each owner held the office (parallel to owners). */
  terms?: { start?: string; end?: string }[];
  /** Episode aliases: index into EPISODES. */
  episode?: number;
  /** The side this alias places a paragraph on (keywords, and names of Korean, US … bodies and people). */
  side?: Side;
  /** Requires rules: bit mask (N = 1, S = 2) of the sides of the required entries. */
  requiresSides?: number;
  /** Keywords: index into KEYWORDS. */
  keyword?: number;
  /** The alias is written in Hangul. */
  hangul?: boolean;
}

export interface CorpusIndex {
  corpus: Corpus;
  entries: Entry[];
  byId: Map<string, number>;
  aliases: AliasInfo[];
  matcher: Matcher;
  /** The matcher's compiled data (what the build serialises). */
  matcherData: MatcherData;
  /** Topics whose timeline contains the entry (by entry index). */
  topicsOf: Map<number, number[]>;
}

/** Compiles a corpus for matching and cards. Runs once per page that needs it. */
export function indexCorpus(corpus: Corpus): CorpusIndex {
  const steps = indexCorpusSteps(corpus);
  let r = steps.next();
  while (!r.done) r = steps.next();
  return r.value;
}

const SIDE_OF: Partial<Record<string, Side>> = { KP: 'N', KR: 'S', US: 'US', CN: 'CN', RU: 'RU', JP: 'JP' };

/** The side an entry places its paragraph on, for context rules. */
export function sideOf(e: Entry): Side | undefined {
  const s = e.country ? SIDE_OF[e.country] : undefined;
  if (s) return s;
  if (e.country === 'INTL' && (e.kind === 'place' || e.kind === 'organisation')) return 'K';
  if (e.kind === 'event' || e.kind === 'topic' || e.kind === 'agreement') return 'K';
  return undefined;
}

/** A Latin alias with no capital letter, digit or Korea word: an ordinary phrase that needs context. */
export function isGenericAlias(a: string): boolean {
  return /^[a-z][a-z '’-]*$/.test(a) && !SAYS_KOREA.test(a) && !/\bjuche|byungjin|songun|nordpolitik|trustpolitik/.test(a);
}

/**
 * The same compilation in steps: the content script runs each step in its own
 * task so no single task on the reader's page runs long.
 */
export function* indexCorpusSteps(corpus: Corpus): Generator<void, CorpusIndex> {
  const entries = corpus.entries;
  const byId = new Map<string, number>();
  entries.forEach((e, i) => byId.set(e.id, i));
  const table = new Map<string, AliasInfo>();
  /** Folded forms taken by any name alias: keywords, variants and episode words yield to them. */
  const taken = new Map<string, AliasInfo>();
  const add = (text: string, owner: number, mode: AliasInfo['mode'], caseSensitive?: boolean) => {
    const f = foldAlias(text);
    const key = (caseSensitive ? 'C:' + text : 'I:' + f) + ':' + mode;
    let info = table.get(key);
    if (!info) table.set(key, (info = { text, owners: [], mode }));
    if (!info.owners.includes(owner)) info.owners.push(owner);
    if (mode !== 'short' && !taken.has(f)) taken.set(f, info);
    return info;
  };
  const variants: { text: string; owner: number; from: AliasInfo }[] = [];
  entries.forEach((e, i) => {
    const rules = new Map((e.aliasRules ?? []).map((r) => [foldAlias(r.alias), r]));
    const side = sideOf(e);
    const korean = e.country === 'KR' || e.country === 'KP';
    for (const a of new Set([e.name, ...e.aliases])) {
      const rule = rules.get(foldAlias(a));
      let info: AliasInfo;
      if (rule?.rule === 'requires') {
        info = add(a, i, 'requires');
        info.requires = (rule.requires ?? []).map((id) => byId.get(id)).filter((x): x is number => x !== undefined);
        for (const q of info.requires) {
          const s = sideOf(entries[q]);
          if (s === 'N') info.requiresSides = (info.requiresSides ?? 0) | 1;
          if (s === 'S') info.requiresSides = (info.requiresSides ?? 0) | 2;
        }
      } else {
        info = add(a, i, 'full');
        if (rule?.rule === 'nearest-date') info.nearestDate = true;
      }
      if (isGenericAlias(a)) info.generic = true;
      if (HANGUL_COLLISIONS[a]) info.collision = a;
      if (korean && e.kind === 'organisation' && !SAYS_KOREA.test(a)) info.foreignCheck = true;
      if (side && info.owners.length === 1) info.side = side;
      if (['event', 'topic', 'term', 'agreement', 'organisation'].includes(e.kind)) for (const v of inflections(a)) variants.push({ text: v, owner: i, from: info });
    }
    for (const s of e.shortForms ?? []) add(s, i, 'short', true);
    if (e.kind === 'person') {
      const sur = surnameOf(e);
      if (sur && sur.length >= 3 && !(e.shortForms ?? []).includes(sur)) add(sur, i, 'short', true);
    }
  });
  yield;
  // Singulars and plurals of listed aliases, where no other alias has that form.
  for (const v of variants) {
    const f = foldAlias(v.text);
    if (taken.has(f)) continue;
    const info = add(v.text, v.owner, v.from.mode);
    Object.assign(info, { requires: v.from.requires, nearestDate: v.from.nearestDate, generic: v.from.generic, side: v.from.side, variant: true });
  }
  // Titles: "President Lee", "the unification minister", "이 대통령". One owner may hold an office twice.
  entries.forEach((e, i) => {
    for (const t of titleAliases(e)) {
      const f = foldAlias(t.text);
      const prior = taken.get(f);
      if (prior && prior.mode !== 'title') continue;
      const cased = /^[A-Z]/.test(t.text);
      const key = 'T:' + (cased ? t.text : f);
      let info = table.get(key);
      if (!info) {
        table.set(key, (info = { text: t.text, owners: [], mode: 'title', terms: [] }));
        taken.set(f, info);
      }
      info.owners.push(i);
      info.terms!.push({ start: t.start, end: t.end });
    }
  });
  // Episode words.
  EPISODES.forEach((ep, k) => {
    for (const p of ep.phrases) {
      for (const text of [p, ...inflections(p)]) {
        const f = foldAlias(text);
        if (taken.has(f)) continue;
        const info: AliasInfo = { text, owners: [], mode: 'episode', episode: k };
        table.set('E:' + f, info);
        taken.set(f, info);
      }
    }
  });
  // Context words: where a name alias has the same form, the name carries the side.
  KEYWORDS.forEach((kw, k) => {
    const f = foldAlias(kw.text);
    const prior = taken.get(f);
    if (prior) {
      prior.side ??= kw.side;
      prior.keyword ??= k;
      return;
    }
    const info: AliasInfo = { text: kw.text, owners: [], mode: 'keyword', keyword: k, side: kw.side };
    table.set('K:' + f, info);
    taken.set(f, info);
  });
  yield;
  const aliases = [...table.values()];
  for (const a of aliases) if (/[\uac00-\ud7a3]/.test(a.text)) a.hangul = true;
  // Aliases of one entry merge when they overlap, so "President Moon Jae-in" is one mention.
  const specs: AliasSpec[] = aliases.map((a) => ({
    text: a.text,
    caseSensitive: a.mode === 'short' || (a.mode === 'title' && /^[A-Z]/.test(a.text)) || (a.mode === 'keyword' && (isAcronym(a.text) || KEYWORDS[a.keyword!].cased)) ? true : undefined,
    group: (a.mode === 'full' || a.mode === 'title') && a.owners.length && a.owners.every((o) => o === a.owners[0]) ? a.owners[0] : undefined,
    weak: a.mode === 'keyword' || undefined,
  }));
  return indexFrom(corpus, { aliases, matcher: matcherData(specs) });
}

/** A compiled index as plain data: the build writes it, the content script loads it without compiling. */
export interface IndexData {
  aliases: AliasInfo[];
  matcher: MatcherData;
}

/** Compiles a corpus into index data (at build time). */
export function indexData(corpus: Corpus): IndexData {
  const idx = indexCorpus(corpus);
  return { aliases: idx.aliases, matcher: idx.matcherData };
}

/** The index over compiled data; `corpus` must be the corpus it was compiled from (entries in the same order). */
export function indexFrom(corpus: Corpus, data: IndexData): CorpusIndex {
  const entries = corpus.entries;
  const byId = new Map<string, number>();
  entries.forEach((e, i) => byId.set(e.id, i));
  const topicsOf = new Map<number, number[]>();
  entries.forEach((e, i) => {
    for (const id of e.timeline ?? []) {
      const j = byId.get(id);
      if (j === undefined) continue;
      const list = topicsOf.get(j) ?? [];
      list.push(i);
      topicsOf.set(j, list);
    }
  });
  return { corpus, entries, byId, aliases: data.aliases, matcher: matcherFrom(data.matcher), matcherData: data.matcher, topicsOf };
}

/** Kinds of entries, re-exported for callers that filter mentions. */
export type { EntryKind };

/**
 * Every form the index matches for an entry: its aliases and short forms, and the singulars,
 * plurals, surnames and titles made from them (for tests that check a mention's text).
 */
export function formsOf(index: CorpusIndex, entry: number): string[] {
  return index.aliases.filter((a) => a.owners.includes(entry)).map((a) => a.text);
}
