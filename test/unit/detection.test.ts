import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../../scripts/lib/analyze-core';
import { dateFromUrl, publishDate, toIsoDay } from '../../src/core/detection/dating';
import { FIXTURES } from '../helpers/server';

// Fixture pages named pos-*, neg-*, ko-pos-*, ko-neg-* say what detection must decide.
const pages = readdirSync(FIXTURES).filter((f) => /^(ko-)?(pos|neg)-.*\.html$/.test(f));

describe('page detection on fixture pages (English and Korean)', () => {
  it('has hard negatives and positives in both languages', () => {
    expect(pages.filter((p) => p.includes('neg-')).length).toBeGreaterThanOrEqual(6);
    expect(pages.filter((p) => p.includes('pos-')).length).toBeGreaterThanOrEqual(6);
    expect(pages.some((p) => p.startsWith('ko-pos'))).toBe(true);
    expect(pages.some((p) => p.startsWith('ko-neg'))).toBe(true);
  });
  for (const p of pages) {
    const want = p.includes('pos-');
    it(`${p} is ${want ? '' : 'not '}a Korea article`, () => {
      const r = analyzeHtml(readFileSync(join(FIXTURES, p), 'utf8'), p);
      expect(r.isArticle).toBe(true);
      expect(r.korea.related, JSON.stringify(r.korea.reasons.slice(0, 5))).toBe(want);
      if (!want) expect(r.matches).toEqual([]);
    });
  }
  it('explains itself', () => {
    const r = analyzeHtml(readFileSync(join(FIXTURES, 'demo-article.html'), 'utf8'), 'demo-article.html');
    expect(r.korea.related).toBe(true);
    expect(r.publishedAt).toBe('2021-10-05');
    expect(r.korea.reasons[0]).toMatchObject({ where: 'headline' });
    expect(r.matches.find((m) => m.id === 'kim-jong-un')?.count).toBe(1);
  });
  it('the everywhere sensitivity accepts any page with a name; strict needs more', () => {
    const html = readFileSync(join(FIXTURES, 'neg-world-roundup.html'), 'utf8');
    expect(analyzeHtml(html, 'x', 'everywhere').korea.related).toBe(true);
    const pos = readFileSync(join(FIXTURES, 'pos-korean-war-history.html'), 'utf8');
    expect(analyzeHtml(pos, 'x', 'strict').korea.score).toBe(analyzeHtml(pos, 'x', 'normal').korea.score);
  });
});

describe('article dating', () => {
  it('normalises publisher dates', () => {
    expect(toIsoDay('2021-10-05T09:30:00+09:00')).toBe('2021-10-05');
    expect(toIsoDay('20190805')).toBe('2019-08-05');
    expect(toIsoDay('2019.8.5')).toBe('2019-08-05');
    expect(toIsoDay('March 6, 2018')).toBe('2018-03-06');
    expect(toIsoDay('2019-02-30')).toBeNull();
    expect(toIsoDay('yesterday')).toBeNull();
  });
  it('reads dated URL paths', () => {
    expect(dateFromUrl('https://news.example/2019/08/05/korea-talks.html')).toBe('2019-08-05');
    expect(dateFromUrl('https://news.example/world/2018-03-06-envoys')).toBe('2018-03-06');
    expect(dateFromUrl('https://news.example/article/20171129/missile')).toBe('2017-11-29');
    expect(dateFromUrl('https://news.example/about')).toBeNull();
  });
  it('prefers meta, then JSON-LD, then <time>, then the URL; null when unknown', () => {
    expect(publishDate({ metaPublished: ['2020-01-01'], jsonLdPublished: ['2019-01-01'], timeElements: [], url: '' })).toBe('2020-01-01');
    expect(publishDate({ metaPublished: ['junk'], jsonLdPublished: ['2019-01-01T00:00Z'], timeElements: [], url: '' })).toBe('2019-01-01');
    expect(publishDate({ metaPublished: [], jsonLdPublished: [], timeElements: ['2018-04-27'], url: '' })).toBe('2018-04-27');
    expect(publishDate({ metaPublished: [], jsonLdPublished: [], timeElements: [], url: 'https://x.example/2017/11/29/a' })).toBe('2017-11-29');
    expect(publishDate({ metaPublished: [], jsonLdPublished: [], timeElements: [], url: 'https://x.example/a' })).toBeNull();
  });
});
