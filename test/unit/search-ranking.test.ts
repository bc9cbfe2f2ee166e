// Corpus search: every entry whose name or alias contains the query, ranked; plurals in both languages.
import { describe, expect, it } from 'vitest';
import { indexCorpus } from '../../src/core/corpus/corpus-index';
import { rankEntries, searchEntries } from '../../src/core/corpus/search';
import { setLanguage, tn } from '../../src/ui/i18n';
import { statusText } from '../../src/popup/status';
import { loadCorpus } from '../../scripts/lib/corpus-files';
import { miniCorpus } from '../helpers/card-corpus';

const real = indexCorpus(loadCorpus());

describe('rankEntries', () => {
  it('"kaesong" finds the city, the industrial complex and its timeline topic first, then the events', () => {
    const ids = rankEntries(real, 'kaesong').map((e) => e.id);
    expect(ids.slice(0, 3)).toEqual(['kaesong', 'kaesong-industrial-complex', 'topic-kaesong-industrial-complex']);
    expect(ids).toContain('2016-02-10-kaesong-closure');
    expect(ids.length).toBeGreaterThan(8);
  });
  it('matches aliases and Hangul, and a name beats an alias of the same kind of match', () => {
    expect(rankEntries(real, '개성').map((e) => e.id)).toContain('kaesong');
    const mini = indexCorpus(miniCorpus);
    expect(rankEntries(mini, 'kaesong').map((e) => e.id)).toEqual(['city', 'complex', 'topic-complex', 'c-2016']);
    expect(rankEntries(mini, 'hotlines').map((e) => e.id)).toEqual(['topic-lines']);
    expect(rankEntries(mini, '   ')).toEqual([]);
  });
  it('the look-up keeps an exact name to that entry alone', () => {
    expect(searchEntries(real, 'Kaesong').map((e) => e.id)).toEqual(['kaesong']);
    expect(searchEntries(real, 'kaesong shutdowns').length).toBeGreaterThan(0);
  });
});

describe('plurals', () => {
  it('English: 1 entry, 2 entries; Korean has one form', () => {
    setLanguage('en');
    expect(tn('optResults', 1)).toBe('1 entry');
    expect(tn('optResults', 2)).toBe('2 entries');
    expect(tn('optResults', 0)).toBe('0 entries');
    expect(tn('liveNames', 1)).toBe('Korea Context: 1 name on this page');
    expect(tn('liveNames', 14)).toBe('Korea Context: 14 names on this page');
    expect(tn('earlierEpisodes', 1)).toBe('1 earlier episode');
    setLanguage('ko');
    expect(tn('optResults', 1)).toBe('항목 1개');
    expect(tn('optResults', 2)).toBe('항목 2개');
    setLanguage('en');
  });
});

describe('popup status line', () => {
  const loading = { status: 'loading' as const, reason: 'loading' as const, host: 'a.test', origin: 'https://a.test', matches: 0, entries: [] };
  it('"Never" reads "Off on this site" at once, even while the page still says it is reading', () => {
    setLanguage('en');
    expect(statusText(true, 'off', true, true, loading)).toBe('Off on this site');
    expect(statusText(true, 'off', true, true, null)).toBe('Off on this site');
    expect(statusText(true, 'auto', true, true, loading)).toBe('Reading the page…');
    expect(statusText(false, 'off', true, true, null)).toBe('Korea Context is switched off');
    expect(
      statusText(true, 'on', true, true, { ...loading, status: 'active', reason: 'forced-on', entries: [{ id: 'a', name: 'A', kind: 'person', count: 1 }] }),
    ).toBe('On for this site: 1 name');
  });
});
