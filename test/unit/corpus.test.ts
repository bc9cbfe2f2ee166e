import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalFile, validateCorpus } from '../../src/core/corpus/validate';
import { indexCorpus, resolveMentions } from '../../src/core/corpus/corpus-index';
import { entryDate } from '../../src/core/corpus/types';
import { loadCorpus, readCorpusFiles } from '../../scripts/lib/corpus-files';
import { SHARED } from '../helpers/server';

const corpus = loadCorpus();
const index = indexCorpus(corpus);

describe('the corpus', () => {
  it('passes every check (schema, ids, references, dates, sources, aliases, Hangul)', () => {
    expect(validateCorpus(corpus)).toEqual([]);
  });
  it('files are in canonical order and format', () => {
    for (const f of readCorpusFiles()) expect(canonicalFile(f.entries), f.path).toBe(f.text);
  });
  it('has at least 900 entries and 500 dated events', () => {
    expect(corpus.entries.length).toBeGreaterThanOrEqual(900);
    expect(corpus.entries.filter((e) => e.kind === 'event' && entryDate(e)).length).toBeGreaterThanOrEqual(500);
  });
  it('has at least six events in every year from 1990 to the "as of" year', () => {
    const perYear = new Map<string, number>();
    for (const e of corpus.entries)
      if (e.kind === 'event' && entryDate(e)) perYear.set(entryDate(e)!.slice(0, 4), (perYear.get(entryDate(e)!.slice(0, 4)) ?? 0) + 1);
    const thin = [];
    for (let y = 1990; y <= Number(corpus.asOf.slice(0, 4)); y++) if ((perYear.get(String(y)) ?? 0) < 6) thin.push(y);
    expect(thin).toEqual([]);
  });
  it('every event has a timeline headline, every person dated roles, every agreement its provisions', () => {
    for (const e of corpus.entries) {
      if (e.kind === 'event') expect(e.headline?.length ?? 0, e.id).toBeGreaterThan(0);
      if (e.kind === 'person') expect(e.roles?.length ?? 0, e.id).toBeGreaterThan(0);
      if (e.kind === 'agreement') expect(e.provisions?.length ?? 0, e.id).toBeGreaterThan(0);
    }
  });
  it('the "as of" date is not after the newest event by more than a season', () => {
    const newest = corpus.entries
      .map((e) => entryDate(e) ?? '')
      .filter((d) => d <= corpus.asOf)
      .sort()
      .at(-1)!;
    expect(newest.slice(0, 7) >= corpus.asOf.slice(0, 7) || Date.parse(corpus.asOf) - Date.parse(newest.padEnd(10, '-01').slice(0, 10)) < 90 * 864e5).toBe(
      true,
    );
  });
  it('covers the required threads', () => {
    const ids = new Set(corpus.entries.map((e) => e.id));
    for (const id of [
      'topic-inter-korean-hotlines',
      'topic-inter-korean-summits',
      'topic-us-dprk-summits',
      'topic-six-party-talks',
      'topic-nuclear-tests',
      'topic-icbm-launches',
      'topic-satellite-launches',
      'topic-un-sanctions',
      'topic-kaesong-industrial-complex',
      'topic-mount-kumgang-tours',
      'topic-family-reunions',
      'topic-joint-liaison-office',
      'topic-joint-exercises',
      'topic-border-clashes',
      'topic-comprehensive-military-agreement',
      'topic-two-hostile-states',
      'agreed-framework',
      'leap-day-deal',
      'dmz',
      'nll',
      'jsa',
      'un-command',
      'kim-yo-jong',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    const tests = corpus.entries.filter((e) => e.eventType === 'nuclear-test');
    expect(tests.length).toBeGreaterThanOrEqual(6);
    const presidents = [
      'syngman-rhee',
      'park-chung-hee',
      'chun-doo-hwan',
      'roh-tae-woo',
      'kim-young-sam',
      'kim-dae-jung',
      'roh-moo-hyun',
      'lee-myung-bak',
      'park-geun-hye',
      'moon-jae-in',
      'yoon-suk-yeol',
      'lee-jae-myung',
    ];
    for (const p of presidents) expect(ids.has(p), p).toBe(true);
  });
  it('never lights up ordinary words', () => {
    const text =
      'The moon rose over the north. Kim Kardashian met Park and Lee at the summit on unification of the hotline. The new path is long; sunshine, liberty and freedom.';
    expect(resolveMentions(index, text).map((m) => text.slice(m.start, m.end))).toEqual([]);
  });
});

// Every Korea-specific name in the three sample articles a reader might not know is matched,
// and nothing else is (precision). Skipped when ../shared is absent (a user's clone).
const SAMPLES = join(SHARED, 'samples');
const EXPECTED: Record<string, string[]> = {
  '000_fd5d5821d0ac786a.txt': [
    'kim-jong-un',
    'donald-trump',
    'military-demarcation-line',
    'technical-state-of-war',
    'seoul',
    'ministry-of-unification',
    'pyongyang',
    'kaesong-industrial-complex',
    'moon-jae-in',
    'duyeon-kim',
    'cnas',
    'democratic-party-of-korea',
    'national-assembly',
    'leif-eric-easley',
    'ewha-womans-university',
    'topic-inter-korean-hotlines',
    'topic-joint-exercises',
    'sydney-seiler',
    'csis',
  ],
  '001_f9ac84a3b34b9264.txt': [
    'korean-peninsula',
    'inter-korean-relations',
    'kinu',
    'donald-trump',
    'kim-jong-un',
    'denuclearization',
    'kwon-jong-gun',
    'mofa-dprk',
    'pyongyang',
    'seoul',
    'topic-us-dprk-summits',
    'new-path',
    'inter-korean-liaison-office',
    '2019-02-27-hanoi-summit',
    'panmunjom',
    'topic-joint-exercises',
  ],
  '004_1cc8640bfb3e0eb5.txt': [
    'korean-peninsula',
    'inter-korean-relations',
    'pyongyang',
    'kim-jong-un',
    'topic-nuclear-tests',
    'denuclearization',
    'seoul',
    'chung-eui-yong',
    'donald-trump',
    'moon-jae-in',
    '2018-02-09-pyeongchang-olympics-diplomacy',
    'pyeongchang',
    'koo-se-woong',
    'korea-expose',
    'john-delury',
    'yonsei-university',
    'andrei-lankov',
    'kookmin-university',
    'go-myung-hyun',
    'asan-institute',
    'choi-kang',
    'topic-icbm-launches',
  ],
};
describe.skipIf(!existsSync(SAMPLES))('the sample articles (skipped: ../shared/samples is absent)', () => {
  for (const [file, want] of Object.entries(EXPECTED)) {
    it(`${file}: every name matched, no false highlight`, () => {
      const text = readFileSync(join(SAMPLES, file), 'utf8');
      const got = new Set(resolveMentions(index, text).map((m) => index.entries[m.entry].id));
      for (const id of want) expect(got.has(id), 'missing ' + id).toBe(true);
      const extra = [...got].filter((id) => !want.includes(id) && !OPTIONAL.has(id));
      expect(extra, 'unexpected highlights').toEqual([]);
    });
  }
  it('lists every sample', () => {
    expect(
      readdirSync(SAMPLES)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    ).toEqual(Object.keys(EXPECTED).sort());
  });
});
/** Correct names that may be matched in addition (added by later corpus work). */
const OPTIONAL = new Set(['oh-gyeong-seop', 'korean-war', 'world-food-programme', 'hwasong-15', '2017-11-29-hwasong-15-first-launch']);
