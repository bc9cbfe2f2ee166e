/**
 * One raw alias match -> the entry it stands for: the context rules (generic words, Hangul
 * collisions, foreign names), then the alias's mode: full names, required context, coreference
 * of surnames, titles by the article's date, and episode words by the names around them.
 */
import type { AliasInfo, CorpusIndex } from '../corpus/corpus-index';
import { entryDate } from '../corpus/types';
import type { Side } from '../detection/keywords';
import { foreignBefore, HANGUL_COLLISIONS } from './collisions';
import { EPISODES, type EpisodeContext } from './episodes';
import type { Match } from './matcher';
import { isAcronym } from './normalize';
import type { Mention, MentionState } from './resolve';
import { BIT, KOREA, SIDES, inWindow, nearestSide, windowSides, type BlockContext } from './scan-context';
import { covers } from './titles';

/** What resolving the hits of one scan reads, and the coreference state it updates. */
export interface Resolution {
  index: CorpusIndex;
  text: string;
  ctx: BlockContext;
  date: string | null;
  koreaPage: boolean;
  /** The page's state; `order` is set. */
  state: MentionState;
  /** Entry -> order of its latest full mention (`state.lastFull`). */
  lastFull: Map<number, number>;
  /** How the last resolved hit was resolved when not by its full name (set by {@link resolveHit}). */
  why: Mention['why'];
}

/** Picks, among dated owners, the one nearest before the article date (else the latest). */
function pickNearest(index: CorpusIndex, owners: number[], articleDate?: string | null): number {
  const dated = owners.map((o) => ({ o, d: entryDate(index.entries[o]) ?? '' })).sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : 0));
  if (articleDate) {
    const before = dated.filter((x) => x.d && x.d.slice(0, articleDate.length) <= articleDate);
    if (before.length) return before[before.length - 1].o;
  }
  return dated[dated.length - 1].o;
}

/** Records a full mention of entry `e`: later surnames and titles may refer back to it. */
function see(r: Resolution, e: number): void {
  r.state.seenFull.add(e);
  r.lastFull.set(e, r.state.order!++);
}

/** The owner whose full mention came latest, if any was seen. */
function latestSeen(r: Resolution, owners: number[]): number | undefined {
  let best: number | undefined;
  let bestOrder = -1;
  for (const o of owners) {
    const ord = r.lastFull.get(o);
    if (ord !== undefined && ord > bestOrder) {
      bestOrder = ord;
      best = o;
    }
  }
  return best;
}

/** The owners whose full name the page has used. */
function seenOwners(r: Resolution, owners: number[]): number[] {
  return owners.filter((o) => r.state.seenFull.has(o));
}

/**
 * Resolves one raw match (not a keyword) in block `blk` to an entry, or undefined when its context
 * rules reject it or nothing fits; sets `r.why`.
 */
export function resolveHit(r: Resolution, m: Match, a: AliasInfo, blk: number): number | undefined {
  r.why = undefined;
  if (a.generic && !(windowSides(r.ctx, blk, 1) & KOREA)) return undefined;
  if (a.collision) {
    const c = HANGUL_COLLISIONS[a.collision];
    const need = c.need.reduce((v, s) => v | BIT[s], 0);
    if (!(windowSides(r.ctx, blk, 1) & need) || c.deny?.test(r.text.slice(m.end, m.end + 8))) return undefined;
  }
  if (a.foreignCheck && foreignBefore(r.text, m.start, !!a.hangul)) return undefined;
  switch (a.mode) {
    case 'full': {
      const entry = a.owners.length === 1 ? a.owners[0] : a.nearestDate ? pickNearest(r.index, a.owners, r.date) : undefined;
      if (entry !== undefined) see(r, entry);
      return entry;
    }
    case 'requires':
      return resolveRequires(r, m, a, blk);
    case 'short':
      r.why = 'coreference';
      return latestSeen(r, seenOwners(r, a.owners));
    case 'title':
      return resolveTitle(r, m, a);
    case 'episode':
      return resolveEpisode(r, m, a, blk);
  }
  return undefined;
}

/** A name that counts only with one of its required entries (or a Korea word of their side) nearby. */
function resolveRequires(r: Resolution, m: Match, a: AliasInfo, blk: number): number | undefined {
  // Acronyms and Hangul words collide most: their context must be near; longer names may rely on the page.
  const strict = !!a.hangul || isAcronym(r.text.slice(m.start, m.end)) || !!a.collision;
  // A Korea word of the same side stands for the required names ("북한", "North Korea" for the North's bodies).
  const sideOk = (a.requiresSides ?? 0) & windowSides(r.ctx, blk, 1) & (BIT.N | BIT.S);
  if (!(inWindow(r.ctx, blk, a.requires, 2) || sideOk || (!strict && a.requires?.some((q) => r.ctx.found.has(q))))) return undefined;
  const entry = a.owners[0];
  see(r, entry);
  return entry;
}

/** An office and surname ("President Lee"): the holder at the article's date, else the one the page named last. */
function resolveTitle(r: Resolution, m: Match, a: AliasInfo): number | undefined {
  if (m.end - m.start > a.text.length + 1 && new Set(a.owners).size === 1) {
    // Merged with the person's full name ("President Moon Jae-in"): a plain full mention.
    see(r, a.owners[0]);
    return a.owners[0];
  }
  const date = r.date;
  let cands: number[] = [];
  if (date) {
    cands = titleHolders(a, date, /\bformer\s+$|\bex-$|전\s*$/i.test(r.text.slice(Math.max(0, m.start - 9), m.start)));
    if (cands.length) r.why = 'date-rule';
  }
  if (!cands.length) {
    const distinct = [...new Set(a.owners)];
    const seen = latestSeen(r, distinct);
    if (seen !== undefined) {
      cands = [seen];
      r.why = 'coreference';
    } else if (distinct.length === 1 && !date) cands = distinct;
  }
  const entry = cands.length > 1 ? (latestSeen(r, cands) ?? cands[cands.length - 1]) : cands[0];
  if (entry !== undefined) see(r, entry);
  return entry;
}

/** Distinct owners of a title alias who held the office at `date`, or, for a former holder, whose term ended last before it. */
function titleHolders(a: AliasInfo, date: string, former: boolean): number[] {
  const terms = a.terms ?? [];
  let cands: number[] = [];
  if (former) {
    // "former President Lee": the holder whose term ended last before the article.
    let bestEnd = '';
    a.owners.forEach((o, k) => {
      const e = terms[k]?.end;
      if (e && e <= date.slice(0, e.length) && e > bestEnd) {
        bestEnd = e;
        cands = [o];
      }
    });
  } else cands = a.owners.filter((o, k) => covers(terms[k]?.start, terms[k]?.end, date));
  return [...new Set(cands)];
}

/** A generic episode word ("the summit"): on a Korea page, the episode the sides and words around it point to. */
function resolveEpisode(r: Resolution, m: Match, a: AliasInfo, blk: number): number | undefined {
  if (!r.koreaPage) return undefined;
  r.why = 'episode';
  const win = windowSides(r.ctx, blk, 1);
  const set = new Set<Side>(SIDES.filter((s) => win & BIT[s]));
  const ctx: EpisodeContext = {
    sides: set,
    nearest: (among) => nearestSide(r.ctx, m.start, blk, among),
    before: r.text.slice(Math.max(0, m.start - 30), m.start).toLowerCase(),
  };
  const id = EPISODES[a.episode!].pick(ctx);
  return id ? r.index.byId.get(id) : undefined;
}
