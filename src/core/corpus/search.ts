import { foldAlias } from '../matching/normalize';
import type { CardIndex } from './card-index';
import { resolveMentions, type CorpusIndex } from './corpus-index';
import type { Entry, EntryKind } from './types';

/** Among equally good matches, things a reader looks up by name come before the events named after them. */
const KIND_RANK: Record<EntryKind, number> = { place: 0, organisation: 0, person: 0, agreement: 1, topic: 2, term: 3, event: 4 };

/** How well one name or alias matches a folded query: 6 exact, 4 prefix, 3 a word starts with it, 2 inside a word. */
function aliasScore(alias: string, q: string): number {
  const f = foldAlias(alias);
  if (f === q) return 6;
  if (f.startsWith(q)) return 4;
  if (f.includes(' ' + q) || f.includes('-' + q)) return 3;
  return f.includes(q) ? 2 : 0;
}

/**
 * Every entry whose name or any alias contains the query, best first: exact names and aliases,
 * then those that start with it, then a word that starts with it, then anywhere inside; a match
 * on the entry's own name beats one on an alias; ties go places, organisations and people first,
 * then agreements, topics, terms and events, then by name. "kaesong" gives the city, then the
 * industrial complex and its timeline topic, then the events named after it. English or Hangul.
 */
export function rankEntries(index: CardIndex, query: string, limit = 40): Entry[] {
  const q = foldAlias(query.slice(0, 500));
  if (!q) return [];
  const scored: { i: number; s: number }[] = [];
  index.entries.forEach((e, i) => {
    // The name counts a little more than an alias of the same score.
    let best = aliasScore(e.name, q) * 2 + (aliasScore(e.name, q) ? 1 : 0);
    for (const a of e.aliases) best = Math.max(best, aliasScore(a, q) * 2);
    if (e.hangul) best = Math.max(best, aliasScore(e.hangul, q) * 2);
    if (best) scored.push({ i, s: best });
  });
  const entries = index.entries;
  scored.sort((a, b) => b.s - a.s || KIND_RANK[entries[a.i].kind] - KIND_RANK[entries[b.i].kind] || entries[a.i].name.localeCompare(entries[b.i].name));
  return scored.slice(0, limit).map((x) => entries[x.i]);
}

/**
 * Entries for a look-up of selected text: a selection that is exactly a name or alias is that entry
 * alone (so its card opens at once); otherwise the names found inside the selection (with a
 * compiled index), then the ranked matches of `rankEntries`. Works on the card index alone too.
 */
export function searchEntries(index: CardIndex | CorpusIndex, query: string, limit = 8): Entry[] {
  const q = foldAlias(query.slice(0, 500));
  if (!q) return [];
  const exact = index.entries.findIndex((e) => [e.name, ...e.aliases].some((a) => foldAlias(a) === q));
  if (exact >= 0) return [index.entries[exact]];
  const out: Entry[] = [];
  const seen = new Set<string>();
  const push = (e: Entry) => {
    if (!seen.has(e.id) && out.length < limit) {
      seen.add(e.id);
      out.push(e);
    }
  };
  // Names inside a longer selection, when a compiled matcher is at hand (the card index has none).
  if ('matcher' in index) for (const m of resolveMentions(index, query)) push(index.entries[m.entry]);
  for (const e of rankEntries(index, query, limit)) push(e);
  return out;
}
