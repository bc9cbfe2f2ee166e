/**
 * The corpus as the engine needs it to find names and decide about a page: ids, kinds, names,
 * aliases and their rules, countries, dates, roles and links — no summaries, sources or card text,
 * which load only with the UI.
 */
import type { Corpus, Entry } from './types';

const KEEP = [
  'id',
  'kind',
  'name',
  'hangul',
  'aliases',
  'shortForms',
  'aliasRules',
  'country',
  'eventType',
  'date',
  'start',
  'end',
  'role',
  'roles',
  'related',
  'timeline',
] as const;

/** The same entries in the same order, with card-only fields left out. */
export function slimCorpus(c: Corpus): Corpus {
  const entries = c.entries.map((e) => {
    const o: Record<string, unknown> = { summary: '', sources: [] };
    for (const k of KEEP) if (e[k] !== undefined) o[k] = e[k];
    return o as unknown as Entry;
  });
  return { version: c.version, asOf: c.asOf, entries };
}
