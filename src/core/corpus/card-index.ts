/** The look-up tables cards and search need, without compiling any matcher. */
import type { Corpus, Entry } from './types';

export interface CardIndex {
  corpus: Corpus;
  entries: Entry[];
  byId: Map<string, number>;
  /** Topics whose timeline contains the entry (by entry index). */
  topicsOf: Map<number, number[]>;
}

/** Builds the tables in one pass over the corpus. */
export function cardIndex(corpus: Corpus): CardIndex {
  const entries = corpus.entries;
  const byId = new Map<string, number>();
  entries.forEach((e, i) => byId.set(e.id, i));
  const topicsOf = new Map<number, number[]>();
  entries.forEach((e, i) => {
    for (const id of e.timeline ?? []) {
      const j = byId.get(id);
      if (j === undefined) continue;
      const list = topicsOf.get(j);
      if (list) list.push(i);
      else topicsOf.set(j, [i]);
    }
  });
  return { corpus, entries, byId, topicsOf };
}
