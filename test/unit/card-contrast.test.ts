// Highlight colours computed against the page's own colours, not the OS theme.
import { describe, expect, it } from 'vitest';
import { contrastRatio, parseColour, pickHighlight } from '../../src/core/cards/contrast';

const c = (s: string) => parseColour(s)!;

describe('colour parsing and contrast', () => {
  it('parses the forms computed styles return', () => {
    expect(parseColour('rgb(253, 252, 249)')).toEqual({ r: 253, g: 252, b: 249, a: 1 });
    expect(parseColour('rgba(0, 0, 0, 0)')).toEqual({ r: 0, g: 0, b: 0, a: 0 });
    expect(parseColour('rgb(10 20 30 / 50%)')).toEqual({ r: 10, g: 20, b: 30, a: 0.5 });
    expect(parseColour('#fff')).toEqual({ r: 255, g: 255, b: 255, a: 1 });
    expect(parseColour('color(srgb 1 0 0)')).toEqual({ r: 255, g: 0, b: 0, a: 1 });
    expect(parseColour('transparent')!.a).toBe(0);
    expect(parseColour('oklch(0.5 0.1 200)')).toBeNull();
  });
  it('computes WCAG ratios', () => {
    expect(contrastRatio(c('#000'), c('#fff'))).toBeCloseTo(21, 5);
    expect(contrastRatio(c('#777'), c('#fff'))).toBeCloseTo(4.48, 2);
  });
});

describe('pickHighlight', () => {
  const pages: [string, string, string][] = [
    ['light page (the case a dark OS theme broke)', 'rgb(253, 252, 249)', 'rgb(34, 34, 34)'],
    ['white page', 'rgb(255, 255, 255)', 'rgb(0, 0, 0)'],
    ['dark page', 'rgb(18, 18, 18)', 'rgb(230, 230, 230)'],
    ['mid grey page', 'rgb(119, 119, 119)', 'rgb(255, 255, 255)'],
    ['saturated blue page', 'rgb(29, 78, 216)', 'rgb(255, 255, 255)'],
    ['sepia page', 'rgb(244, 236, 216)', 'rgb(91, 70, 54)'],
    ['transparent body (canvas white)', 'rgba(0, 0, 0, 0)', 'rgb(17, 17, 17)'],
    ['unparseable colours', 'oklch(0.2 0 0)', 'lab(50 0 0)'],
  ];
  for (const [name, background, text] of pages) {
    it(`${name}: underline ≥ 3:1, text on the tint ≥ 4.5:1 (or near the page's own)`, () => {
      const h = pickHighlight({ background, text });
      const bgRaw = parseColour(background);
      const bg = bgRaw && bgRaw.a > 0 ? bgRaw : c('#fff');
      expect(contrastRatio(c(h.underline), bg)).toBeGreaterThanOrEqual(3);
      expect(h.underlineContrast).toBeGreaterThanOrEqual(3);
      const own = parseColour(text) ? contrastRatio(c(text), bg) : 21;
      expect(h.textOnTint).toBeGreaterThanOrEqual(Math.min(4.5, own * 0.9) - 1e-9);
    });
  }
  it('prefers the blue accent on light pages and the light blue on dark pages', () => {
    expect(pickHighlight({ background: '#ffffff', text: '#000000' }).underline).toBe('#1d4ed8');
    expect(pickHighlight({ background: '#121212', text: '#e6e6e6' }).underline).toBe('#93c5fd');
  });
  it('the tint differs from the page background', () => {
    const h = pickHighlight({ background: '#ffffff', text: '#222222' });
    expect(h.tint).not.toBe('#ffffff');
  });
});
