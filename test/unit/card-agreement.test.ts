// An agreement's card: its provisions and what became of each.
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/core/corpus/corpus-index';
import { buildCardModel } from '../../src/core/cards/card-model';
import { provisionTally } from '../../src/core/cards/provisions';
import { miniCorpus } from '../helpers/card-corpus';

const idx = indexCorpus(miniCorpus);

describe('agreement provisions', () => {
  it('lists each provision with its status, tone, fate and linked events (unknown ids dropped)', () => {
    const m = buildCardModel(idx, 'declaration', '2021-10-05')!;
    expect(m.provisions).toHaveLength(5);
    const first = m.provisions![0];
    expect(first).toMatchObject({ text: 'Open a liaison office', status: 'reversed', tone: 'bad', fate: 'Opened in 2018, blown up in 2020.' });
    expect(first.events).toEqual([
      { id: 'h-2018', name: 'Event h-2018', dateLabel: '1 Mar 2018' },
      { id: 'h-2021-07', name: 'Lines restored on the armistice anniversary', dateLabel: '27 Jul 2021' },
    ]);
    expect(m.provisions!.map((p) => p.tone)).toEqual(['bad', 'mixed', 'bad', 'bad', 'good']);
    expect(provisionTally(m.provisions!)).toEqual({ good: 1, mixed: 1, bad: 3, neutral: 0 });
  });
  it('other kinds and agreements without provisions have none', () => {
    expect(buildCardModel(idx, 'topic-lines', null)!.provisions).toBeUndefined();
    expect(buildCardModel(idx, 'complex', null)!.provisions).toBeUndefined();
  });
  it('carries the corpus version and date for reports and the footer', () => {
    const m = buildCardModel(idx, 'declaration', '2021-10-05')!;
    expect(m.version).toBe('9.9.9');
    expect(m.asOfLabel).toBe('22 Nov 2026');
    expect(m.articleDateLabel).toBe('5 Oct 2021');
  });
});
