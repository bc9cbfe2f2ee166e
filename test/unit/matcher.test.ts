import { countWords } from '../../src/core/matching/words';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { boundaryOk, compileMatcher, selectLongest, type Candidate } from '../../src/core/matching/matcher';
import { fold, foldAlias, foldAliasCased, isAcronym } from '../../src/core/matching/normalize';

const find = (aliases: string[], text: string) => {
  const m = compileMatcher(aliases.map((text) => ({ text })));
  return m.find(text).map((x) => ({ alias: aliases[x.alias], text: text.slice(x.start, x.end) }));
};

describe('normalisation', () => {
  it('folds hyphens, spaces, case, curly quotes and diacritics', () => {
    expect(foldAlias('Kim Jong-un')).toBe('kim jong un');
    expect(foldAlias('KIM  JONG\u00a0UN')).toBe('kim jong un');
    expect(foldAlias('Ri Yong–ho')).toBe('ri yong ho');
    expect(foldAlias('Workers’ Party')).toBe("workers' party");
    expect(foldAlias('Kaesŏng')).toBe('kaesong');
    expect(foldAlias('개성공단')).toBe('개성공단');
  });
  it('keeps a map back to original offsets', () => {
    const f = fold('a\u200b-b  c');
    expect(f.text).toBe('a b c');
    expect(f.starts[4]).toBe(6);
  });
  it('the table-driven fold equals a plain per-character reference (property)', () => {
    // The reference: the rules written out one character at a time, with strings.
    const space = (c: number) =>
      /[\s\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000_\u2010-\u2015\u2212\ufe63\uff0d-]/.test(String.fromCharCode(c)) &&
      c !== 0x200b &&
      c !== 0xfeff &&
      c !== 0x85;
    const drop = (c: number) => c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || (c >= 0x300 && c <= 0x36f);
    const quotes: Record<string, string> = {
      '\u2018': "'",
      '\u2019': "'",
      '\u201a': "'",
      '\u201b': "'",
      '\u2032': "'",
      '\u02bc': "'",
      '`': "'",
      '\u00b4': "'",
      '\u201c': '"',
      '\u201d': '"',
      '\u201e': '"',
      '\u201f': '"',
    };
    const base = (ch: string) => {
      const c = ch.charCodeAt(0);
      if (quotes[ch]) return quotes[ch];
      if (c === 0xdf) return 'ss';
      if (c === 0xd8) return 'O';
      if (c === 0xf8) return 'o';
      if (c < 0xc0 || (c > 0x24f && !(c >= 0x1e00 && c <= 0x1eff)) || (c >= 0xd800 && c <= 0xdfff)) return ch;
      return ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    };
    const reference = (s: string) => {
      let text = '';
      let cased = '';
      for (const ch of s.split('')) {
        const c = ch.charCodeAt(0);
        if (space(c)) {
          if (text.length && !text.endsWith(' ')) {
            text += ' ';
            cased += ' ';
          }
          continue;
        }
        if (drop(c)) continue;
        const b = base(ch);
        const l = b.toLowerCase();
        const w = Math.max(b.length, l.length);
        text += l.padEnd(w, ' ');
        cased += b.padEnd(w, ' ');
      }
      return { text, cased };
    };
    const odd = fc.constantFrom(
      'ß',
      'İ',
      'ŉ',
      'Ø',
      'é',
      'Ǆ',
      'ﬁ',
      '\ufffd',
      '\uffff',
      '\u0000',
      '‐',
      '\u00a0',
      '\u200b',
      '’',
      'Ё',
      '김',
      '\ud83d',
      ' ',
      '-',
      'A',
    );
    const str = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 120 }),
      fc.array(odd, { maxLength: 60 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(str, (s) => {
        const f = fold(s);
        const r = reference(s);
        expect(f.text).toBe(r.text);
        expect(f.cased).toBe(r.cased);
      }),
      { numRuns: 3000 },
    );
  });
  it('treats all-caps forms as acronyms', () => {
    expect(isAcronym('DPRK')).toBe(true);
    expect(isAcronym('Kaesong')).toBe(false);
    expect(foldAliasCased('NLL')).toBe('NLL');
  });
});

describe('matching', () => {
  it('matches romanisation variants and case', () => {
    for (const t of ['Kim Jong-un said', 'Kim Jong Un said', 'KIM JONG UN said', 'Kim\u00a0Jong‐un said']) {
      expect(find(['Kim Jong Un'], t).length).toBe(1);
    }
  });
  it('matches whole words only in Latin script', () => {
    expect(find(['Kim'], 'Kimchi and Kim')).toEqual([{ alias: 'Kim', text: 'Kim' }]);
    expect(find(['NLL'], 'the NLL, not nll or NLLs')).toEqual([{ alias: 'NLL', text: 'NLL' }]);
  });
  it('matches Hangul names followed by particles, not inside other words', () => {
    expect(find(['김정은'], '김정은은 말했다').length).toBe(1);
    expect(find(['개성공단'], '개성공단에서 일한').length).toBe(1);
    expect(find(['김정은'], '김정은의').length).toBe(1);
    expect(find(['평양'], '신평양시').length).toBe(0);
  });
  it('prefers the longest match and never overlaps', () => {
    expect(find(['Panmunjom', 'Panmunjom Declaration'], 'the Panmunjom Declaration was').map((x) => x.text)).toEqual(['Panmunjom Declaration']);
  });
  it('matches across inline element text joined without separators', () => {
    expect(find(['Kim Jong Un'], 'Kim' + ' Jong Un').length).toBe(1);
  });
});

/** The naive reference: try every alias at every position. */
function naive(aliases: string[], text: string): Candidate[] {
  const f = fold(text);
  const out: Candidate[] = [];
  aliases.forEach((a, ai) => {
    const fa = foldAlias(a);
    if (!fa) return;
    const cs = isAcronym(a) ? foldAliasCased(a) : null;
    for (let i = 0; i + fa.length <= f.text.length; i++) {
      if (f.text.startsWith(fa, i) && boundaryOk(f.text, i, i + fa.length, fa) && (cs === null || f.cased.slice(i, i + fa.length) === cs)) {
        out.push({ start: i, end: i + fa.length, alias: ai });
      }
    }
  });
  // Same folded alias: the first spec wins, as in the automaton.
  const firstOf = new Map<string, number>();
  aliases.forEach((a, i) => {
    const k = foldAlias(a) + (isAcronym(a) ? '|' + a : '');
    if (!firstOf.has(k)) firstOf.set(k, i);
  });
  return selectLongest(
    out.filter((c) => firstOf.get(foldAlias(aliases[c.alias]) + (isAcronym(aliases[c.alias]) ? '|' + aliases[c.alias] : '')) === c.alias),
  ).map((c) => ({
    start: f.starts[c.start],
    end: f.ends[c.end - 1],
    alias: c.alias,
  }));
}

describe('automaton vs naive reference (property)', () => {
  const alphabet = fc.constantFrom('a', 'b', 'k', 'K', 'i', 'm', ' ', '-', 'J', '개', '성', '은', '\u00a0', 'é', 'N', 'L');
  const word: fc.Arbitrary<string> = fc.string({ unit: alphabet, minLength: 1, maxLength: 6 });
  it('finds exactly what the naive matcher finds', () => {
    fc.assert(
      fc.property(fc.uniqueArray(word, { minLength: 1, maxLength: 8 }), fc.array(fc.oneof(word, alphabet), { maxLength: 30 }), (aliases, parts) => {
        const clean = aliases.filter((a) => foldAlias(a).length > 0);
        fc.pre(clean.length > 0);
        const text = parts.join('');
        const m = compileMatcher(clean.map((text) => ({ text })));
        const got = m.find(text).map((x) => [x.start, x.end, foldAlias(clean[x.alias])]);
        const want = naive(clean, text).map((x) => [x.start, x.end, foldAlias(clean[x.alias])]);
        expect(got).toEqual(want);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('word counts', () => {
  it('count what /\\S+/g finds, with every kind of space the pattern knows', () => {
    const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2003', '\u200a', '\u2028', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const words = ['Kim', '김정은', 'Panmunjom,', '—', 'x', '\u200b'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...spaces, ...words), { maxLength: 30 }), fc.nat(), (parts, cut) => {
        const text = parts.join('');
        const from = cut % (text.length + 1);
        expect(countWords(text)).toBe(text.match(/\S+/g)?.length ?? 0);
        expect(countWords(text, from)).toBe(text.slice(from).match(/\S+/g)?.length ?? 0);
      }),
    );
  });
});
