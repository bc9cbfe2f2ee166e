import type { Corpus, Entry } from '../core/corpus/types';
import { linkTimelines } from '../core/corpus/timelines';
import { applyAliasGuards, type AliasGuards } from '../core/corpus/alias-guards';
import guards from './alias-guards.json';
import meta from './meta.json';

const files = import.meta.glob<Entry[]>('./entries/*.json', { eager: true, import: 'default' });

/** The bundled corpus, entries sorted by id. Validated at build and test time, not here. */
export const corpus: Corpus = {
  ...meta,
  entries: applyAliasGuards(
    linkTimelines(
      Object.values(files)
        .flat()
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ),
    guards as AliasGuards,
  ),
};
