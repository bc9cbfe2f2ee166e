import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/core/corpus/corpus-index';
import { buildCardModel, firstSentence, safeUrl } from '../../src/core/cards/card-model';
import { formatDate, gapLabel } from '../../src/core/cards/dates';
import { searchEntries } from '../../src/core/corpus/search';
import type { Corpus, Entry } from '../../src/core/corpus/types';
import { loadCorpus } from '../../scripts/lib/corpus-files';

const ev = (id: string, date: string, extra: Partial<Entry> = {}): Entry => ({
  id,
  kind: 'event',
  eventType: 'hotline',
  name: id,
  aliases: [],
  date,
  summary: `Summary of ${id}. More.`,
  related: [],
  sources: [{ url: 'https://example.org/' + id, title: id }],
  reviewed: '2026-11-22',
  ...extra,
});
const mini: Corpus = {
  version: '1.0.0',
  asOf: '2026-11-22',
  entries: [
    ev('a-1971', '1971-09-22'),
    ev('b-2018', '2018-01-03', { outcome: 'Restored after two years.' }),
    ev('c-2020', '2020-06-09'),
    ev('d-2021', '2021-07-27'),
    ev('e-2023', '2023-04'),
    {
      id: 'topic-lines',
      kind: 'topic',
      name: 'Hotlines',
      aliases: ['the hotlines'],
      summary: 'Every opening and cut of the lines.',
      related: ['p'],
      timeline: ['a-1971', 'b-2018', 'c-2020', 'd-2021', 'e-2023'],
      sources: [
        { url: 'javascript:alert(1)', title: 'bad' },
        { url: 'https://www.example.org/t', title: 'good' },
      ],
      reviewed: '2026-11-22',
    },
    {
      id: 'p',
      kind: 'person',
      name: 'Person P',
      aliases: [],
      country: 'US',
      role: 'Envoy (2018–2019)',
      summary: 'An envoy who took part in talks.',
      related: ['topic-lines'],
      sources: [{ url: 'https://example.org/p', title: 'p' }],
      reviewed: '2026-11-22',
    },
  ],
};
const idx = indexCorpus(mini);

describe('card model', () => {
  it('splits a topic timeline at the article date, with gaps after', () => {
    const m = buildCardModel(idx, 'topic-lines', '2020-10-01')!;
    expect(m.timeline!.before.map((i) => i.id)).toEqual(['a-1971', 'b-2018', 'c-2020']);
    expect(m.timeline!.after.map((i) => i.id)).toEqual(['d-2021', 'e-2023']);
    expect(m.timeline!.after[0].gap).toBe('9 months later');
    expect(m.timeline!.after[1].gap).toBe('2 years 6 months later');
    expect(m.timeline!.before[1].line).toBe('Restored after two years.');
    expect(m.timeline!.strip.article).toBeGreaterThan(0.9);
    expect(m.timeline!.strip.marks.filter((x) => x.after).length).toBe(2);
  });
  it('marks the current event inside its topic timeline', () => {
    const m = buildCardModel(idx, 'c-2020', '2021-10-05')!;
    expect(m.timeline!.topicId).toBe('topic-lines');
    expect(m.timeline!.before.find((i) => i.current)?.id).toBe('c-2020');
    expect(m.related[0].id).toBe('topic-lines');
  });
  it('lists everything before when the article date is unknown', () => {
    const m = buildCardModel(idx, 'topic-lines', null)!;
    expect(m.timeline!.split).toBe(false);
    expect(m.timeline!.before.length).toBe(5);
    expect(m.timeline!.before.filter((i) => !i.folded).map((i) => i.id)).toEqual(['b-2018', 'c-2020', 'd-2021', 'e-2023']);
    expect(m.timeline!.after).toEqual([]);
  });
  it('keeps only http(s) sources and shows roles for people', () => {
    const t = buildCardModel(idx, 'topic-lines', null)!;
    expect(t.sources.map((s) => s.host)).toEqual(['example.org']);
    const p = buildCardModel(idx, 'p', null)!;
    expect(p.subtitle).toBe('Envoy (2018–2019)');
    // A topic the person merely links to is not their timeline.
    expect(p.timeline).toBeUndefined();
    expect(buildCardModel(idx, 'nope', null)).toBeNull();
    expect(safeUrl('data:text/html,x')).toBeNull();
  });
  it('formats dates and gaps in English and Korean', () => {
    expect(formatDate('2018-04-27')).toBe('27 Apr 2018');
    expect(formatDate('2018-04')).toBe('Apr 2018');
    expect(formatDate('2018-04-27', 'ko')).toBe('2018년 4월 27일');
    expect(gapLabel('2019-01-01', '2019-01-20')).toBe('the same month');
    expect(gapLabel('2018-01-01', '2021-02-01', 'ko')).toBe('3년 후');
    expect(firstSentence('One. Two.')).toBe('One.');
  });
  it('builds a card for every entry in the real corpus', () => {
    const real = indexCorpus(loadCorpus());
    for (const e of real.entries) {
      const m = buildCardModel(real, e.id, '2021-10-05');
      expect(m?.name).toBe(e.name);
      expect(m!.sources.length).toBeGreaterThan(0);
    }
  });
  it('searches by any alias, English or Hangul', () => {
    const real = indexCorpus(loadCorpus());
    expect(searchEntries(real, '개성공단')[0]?.id).toBe('kaesong-industrial-complex');
    expect(searchEntries(real, 'Kim Jong-un')[0]?.id).toBe('kim-jong-un');
    expect(searchEntries(real, 'hanoi').map((e) => e.id)).toContain('2019-02-27-hanoi-summit');
    expect(searchEntries(real, 'Kaesong Industrial Complex').map((e) => e.id)).toEqual(['kaesong-industrial-complex']);
    expect(searchEntries(real, '')).toEqual([]);
  });
});
