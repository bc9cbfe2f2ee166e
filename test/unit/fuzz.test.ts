// Hostile and odd input: random DOM trees and texts (surrogate pairs, combining marks, zero-width
// characters, RTL, huge text nodes, deep inline nesting) never throw, never change the page's
// text, and every mention maps back to exactly the text it names. 10,000+ generated cases.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { collectText, locate, TextWalker } from '../../src/content/scanner';
import { formsOf, resolveMentions } from '../../src/core/corpus/corpus-index';
import { fold, foldAlias } from '../../src/core/matching/normalize';
import { corpusIndex } from '../../scripts/lib/analyze-core';

const index = corpusIndex();
const { window } = new JSDOM('<!doctype html><body></body>');
const doc = window.document;

const odd = fc.constantFrom(
  '\u200b',
  '\u200d',
  '\u00ad',
  '\u0301',
  '\u05d0',
  '\u202e',
  '\ud83c\uddf0\ud83c\uddf7',
  '\ud800',
  '\udfff',
  '\u00a0',
  '-',
  '’',
  ' ',
  '\n',
  'é',
  '김',
  '정',
  '은',
  '은',
);
const names = fc.constantFrom(
  'Kim Jong Un',
  'KIM JONG-UN',
  'Kaesong',
  '개성공단',
  '김정은',
  'Panmunjom',
  'NLL',
  'nll',
  'Moon Jae-in',
  'Moon',
  'DMZ',
  'Hanoi summit',
  'Ri Yong Ho',
);
const chunk = fc.oneof(fc.string({ maxLength: 12 }), names, odd, fc.string({ unit: 'binary', maxLength: 6 }));
const text = fc.array(chunk, { maxLength: 12 }).map((a) => a.join(''));
const TAGS = ['p', 'b', 'i', 'span', 'div', 'a', 'code', 'li', 'em', 'textarea', 'script', 'h2', 'br'];

type Tree = { tag: string; attrs: [string, string][]; kids: (Tree | string)[] };
const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.record({
    tag: fc.constantFrom(...TAGS),
    attrs: fc.array(fc.constantFrom<[string, string]>(['hidden', ''], ['aria-hidden', 'true'], ['contenteditable', 'true'], ['dir', 'rtl'], ['class', 'x']), {
      maxLength: 2,
    }),
    kids: fc.array(fc.oneof({ depthSize: 'small', withCrossShrink: true }, text, tie('node')), { maxLength: 4 }),
  }),
})).node;

function build(t: Tree): Element {
  const el = doc.createElement(t.tag);
  for (const [k, v] of t.attrs) el.setAttribute(k, v);
  for (const k of t.kids) el.append(typeof k === 'string' ? doc.createTextNode(k) : build(k));
  return el;
}

describe('fuzz: random DOM trees and texts', () => {
  it('scanning, matching and mapping never throw and never change the page (7,000 trees)', () => {
    fc.assert(
      fc.property(tree, (t) => {
        const root = doc.createElement('article');
        root.append(build(t));
        const before = root.innerHTML;
        const map = collectText(root);
        for (const m of resolveMentions(index, map.text)) {
          const a = locate(map, m.start);
          const b = locate(map, m.end, true);
          expect(a && b).toBeTruthy();
          const r = doc.createRange();
          r.setStart(a!.node, a!.offset);
          r.setEnd(b!.node, b!.offset);
          // The range covers exactly the matched text.
          expect(r.toString()).toBe(map.text.slice(m.start, m.end).replace(/\n/g, ''));
          const f = foldAlias(r.toString());
          // A mention is one of the entry's compiled forms: alias, singular/plural, surname, title or episode word.
          expect(
            formsOf(index, m.entry)
              .map(foldAlias)
              .some((al) => f.includes(al) || al.includes(f)),
          ).toBe(true);
        }
        expect(root.innerHTML).toBe(before);
      }),
      { numRuns: 7000 },
    );
  });

  it('folding keeps a valid offset map for any string (3,000 strings)', () => {
    fc.assert(
      fc.property(fc.oneof(text, fc.string({ unit: 'binary', maxLength: 200 })), (s) => {
        const f = fold(s);
        expect(f.text.length).toBe(f.cased.length);
        expect(f.starts.length).toBe(f.text.length);
        for (let k = 0; k < f.starts.length; k++) {
          expect(f.starts[k]).toBeLessThan(s.length);
          expect(f.ends[k]).toBeLessThanOrEqual(s.length);
          if (k) expect(f.starts[k]).toBeGreaterThanOrEqual(f.starts[k - 1]);
        }
        resolveMentions(index, s);
      }),
      { numRuns: 3000 },
    );
  });

  it('a 1 MB text node and 2,000-deep inline nesting are scanned in chunks without error', () => {
    const root = doc.createElement('article');
    root.append(doc.createTextNode(('Kim Jong Un met Moon Jae-in at Panmunjom. ' + 'x'.repeat(80) + ' ').repeat(8200)));
    let cur: Element = root;
    for (let i = 0; i < 2000; i++) {
      const b = doc.createElement(i % 2 ? 'b' : 'span');
      cur.append(b);
      cur = b;
    }
    cur.append('Kaesong');
    const w = new TextWalker(root);
    let total = 0;
    let mentions = 0;
    while (!w.done) {
      const m = w.next(20000);
      total += m.text.length;
      mentions += resolveMentions(index, m.text).length;
    }
    expect(total).toBeGreaterThan(1_000_000);
    expect(mentions).toBeGreaterThan(16_000);
  });
});

describe('text around a skipped element', () => {
  it('never joins into a name across a script or a link', () => {
    const doc = new JSDOM('<!doctype html><body></body>').window.document;
    const p = doc.createElement('p');
    const script = doc.createElement('script');
    script.append(doc.createElement('p'));
    (script.firstChild as Element).textContent = 'Kim Jong Un';
    p.append('KIM JONG-UN', script, 'C');
    doc.body.append(p);
    const map = collectText(p);
    expect(map.text).toBe('KIM JONG-UN C');
    expect(resolveMentions(index, map.text).map((m) => map.text.slice(m.start, m.end))).not.toContain('UNC');
  });
});
