/**
 * The corpus as the engine needs it to decide about a page and resolve names: ids, kinds, names,
 * countries, dates, roles and links — no summaries, sources or card text, which load only with the
 * UI, and no aliases, which the build compiled into the index already.
 */
import type { Corpus, Entry } from './types';

const KEEP = ['id', 'kind', 'name', 'hangul', 'country', 'eventType', 'date', 'start', 'end', 'role', 'roles', 'related', 'timeline'] as const;

/**
 * The same entries in the same order, with card-only fields and aliases left out. Detection still
 * reads the aliases of international bodies (whether their names say "Korea"), so those stay.
 */
export function slimCorpus(c: Corpus): Corpus {
  const entries = c.entries.map((e) => {
    const o: Record<string, unknown> = { summary: '', sources: [], aliases: e.country === 'INTL' ? e.aliases : [] };
    for (const k of KEEP) if (e[k] !== undefined) o[k] = e[k];
    return o as unknown as Entry;
  });
  return { version: c.version, asOf: c.asOf, entries };
}
