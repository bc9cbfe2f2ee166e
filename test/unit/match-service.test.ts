// The matching service the background runs for pages: the same mentions as matching in place, with
// the pass state carried through plain data (JSON) between requests, and messages checked on receipt.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexCorpus, resolveMentions, type MentionState } from '../../src/core/corpus/corpus-index';
import { emptyState, forPage, serveDetect, serveMatch, type WireOptions, type WireState } from '../../src/core/matching/service';
import { isMessage, MAX_MATCH_CHARS } from '../../src/core/messages';
import { loadCorpus } from '../../scripts/lib/corpus-files';
import { parseHtml } from '../../scripts/lib/analyze-core';
import { readSignals } from '../../src/content/signals';

const index = indexCorpus(loadCorpus());
const DEMO = resolve(import.meta.dirname, '../fixtures/pages/demo-article.html');

/** The demo article's text in paragraphs, cut into several chunks. */
function chunks(): string[] {
  const doc = parseHtml(readFileSync(DEMO, 'utf8'), 'https://news.example.com/a');
  const paras = [...doc.querySelectorAll('article p')].map((p) => p.textContent ?? '');
  expect(paras.length).toBeGreaterThan(6);
  const out: string[] = [];
  for (let i = 0; i < paras.length; i += 3) out.push(paras.slice(i, i + 3).join('\n'));
  return out;
}

describe('the matching service', () => {
  const options: WireOptions = {
    articleDate: '2021-10-05',
    density: 'first',
    koreaPage: true,
    kinds: ['person', 'place', 'event', 'topic', 'organisation', 'agreement', 'term'],
  };

  it('finds what matching in place finds, one request per chunk, the state passed as JSON', () => {
    const texts = chunks();
    const state: MentionState = { seenFull: new Set(), counted: new Set() };
    const local = texts.map((t) => resolveMentions(index, t, { ...options, kinds: new Set(options.kinds), found: new Set(), state }));
    let wire: WireState = emptyState();
    const remote = texts.map((t) => {
      const r = serveMatch(index, JSON.parse(JSON.stringify({ texts: [t], options, found: [], state: wire })));
      wire = JSON.parse(JSON.stringify(r.state));
      for (const m of r.mentions[0]) expect(r.refs[m.entry].id).toBe(index.entries[m.entry].id);
      return r.mentions[0];
    });
    expect(remote).toEqual(local.map((ms) => ms.map(({ entry, start, end }) => ({ entry, start, end }))));
    expect(remote.flat().length).toBeGreaterThan(5);
  });

  it('one request with every chunk gives the same mentions as a request per chunk', () => {
    const texts = chunks();
    const all = serveMatch(index, { texts, options, found: [], state: emptyState() });
    let wire = emptyState();
    const each = texts.map((t) => {
      const r = serveMatch(index, { texts: [t], options, found: [], state: wire });
      wire = r.state;
      return r.mentions[0];
    });
    expect(all.mentions).toEqual(each);
  });

  it('detects the demo article and names the entries it found', () => {
    const doc = parseHtml(readFileSync(DEMO, 'utf8'), 'https://news.example.com/2021/10/05/hotline');
    const { signals } = readSignals(doc, 'https://news.example.com/2021/10/05/hotline');
    const r = serveDetect(index, JSON.parse(JSON.stringify({ signals, sensitivity: 'normal' })));
    expect(r.detection.korea.related).toBe(true);
    expect(r.found.length).toBeGreaterThan(0);
    for (const i of r.found) expect(r.detection.korea.reasons.some((x) => x.signal === index.entries[i].id)).toBe(true);
  });

  it('matches the first text with the detection when the rule makes the page active, and only then', () => {
    const url = 'https://news.example.com/2021/10/05/hotline';
    const { signals } = readSignals(parseHtml(readFileSync(DEMO, 'utf8'), url), url);
    const texts = [chunks().join('\n')];
    const base: WireOptions = { articleDate: '2021-10-05', density: 'first', kinds: options.kinds };
    const first = { texts, options: base, enabled: true, siteMode: 'auto' as const };
    const r = serveDetect(index, JSON.parse(JSON.stringify({ signals, sensitivity: 'normal', first })));
    // The same names a separate matching request with the session's options would find.
    const alone = serveMatch(index, { texts, options: forPage(base, { koreaPage: true, forced: false }), found: r.found, state: emptyState() });
    expect(r.first?.mentions).toEqual(alone.mentions);
    expect(r.first!.mentions[0].length).toBeGreaterThan(2);
    // Switched off for the site, or a page that is not about Korea: detection only.
    expect(serveDetect(index, { signals, sensitivity: 'normal', first: { ...first, siteMode: 'off' } }).first).toBeUndefined();
    const garden = {
      ...signals,
      title: 'Pruning roses',
      headline: 'Pruning roses',
      lead: 'Cut back in March.',
      body: 'Cut back roses in March. '.repeat(40),
      url: 'https://news.example.com/garden',
    };
    expect(serveDetect(index, { signals: garden, sensitivity: 'normal', first }).first).toBeUndefined();
    // A forced site shows capitals and bylines too (not quiet).
    const forced = serveDetect(index, { signals: garden, sensitivity: 'normal', first: { ...first, siteMode: 'on' } });
    expect(forced.first).toBeDefined();
  });

  it('refuses malformed and oversized requests', () => {
    const ok = { type: 'kc:match', req: { texts: ['a'], options: {}, found: [], state: emptyState() } };
    expect(isMessage(ok)).toBe(true);
    expect(isMessage({ ...ok, req: { ...ok.req, texts: [1] } })).toBe(false);
    expect(isMessage({ ...ok, req: { ...ok.req, texts: ['x'.repeat(MAX_MATCH_CHARS + 1)] } })).toBe(false);
    expect(isMessage({ type: 'kc:detect', req: { signals: { body: 5 } } })).toBe(false);
    expect(isMessage({ type: 'kc:detect', req: null })).toBe(false);
    const detect = {
      type: 'kc:detect',
      req: { signals: { body: 'x' }, sensitivity: 'normal', first: { texts: ['a'], options: {}, enabled: true, siteMode: 'auto' } },
    };
    expect(isMessage(detect)).toBe(true);
    expect(isMessage({ ...detect, css: '::highlight(h1-a) { color: red }' })).toBe(true);
    expect(isMessage({ ...detect, css: 'x'.repeat(20000) })).toBe(false);
    expect(isMessage({ ...detect, req: { ...detect.req, first: { ...detect.req.first, texts: ['x'.repeat(MAX_MATCH_CHARS + 1)] } } })).toBe(false);
    expect(isMessage({ ...detect, req: { ...detect.req, first: { ...detect.req.first, enabled: 'yes' } } })).toBe(false);
  });
});
