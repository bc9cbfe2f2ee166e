/**
 * Colour contrast (WCAG 2 relative luminance) for highlights that stay readable on the page they
 * are painted on, whatever the reader's OS theme.
 */

export type Rgb = [number, number, number];

/** Parses `rgb()`/`rgba()` (as getComputedStyle reports) or `#rrggbb`; null when transparent or unknown. */
export function parseColor(css: string): Rgb | null {
  const hex = /^#([0-9a-f]{6})$/i.exec(css.trim());
  if (hex) {
    const n = parseInt(hex[1], 16);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
  }
  const m = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/i.exec(css.trim());
  if (!m) return null;
  const alpha = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  if (alpha < 0.5) return null;
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance, 0 (black) to 1 (white). */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** WCAG contrast ratio between two colours, 1 to 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

/** Blue accents from light to dark; the first with enough contrast on the background wins. */
const ACCENTS: Rgb[] = [
  [147, 197, 253],
  [96, 165, 250],
  [37, 99, 235],
  [29, 78, 216],
  [30, 58, 138],
];

/** The accent with at least `min` contrast against `background` (the best available otherwise). */
export function accentFor(background: Rgb, min = 3): Rgb {
  const dark = luminance(background) < 0.4;
  const order = dark ? ACCENTS : [...ACCENTS].reverse();
  for (const c of order) if (contrastRatio(c, background) >= min) return c;
  return order.reduce((best, c) => (contrastRatio(c, background) > contrastRatio(best, background) ? c : best));
}

/** True when the background is dark (light text, light accents). */
export function isDark(background: Rgb): boolean {
  return luminance(background) < 0.4;
}
