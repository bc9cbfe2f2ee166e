import { foldAlias } from '../matching/normalize';
import type { CorpusIndex } from './corpus-index';
import { resolveMentions } from './corpus-index';
import type { Entry } from './types';

/**
 * Finds entries for a free-text query (a selection, a search box): exact alias
 * matches in the text first, then names and aliases that start with or
 * contain the query. English or Hangul.
 */
export function searchEntries(index: CorpusIndex, query: string, limit = 8): Entry[] {
  const q = foldAlias(query.slice(0, 500));
  if (!q) return [];
  const out: Entry[] = [];
  const seen = new Set<number>();
  const push = (i: number) => {
    if (!seen.has(i) && out.length < limit) {
      seen.add(i);
      out.push(index.entries[i]);
    }
  };
  // A query that is exactly a name or alias is that entry alone.
  const exact = index.entries.findIndex((e) => [e.name, ...e.aliases].some((a) => foldAlias(a) === q));
  if (exact >= 0) return [index.entries[exact]];
  for (const m of resolveMentions(index, query)) push(m.entry);
  const scored: { i: number; s: number }[] = [];
  index.entries.forEach((e, i) => {
    if (seen.has(i)) return;
    let best = 0;
    for (const a of [e.name, ...e.aliases]) {
      const f = foldAlias(a);
      const s = f === q ? 4 : f.startsWith(q) ? 3 : f.includes(' ' + q) ? 2 : f.includes(q) ? 1 : 0;
      if (s > best) best = s;
    }
    if (best) scored.push({ i, s: best });
  });
  scored.sort((a, b) => b.s - a.s || index.entries[a.i].name.localeCompare(index.entries[b.i].name));
  for (const x of scored) push(x.i);
  return out;
}
