/**
 * A topic's timeline is the events it lists plus every event that names the topic in `related`,
 * in date order. Entries written later (in any file) join a topic's timeline by naming it.
 */
import { entryDate, type Entry } from './types';

/** Returns the entries with each topic's timeline completed and sorted by date (stable). */
export function linkTimelines(entries: Entry[]): Entry[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const joined = new Map<string, Set<string>>();
  for (const e of entries) {
    if (e.kind !== 'event') continue;
    for (const r of e.related ?? []) if (byId.get(r)?.kind === 'topic') (joined.get(r) ?? joined.set(r, new Set()).get(r)!).add(e.id);
  }
  return entries.map((e) => {
    if (e.kind !== 'topic') return e;
    const ids = [...new Set([...(e.timeline ?? []), ...(joined.get(e.id) ?? [])])];
    const dated = ids.map((id, i) => ({ id, i, d: entryDate(byId.get(id) ?? {}) ?? '' }));
    dated.sort((a, b) => (a.d === b.d ? a.i - b.i : a.d.slice(0, 10) < b.d.slice(0, 10) ? -1 : 1));
    return { ...e, timeline: dated.map((x) => x.id) };
  });
}
