// The every-page test: it must pass every Korea article (ours, our real pages and the shared real
// pages) and stop passing mentions and Korean-language pages on other subjects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hasKoreaHint } from '../../src/core/detection/hints';
import { pageMayMentionKorea, pageMentionsKorea } from '../../src/content/prefilter';
import { parseHtml } from '../../scripts/lib/analyze-core';
import { SHARED } from '../helpers/server';

const PAGES = resolve(import.meta.dirname, '../fixtures/pages');
const REAL = resolve(import.meta.dirname, '../fixtures/real');
const passes = (file: string, url = 'https://news.example.com/article') => pageMentionsKorea(parseHtml(readFileSync(file, 'utf8'), url), url);

describe('the every-page pre-filter', () => {
  it('passes every Korea article among our fixtures and real pages', () => {
    const pos = readdirSync(PAGES)
      .filter((f) => /^(pos-|ko-pos-|demo-article)/.test(f))
      .map((f) => join(PAGES, f));
    const real = (JSON.parse(readFileSync(join(REAL, 'labels.json'), 'utf8')) as { file: string; label: string }[])
      .filter((l) => l.label === 'korea')
      .map((l) => join(REAL, l.file));
    expect(pos.length + real.length).toBeGreaterThan(8);
    for (const f of [...pos, ...real]) expect(passes(f), f).toBe(true);
  });

  it('stops a passing mention and Korean text on another subject', () => {
    for (const f of ['neg-passing-mention.html', 'ko-neg-cooking.html', 'unrelated-gardening.html']) expect(passes(join(PAGES, f)), f).toBe(false);
  });

  it('matches words, not pieces of words, where a boundary is asked for', () => {
    expect(hasKoreaHint('A broken promise')).toBe(false);
    expect(hasKoreaHint('the ROK Navy')).toBe(true);
    expect(hasKoreaHint("the two Koreas' talks")).toBe(true);
    expect(hasKoreaHint('북한 외무성')).toBe(true);
    expect(hasKoreaHint('tomatoes split after rain')).toBe(false);
  });

  it('knows each word by the list it sits in: Hangul, kana and Chinese characters, and Latin letters', () => {
    expect(hasKoreaHint('韓国の大統領')).toBe(true);
    expect(hasKoreaHint('日本の首相')).toBe(false);
    expect(hasKoreaHint('朝鲜半岛')).toBe(true);
    expect(hasKoreaHint('한국어')).toBe(false);
    expect(hasKoreaHint('통일부 장관')).toBe(true);
    expect(hasKoreaHint('PYONGYANG')).toBe(true);
    expect(hasKoreaHint('')).toBe(false);
  });

  it('the every-page test says how much text the page had, so that a page still arriving is looked at again', () => {
    const url = 'https://news.example.com/app';
    const shell = pageMayMentionKorea(parseHtml('<html><head><title>Reader</title></head><body><div id="app">Loading…</div></body></html>', url), url);
    expect(shell).toEqual({ passes: false, textLength: 'Loading…'.length });
    const titled = pageMayMentionKorea(parseHtml('<html><head><title>Pyongyang fires a missile</title></head><body></body></html>', url), url);
    expect(titled.passes).toBe(true);
    const addressed = 'https://news.example.com/world/north-korea-talks';
    expect(pageMayMentionKorea(parseHtml('<html><body><p>Talks.</p></body></html>', addressed), addressed).passes).toBe(true);
  });

  it("the sentinel's lighter test passes every fixture page the gate's test passes (body text and title carry what meta tags say)", () => {
    const files = readdirSync(PAGES)
      .filter((f) => f.endsWith('.html'))
      .map((f) => join(PAGES, f));
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      const url = 'https://news.example.com/article';
      const doc = parseHtml(readFileSync(f, 'utf8'), url);
      if (pageMentionsKorea(doc, url)) expect(pageMayMentionKorea(doc, url).passes, f).toBe(true);
    }
  });

  const labels = join(SHARED, 'fixtures/real-news/labels.json');
  it.skipIf(!existsSync(labels))('passes every labelled Korea article of the shared real pages', () => {
    const L = (JSON.parse(readFileSync(labels, 'utf8')) as { file: string; label: string; url: string }[]).filter((l) => l.label === 'korea');
    expect(L.length).toBeGreaterThan(0);
    for (const l of L) expect(passes(join(SHARED, 'fixtures/real-news', l.file), l.url), l.file).toBe(true);
  });
  if (!existsSync(labels)) console.warn('[prefilter] ../shared is absent: skipping the shared real pages');
});
