/**
 * The alias table the index compiles: every form the matcher looks for and how it resolves. Names
 * come first and take their folded forms; singulars and plurals, titles, episode words and
 * context words are added after them, each only where no name has that form.
 */
import type { AliasSpec } from '../matching/matcher';
import { foldAlias, isAcronym } from '../matching/normalize';
import { KEYWORDS, type Side } from '../detection/keywords';
import { EPISODES } from '../matching/episodes';
import { HANGUL_COLLISIONS, SAYS_KOREA } from '../matching/collisions';
import { inflections } from '../matching/inflect';
import { surnameOf, titleAliases } from '../matching/titles';
import type { AliasInfo } from './corpus-index';
import type { AliasRule, Entry } from './types';

/** The alias table under construction. */
export interface AliasTable {
  /** Key (case or folded form, and mode) -> alias. */
  table: Map<string, AliasInfo>;
  /** Folded forms taken by any name alias: keywords, variants and episode words yield to them. */
  taken: Map<string, AliasInfo>;
}

/** A singular or plural of a listed alias, added once every listed alias has taken its form. */
export interface Variant {
  text: string;
  owner: number;
  from: AliasInfo;
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

/** Adds `owner` to the alias of that form and mode (creating it); a name alias takes its folded form. */
function addAlias(t: AliasTable, text: string, owner: number, mode: AliasInfo['mode'], caseSensitive?: boolean): AliasInfo {
  const f = foldAlias(text);
  const key = (caseSensitive ? 'C:' + text : 'I:' + f) + ':' + mode;
  let info = t.table.get(key);
  if (!info) t.table.set(key, (info = { text, owners: [], mode }));
  if (!info.owners.includes(owner)) info.owners.push(owner);
  if (mode !== 'short' && !t.taken.has(f)) t.taken.set(f, info);
  return info;
}

/** Adds every entry's name, aliases and short forms (a person's surname too); returns the variants to add later. */
export function addNameAliases(t: AliasTable, entries: readonly Entry[], byId: ReadonlyMap<string, number>): Variant[] {
  const variants: Variant[] = [];
  entries.forEach((e, i) => {
    const rules = new Map((e.aliasRules ?? []).map((r) => [foldAlias(r.alias), r]));
    const side = sideOf(e);
    const korean = e.country === 'KR' || e.country === 'KP';
    for (const a of new Set([e.name, ...e.aliases])) {
      const info = addListedAlias(t, a, i, rules.get(foldAlias(a)), entries, byId);
      if (isGenericAlias(a)) info.generic = true;
      if (HANGUL_COLLISIONS[a]) info.collision = a;
      if (korean && e.kind === 'organisation' && !SAYS_KOREA.test(a)) info.foreignCheck = true;
      if (side && info.owners.length === 1) info.side = side;
      if (['event', 'topic', 'term', 'agreement', 'organisation'].includes(e.kind))
        for (const v of inflections(a)) variants.push({ text: v, owner: i, from: info });
    }
    for (const s of e.shortForms ?? []) addAlias(t, s, i, 'short', true);
    if (e.kind === 'person') {
      const sur = surnameOf(e);
      if (sur && sur.length >= 3 && !(e.shortForms ?? []).includes(sur)) addAlias(t, sur, i, 'short', true);
    }
  });
  return variants;
}

/** One listed alias of entry `i` under its rule: a 'requires' alias with its required entries and their sides, else a full name. */
function addListedAlias(
  t: AliasTable,
  a: string,
  i: number,
  rule: AliasRule | undefined,
  entries: readonly Entry[],
  byId: ReadonlyMap<string, number>,
): AliasInfo {
  if (rule?.rule !== 'requires') {
    const info = addAlias(t, a, i, 'full');
    if (rule?.rule === 'nearest-date') info.nearestDate = true;
    return info;
  }
  const info = addAlias(t, a, i, 'requires');
  info.requires = (rule.requires ?? []).map((id) => byId.get(id)).filter((x): x is number => x !== undefined);
  for (const q of info.requires) {
    const s = sideOf(entries[q]);
    if (s === 'N') info.requiresSides = (info.requiresSides ?? 0) | 1;
    if (s === 'S') info.requiresSides = (info.requiresSides ?? 0) | 2;
  }
  return info;
}

/** Singulars and plurals of listed aliases, where no other alias has that form; they resolve like the alias they come from. */
export function addVariants(t: AliasTable, variants: readonly Variant[]): void {
  for (const v of variants) {
    const f = foldAlias(v.text);
    if (t.taken.has(f)) continue;
    const info = addAlias(t, v.text, v.owner, v.from.mode);
    Object.assign(info, {
      requires: v.from.requires,
      requiresSides: v.from.requiresSides,
      nearestDate: v.from.nearestDate,
      generic: v.from.generic,
      side: v.from.side,
      variant: true,
    });
  }
}

/** Titles: "President Lee", "the unification minister", "이 대통령", each holder with the dates of the term. One owner may hold an office twice. */
export function addTitles(t: AliasTable, entries: readonly Entry[]): void {
  entries.forEach((e, i) => {
    for (const ti of titleAliases(e)) {
      const f = foldAlias(ti.text);
      const prior = t.taken.get(f);
      if (prior && prior.mode !== 'title') continue;
      const cased = /^[A-Z]/.test(ti.text);
      const key = 'T:' + (cased ? ti.text : f);
      let info = t.table.get(key);
      if (!info) {
        t.table.set(key, (info = { text: ti.text, owners: [], mode: 'title', terms: [] }));
        t.taken.set(f, info);
      }
      info.owners.push(i);
      info.terms!.push({ start: ti.start, end: ti.end });
    }
  });
}

/** Episode words and their inflections, where no alias has the form. */
export function addEpisodeWords(t: AliasTable): void {
  EPISODES.forEach((ep, k) => {
    for (const p of ep.phrases) {
      for (const text of [p, ...inflections(p)]) {
        const f = foldAlias(text);
        if (t.taken.has(f)) continue;
        const info: AliasInfo = { text, owners: [], mode: 'episode', episode: k };
        t.table.set('E:' + f, info);
        t.taken.set(f, info);
      }
    }
  });
}

/** Context words: where a name alias has the same form, the name carries the side. */
export function addKeywords(t: AliasTable): void {
  KEYWORDS.forEach((kw, k) => {
    const f = foldAlias(kw.text);
    const prior = t.taken.get(f);
    if (prior) {
      prior.side ??= kw.side;
      prior.keyword ??= k;
      return;
    }
    const info: AliasInfo = { text: kw.text, owners: [], mode: 'keyword', keyword: k, side: kw.side };
    t.table.set('K:' + f, info);
    t.taken.set(f, info);
  });
}

/** The matcher's specs for the aliases. Aliases of one entry merge when they overlap, so "President Moon Jae-in" is one mention. */
export function aliasSpecs(aliases: readonly AliasInfo[]): AliasSpec[] {
  return aliases.map((a) => ({
    text: a.text,
    caseSensitive:
      a.mode === 'short' || (a.mode === 'title' && /^[A-Z]/.test(a.text)) || (a.mode === 'keyword' && (isAcronym(a.text) || KEYWORDS[a.keyword!].cased))
        ? true
        : undefined,
    group: (a.mode === 'full' || a.mode === 'title') && a.owners.length && a.owners.every((o) => o === a.owners[0]) ? a.owners[0] : undefined,
    weak: a.mode === 'keyword' || undefined,
  }));
}
