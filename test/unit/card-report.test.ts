// "Report a problem with this card": plain text with the entry, corpus version and the reader's words.
import { describe, expect, it } from 'vitest';
import { problemReport, REPORT_MAX_WORDS } from '../../src/core/cards/report';

describe('problem report', () => {
  const base = {
    entryId: 'kaesong-industrial-complex',
    entryName: 'Kaesong Industrial Complex',
    corpusVersion: '1.0.0',
    asOf: '2026-11-22',
    articleDate: '2021-10-05',
  };
  it("holds the entry id, corpus version and the reader's words, nothing from the page", () => {
    const r = problemReport({ ...base, words: '  It closed in 2016,\r\nnot "since 2003".  ' });
    expect(r).toContain('Entry: kaesong-industrial-complex (Kaesong Industrial Complex)');
    expect(r).toContain('Corpus: version 1.0.0, as of 2026-11-22');
    expect(r).toContain('Article date used by the card: 2021-10-05');
    expect(r).toContain('It closed in 2016,\nnot "since 2003".');
    expect(r).not.toMatch(/https?:/);
  });
  it('says when no description was given and caps long text', () => {
    expect(problemReport({ ...base, articleDate: null, words: '' })).toContain('(no description given)');
    expect(problemReport({ ...base, articleDate: null, words: '' })).toContain('Article date used by the card: unknown');
    expect(problemReport({ ...base, words: 'x'.repeat(10_000) }).length).toBeLessThan(REPORT_MAX_WORDS + 400);
  });
});

import { firstSentence } from '../../src/core/cards/text';
describe('first sentence of a row', () => {
  it('does not stop at abbreviations', () => {
    expect(firstSentence('The North did not answer the 9 a.m. call. It answered later.')).toBe('The North did not answer the 9 a.m. call.');
    expect(firstSentence('U.S. envoy Mr. Kim met them. Then more.')).toBe('U.S. envoy Mr. Kim met them.');
    expect(firstSentence('No full stop')).toBe('No full stop');
    expect(firstSentence('Ends here.')).toBe('Ends here.');
    expect(firstSentence('x'.repeat(300)).length).toBe(160);
  });
});
