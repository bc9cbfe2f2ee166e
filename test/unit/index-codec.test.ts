// The compiled index survives the trip through the build: the same matches from loaded data as from
// a fresh compile, on the samples and on every alias.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCorpus, indexData, indexFrom, resolveMentions } from '../../src/core/corpus/corpus-index';
import { decodeIndex, encodeIndex } from '../../src/core/corpus/index-codec';
import { slimCorpus } from '../../src/core/corpus/slim';
import { loadCorpus } from '../../scripts/lib/corpus-files';
import { SHARED } from '../helpers/server';

const corpus = loadCorpus();
const fresh = indexCorpus(corpus);
const file = encodeIndex({ slim: slimCorpus(corpus), index: indexData(corpus) });
// What the background gets from fetch(): an ArrayBuffer of exactly the file's bytes.
const bundle = decodeIndex(file.slice().buffer);
const loaded = indexFrom(bundle.slim, bundle.index);

describe('the compiled index', () => {
  it('keeps every alias and the automaton', () => {
    expect(loaded.aliases.length).toBe(fresh.aliases.length);
    expect(loaded.matcher.stateCount).toBe(fresh.matcher.stateCount);
  });
  const samples = join(SHARED, 'samples');
  const texts = [
    'President Lee met Kim Jong Un at Panmunjom; the hotlines were restored after the joint military exercise. 김정은은 개성공단에서 말했다.',
    corpus.entries.flatMap((e) => e.aliases.slice(0, 2)).join('. '),
    ...(existsSync(samples)
      ? readdirSync(samples)
          .filter((f) => f.endsWith('.txt'))
          .map((f) => readFileSync(join(samples, f), 'utf8'))
      : []),
  ];
  it('keeps the slim corpus and every array, element for element', () => {
    expect(bundle.slim).toEqual(slimCorpus(corpus));
    const fresh = indexData(corpus).matcher;
    expect(bundle.index.matcher.ac.dict).toEqual(fresh.ac.dict);
    expect(bundle.index.matcher.firstUnit).toEqual(fresh.firstUnit);
    expect(bundle.index.matcher.groups).toEqual(fresh.groups);
  });
  it('refuses a file cut short instead of reading garbage', () => {
    expect(() => decodeIndex(file.slice(0, 1000).buffer)).toThrow(/cut short/);
    expect(() => decodeIndex(file.slice(0, file.length - 4).buffer)).toThrow();
  });
  it('finds exactly what a fresh compile finds', () => {
    for (const t of texts) {
      const opts = { articleDate: '2025-07-01', koreaPage: true, density: 'all' as const };
      expect(resolveMentions(loaded, t, opts)).toEqual(resolveMentions(fresh, t, opts));
    }
  });
});
