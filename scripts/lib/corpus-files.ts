// Reads the corpus from disk for Node tools and tests (the extension bundles it with Vite).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Corpus, Entry } from '../../src/core/corpus/types';
import { linkTimelines } from '../../src/core/corpus/timelines';
import { applyAliasGuards, type AliasGuards } from '../../src/core/corpus/alias-guards';

export const CORPUS_DIR = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '../../src/corpus');

export interface CorpusFile {
  path: string;
  text: string;
  entries: Entry[];
}

export function readCorpusFiles(dir = CORPUS_DIR): CorpusFile[] {
  const ent = join(dir, 'entries');
  return readdirSync(ent)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const path = join(ent, f);
      const text = readFileSync(path, 'utf8');
      return { path, text, entries: JSON.parse(text) as Entry[] };
    });
}

export function loadCorpus(dir = CORPUS_DIR): Corpus {
  const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
  const guards = JSON.parse(readFileSync(join(dir, 'alias-guards.json'), 'utf8')) as AliasGuards;
  const entries = applyAliasGuards(
    linkTimelines(
      readCorpusFiles(dir)
        .flatMap((f) => f.entries)
        .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ),
    guards,
  );
  return { ...meta, entries };
}
