// The source checks: copies and mirrors rejected, state media labelled, a reputable source required.
import { describe, expect, it } from 'vitest';
import { isReputable, qualityProblems, sourceProblem } from '../../src/core/corpus/quality';
import type { Entry } from '../../src/core/corpus/types';
import hosts from '../../src/corpus/source-hosts.json';

const entry = (over: Partial<Entry>): Entry => ({
  id: 'x',
  kind: 'term',
  name: 'X',
  aliases: [],
  summary: 'A term used in tests of the corpus checks.',
  related: [],
  sources: [{ url: 'https://en.yna.co.kr/view/AEN1', title: 'Yonhap' }],
  reviewed: '2026-12-06',
  ...over,
});

describe('source checks', () => {
  it('rejects copies, mirrors, staging servers and plain http', () => {
    expect(sourceProblem({ url: 'https://www.wikiwand.com/en/Kaesong', title: 'x' })).toMatch(/copy/);
    expect(sourceProblem({ url: 'https://hessslslslsls.azureedge.net/x', title: 'x' })).toMatch(/copy/);
    expect(sourceProblem({ url: 'https://kiwix.example.org/a', title: 'x' })).toMatch(/copy/);
    expect(sourceProblem({ url: 'https://staging.example-news.com/a', title: 'x' })).toMatch(/staging/);
    expect(sourceProblem({ url: 'http://en.yna.co.kr/a', title: 'x' })).toMatch(/https/);
    expect(sourceProblem({ url: 'https://en.yna.co.kr/a', title: 'x' })).toBeNull();
  });
  it('keeps the host lists apart: no host is both a copy or state media and a reputable publisher', () => {
    const reputable = new Set(hosts.reputable.suffixes);
    expect(hosts.copy.suffixes.filter((h) => reputable.has(h))).toEqual([]);
    expect(hosts.stateMedia.suffixes.filter((h) => reputable.has(h))).toEqual([]);
    expect(sourceProblem({ url: 'https://www.aa.com.tr/en/x', title: 'x' })).toMatch(/stateMedia/);
    expect(sourceProblem({ url: 'https://www.anews.com.tr/x', title: 'x' })).toMatch(/copy/);
  });
  it('wants state media labelled, and counts it only as what its state said', () => {
    expect(sourceProblem({ url: 'https://kcnawatch.org/x', title: 'x' })).toMatch(/stateMedia/);
    expect(sourceProblem({ url: 'https://kcnawatch.org/x', title: 'x', stateMedia: true })).toBeNull();
  });
  it('needs a primary or reputable source for every entry and every account', () => {
    expect(isReputable({ url: 'https://www.state.gov/x', title: 'x' })).toBe(true);
    expect(isReputable({ url: 'https://press.un.org/x', title: 'x' })).toBe(true);
    expect(isReputable({ url: 'https://www.some-blog.net/x', title: 'x' })).toBe(false);
    const weak = entry({ sources: [{ url: 'https://www.some-blog.net/x', title: 'x' }] });
    expect(
      qualityProblems(weak, new Set())
        .map((p) => p.message)
        .join(),
    ).toMatch(/no primary or reputable source/);
    const acc = entry({
      kind: 'event',
      eventType: 'other',
      date: '2020',
      headline: 'h',
      accounts: [{ party: 'A', account: 'said so', source: { url: 'https://www.some-blog.net/x', title: 'x' } }],
    });
    expect(
      qualityProblems(acc, new Set())
        .map((p) => p.message)
        .join(),
    ).toMatch(/account of A: its source is not primary or reputable/);
  });
  it('asks events for a headline, people for dated roles, agreements for provisions', () => {
    const msgs = (e: Entry) =>
      qualityProblems(e, new Set())
        .map((p) => p.message)
        .join('|');
    expect(msgs(entry({ kind: 'event', eventType: 'other', date: '2020' }))).toMatch(/headline/);
    expect(msgs(entry({ kind: 'event', eventType: 'other', date: '2020', headline: 'x'.repeat(101) }))).toMatch(/over 100/);
    expect(msgs(entry({ kind: 'person', country: 'US' }))).toMatch(/roles/);
    expect(msgs(entry({ kind: 'person', country: 'US', roles: [{ title: 'Envoy', start: '2020', end: '2019' }] }))).toMatch(/ends before/);
    expect(msgs(entry({ kind: 'agreement' }))).toMatch(/provisions/);
    expect(msgs(entry({ kind: 'agreement', provisions: [{ text: 'a', status: 'implemented', fate: 'b', events: ['nope'] }] }))).toMatch(/does not resolve/);
  });
});
