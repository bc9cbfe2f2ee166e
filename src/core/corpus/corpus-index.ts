import { compileMatcher, type AliasSpec, type Matcher } from '../matching/matcher';
import { foldAlias } from '../matching/normalize';
import { entryDate, type Corpus, type Entry, type EntryKind } from './types';

/** How a compiled alias resolves to entries. */
export interface AliasInfo {
  text: string;
  owners: number[];
  /** 'full': counts alone; 'short': only after a full alias of the owner; 'requires': only with a context entry. */
  mode: 'full' | 'short' | 'requires';
  requires?: number[];
  /** Several dated owners: pick the one nearest before the article date. */
  nearestDate?: boolean;
}

export interface CorpusIndex {
  corpus: Corpus;
  entries: Entry[];
  byId: Map<string, number>;
  aliases: AliasInfo[];
  matcher: Matcher;
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

/**
 * The same compilation in steps: the content script runs each step in its own
 * task so no single task on the reader's page runs long.
 */
export function* indexCorpusSteps(corpus: Corpus): Generator<void, CorpusIndex> {
  const entries = corpus.entries;
  const byId = new Map<string, number>();
  entries.forEach((e, i) => byId.set(e.id, i));
  const table = new Map<string, AliasInfo>();
  const add = (text: string, owner: number, mode: AliasInfo['mode'], caseSensitive?: boolean) => {
    const key = (caseSensitive ? 'C:' + text : 'I:' + foldAlias(text)) + ':' + mode;
    let info = table.get(key);
    if (!info) table.set(key, (info = { text, owners: [], mode }));
    if (!info.owners.includes(owner)) info.owners.push(owner);
    return info;
  };
  entries.forEach((e, i) => {
    const rules = new Map((e.aliasRules ?? []).map((r) => [foldAlias(r.alias), r]));
    for (const a of [e.name, ...e.aliases]) {
      const rule = rules.get(foldAlias(a));
      if (rule?.rule === 'requires') {
        const info = add(a, i, 'requires');
        info.requires = (rule.requires ?? []).map((id) => byId.get(id)).filter((x): x is number => x !== undefined);
      } else {
        const info = add(a, i, 'full');
        if (rule?.rule === 'nearest-date') info.nearestDate = true;
      }
    }
    for (const s of e.shortForms ?? []) add(s, i, 'short', true);
  });
  yield;
  const aliases = [...table.values()];
  // Aliases of one entry merge when they overlap, so "President Moon Jae-in" is one mention.
  const specs: AliasSpec[] = aliases.map((a) => ({ text: a.text, caseSensitive: a.mode === 'short' ? true : undefined, group: a.owners.length === 1 && a.mode === 'full' ? a.owners[0] : undefined }));
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
  return { corpus, entries, byId, aliases, matcher: compileMatcher(specs), topicsOf };
}

/** A highlighted mention: an entry at [start, end) of the scanned text. */
export interface Mention {
  entry: number;
  start: number;
  end: number;
}

export interface MentionOptions {
  articleDate?: string | null;
  /** Kinds to keep; all when absent. */
  kinds?: ReadonlySet<EntryKind>;
  /** 'first': only the first mention of each entry. */
  density?: 'first' | 'all';
  /** Cap on returned mentions. */
  max?: number;
  /** Entries known to be on the page already (for context rules across chunks). */
  found?: ReadonlySet<number>;
  /** State carried from earlier chunks of the same page. */
  state?: { seenFull: Set<number>; counted: Set<number> };
}

/** Picks, among dated owners, the one nearest before the article date (else the latest). */
function pickNearest(index: CorpusIndex, owners: number[], articleDate?: string | null): number {
  const dated = owners
    .map((o) => ({ o, d: entryDate(index.entries[o]) ?? '' }))
    .sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : 0));
  if (articleDate) {
    const before = dated.filter((x) => x.d && x.d.slice(0, articleDate.length) <= articleDate);
    if (before.length) return before[before.length - 1].o;
  }
  return dated[dated.length - 1].o;
}

/** Resolves raw alias matches into entry mentions, applying short-form, context and date rules. */
export function resolveMentions(index: CorpusIndex, text: string, opts: MentionOptions = {}): Mention[] {
  const raw = index.matcher.find(text);
  const found = new Set<number>(opts.found ?? []);
  for (const m of raw) {
    const a = index.aliases[m.alias];
    if (a.mode === 'full' && a.owners.length === 1) found.add(a.owners[0]);
  }
  const seenFull = opts.state?.seenFull ?? new Set<number>();
  const out: Mention[] = [];
  const counted = opts.state?.counted ?? new Set<number>();
  for (const m of raw) {
    const a = index.aliases[m.alias];
    let entry: number | undefined;
    if (a.mode === 'full') {
      entry = a.owners.length === 1 ? a.owners[0] : a.nearestDate ? pickNearest(index, a.owners, opts.articleDate) : undefined;
      if (entry !== undefined) seenFull.add(entry);
    } else if (a.mode === 'short') {
      // A surname counts only after the full name appeared earlier on the page.
      entry = a.owners.find((o) => seenFull.has(o));
    } else if (a.requires?.some((r) => found.has(r))) {
      entry = a.owners[0];
    }
    if (entry === undefined) continue;
    if (opts.kinds && !opts.kinds.has(index.entries[entry].kind)) continue;
    if (opts.density === 'first' && counted.has(entry)) continue;
    counted.add(entry);
    out.push({ entry, start: m.start, end: m.end });
    if (opts.max !== undefined && out.length >= opts.max) break;
  }
  return out;
}
