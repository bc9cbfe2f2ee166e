import { matcherData, matcherFrom, type Matcher, type MatcherData } from '../matching/matcher';
import type { Side } from '../detection/keywords';
import { addEpisodeWords, addKeywords, addNameAliases, addTitles, addVariants, aliasSpecs, type AliasTable } from './alias-table';
import { cardIndex } from './card-index';
import type { Corpus, Entry } from './types';

export { resolveMentions, type Mention, type MentionOptions, type MentionState } from '../matching/resolve';

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

/**
 * The same compilation in steps: the content script runs each step in its own
 * task so no single task on the reader's page runs long.
 */
export function* indexCorpusSteps(corpus: Corpus): Generator<void, CorpusIndex> {
  const entries = corpus.entries;
  const byId = new Map<string, number>();
  entries.forEach((e, i) => byId.set(e.id, i));
  const t: AliasTable = { table: new Map(), taken: new Map() };
  const variants = addNameAliases(t, entries, byId);
  yield;
  addVariants(t, variants);
  addTitles(t, entries);
  addEpisodeWords(t);
  addKeywords(t);
  yield;
  const aliases = [...t.table.values()];
  for (const a of aliases) if (/[\uac00-\ud7a3]/.test(a.text)) a.hangul = true;
  return indexFrom(corpus, { aliases, matcher: matcherData(aliasSpecs(aliases)) });
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
  const { entries, byId, topicsOf } = cardIndex(corpus);
  return { corpus, entries, byId, aliases: data.aliases, matcher: matcherFrom(data.matcher), matcherData: data.matcher, topicsOf };
}

/**
 * Every form the index matches for an entry: its aliases and short forms, and the singulars,
 * plurals, surnames and titles made from them (for tests that check a mention's text).
 */
export function formsOf(index: CorpusIndex, entry: number): string[] {
  return index.aliases.filter((a) => a.owners.includes(entry)).map((a) => a.text);
}
