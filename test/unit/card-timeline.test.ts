// The first screen of a timeline card: the last few episodes before the article, everything since,
// the mention's own event, headlines, and timelines only when they are about the entry.
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/core/corpus/corpus-index';
import { buildCardModel } from '../../src/core/cards/card-model';
import { AFTER_ALL, BEFORE_SHOWN, timelineSource } from '../../src/core/cards/timeline';
import { loadCorpus } from '../../scripts/lib/corpus-files';
import { ev, miniCorpus } from '../helpers/card-corpus';
import type { Corpus } from '../../src/core/corpus/types';

const idx = indexCorpus(miniCorpus);
const shown = (items: { id: string; folded: boolean }[]) => items.filter((i) => !i.folded).map((i) => i.id);

describe('first screen of a timeline card', () => {
  it('shows the last three episodes before the article and everything since; the rest is folded', () => {
    const tl = buildCardModel(idx, 'topic-lines', '2021-10-05')!.timeline!;
    expect(tl.before).toHaveLength(12);
    expect(shown(tl.before)).toEqual(['h-2018', 'h-2021-07', 'h-2021-08']);
    expect(tl.before.filter((i) => i.folded)).toHaveLength(12 - BEFORE_SHOWN);
    expect(shown(tl.after)).toEqual(['h-2022', 'h-2023', 'h-2024', 'h-2025']);
    expect(tl.after.map((i) => i.gap)).toEqual(['7 months later', '1 year 6 months later', '2 years 4 months later', 'almost 4 years later']);
    expect(tl.after.every((i) => i.after) && tl.before.every((i) => !i.after)).toBe(true);
  });

  it("keeps the mention's own event on the first screen and marks it", () => {
    const m = buildCardModel(idx, 'h-1985', '2021-10-05')!;
    expect(m.timeline!.topicId).toBe('topic-lines');
    expect(shown(m.timeline!.before)).toEqual(['h-1985', 'h-2018', 'h-2021-07', 'h-2021-08']);
    expect(m.timeline!.before.filter((i) => i.current).map((i) => i.id)).toEqual(['h-1985']);
    expect(m.timeline!.strip.marks[m.timeline!.strip.initial].id).toBe('h-1985');
  });

  it('uses the headline for a row when the event has one', () => {
    const tl = buildCardModel(idx, 'topic-lines', '2021-10-05')!.timeline!;
    const row = tl.before.find((i) => i.id === 'h-2021-07')!;
    expect(row.title).toBe('Lines restored on the armistice anniversary');
    expect(row.name).toBe('Event h-2021-07');
    expect(tl.before.find((i) => i.id === 'h-2018')!.title).toBe('Event h-2018');
    expect(tl.strip.marks.find((x) => x.id === 'h-2021-07')!.label).toBe('27 Jul 2021: Lines restored on the armistice anniversary');
  });

  it('folds the middle of a long "since" list, keeping the first two and the latest four', () => {
    const many: Corpus = {
      ...miniCorpus,
      entries: [
        ...miniCorpus.entries.filter((e) => e.id !== 'topic-lines'),
        ...Array.from({ length: 6 }, (_, k) => ev(`late-${k}`, `2026-0${k + 1}-01`)),
        {
          ...miniCorpus.entries.find((e) => e.id === 'topic-lines')!,
          timeline: [...miniCorpus.entries.find((e) => e.id === 'topic-lines')!.timeline!, ...Array.from({ length: 6 }, (_, k) => `late-${k}`)],
        },
      ],
    };
    const tl = buildCardModel(indexCorpus(many), 'topic-lines', '2021-10-05')!.timeline!;
    expect(tl.after.length).toBeGreaterThan(AFTER_ALL);
    expect(shown(tl.after)).toEqual(['h-2022', 'h-2023', 'late-2', 'late-3', 'late-4', 'late-5']);
  });

  it('without an article date shows the latest four and says so', () => {
    const tl = buildCardModel(idx, 'topic-lines', null)!.timeline!;
    expect(tl.split).toBe(false);
    expect(tl.after).toEqual([]);
    expect(shown(tl.before)).toEqual(['h-2022', 'h-2023', 'h-2024', 'h-2025']);
    expect(tl.strip.article).toBeUndefined();
  });

  it('the strip marks the article date between the last episode before it and the first after', () => {
    const { strip } = buildCardModel(idx, 'topic-lines', '2021-10-05')!.timeline!;
    const x = (id: string) => strip.marks.find((m) => m.id === id)!.x;
    expect(strip.article).toBeGreaterThan(x('h-2021-08'));
    expect(strip.article).toBeLessThan(x('h-2022'));
    expect(strip.marks[strip.initial].id).toBe('h-2022');
  });
});

describe('a timeline only when it is about the entry', () => {
  it('an analyst who links to a topic gets no timeline', () => {
    expect(buildCardModel(idx, 'analyst', '2021-10-05')!.timeline).toBeUndefined();
    expect(timelineSource(idx, idx.byId.get('analyst')!)).toBeNull();
  });
  it('a person gets their own record: events that name them and that they name', () => {
    const tl = buildCardModel(idx, 'president-x', '2021-10-05')!.timeline!;
    expect(tl.own).toBe(true);
    expect(tl.topicId).toBe('president-x');
    expect([...tl.before, ...tl.after].map((i) => i.id)).toEqual(['ev-election', 'h-2021-07', 'h-2021-08']);
    // An own record sits under the posts box: two rows before the article on the first screen.
    expect(shown(tl.before)).toEqual(['h-2021-07', 'h-2021-08']);
  });
  it('an agreement gets its own record (with the events of its provisions), not a linked topic', () => {
    const tl = buildCardModel(idx, 'declaration', '2021-10-05')!.timeline!;
    expect(tl.own).toBe(true);
    expect(tl.before.map((i) => i.id)).toEqual(['h-2018', 'h-2021-07']);
    // Under the provisions, only the last episode before the article shows at first.
    expect(shown(tl.before)).toEqual(['h-2021-07']);
  });
  it("a place gets the topic it is the subject of; a city named in that topic's title does not", () => {
    expect(buildCardModel(idx, 'complex', null)!.timeline!.topicId).toBe('topic-complex');
    expect(buildCardModel(idx, 'city', null)!.timeline).toBeUndefined();
  });
  it('the real corpus: no borrowed timelines for the cards readers hit', () => {
    const real = indexCorpus(loadCorpus());
    const tl = (id: string) => buildCardModel(real, id, '2021-10-05')?.timeline;
    expect(tl('duyeon-kim')?.topicId).not.toBe('topic-us-dprk-summits');
    expect(tl('panmunjom-declaration')?.topicId).not.toBe('topic-joint-liaison-office');
    expect(tl('supreme-peoples-assembly')?.topicId).not.toBe('topic-two-hostile-states');
    expect(tl('moon-jae-in')?.own).toBe(true);
    expect(tl('kaesong-industrial-complex')?.topicId).toBe('topic-kaesong-industrial-complex');
    expect(tl('kaesong')?.topicId).not.toBe('topic-kaesong-industrial-complex');
    expect(tl('topic-inter-korean-hotlines')?.after.length).toBeGreaterThan(0);
  });
  it('the real corpus: every card holds at most a first screen of timeline rows before expanding', () => {
    const real = indexCorpus(loadCorpus());
    for (const e of real.entries) {
      const t = buildCardModel(real, e.id, '2021-10-05')!.timeline;
      if (!t) continue;
      const rows = [...t.before, ...t.after].filter((i) => !i.folded).length;
      expect(rows, e.id).toBeLessThanOrEqual(BEFORE_SHOWN + 1 + AFTER_ALL);
    }
  });
});
