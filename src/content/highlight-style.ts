/**
 * The highlight style sheet of an active page: rules for our (per-session) highlight names in
 * colours that contrast with the page's own background, not the OS theme.
 */
import { accentFor, isDark, parseColor, type Rgb } from '../core/contrast';
import type { HighlightNames } from './highlighter';

/** The colour a reader sees behind the article text (the first opaque background up the tree). */
export function pageBackground(doc: Document, near?: Element | null): Rgb {
  for (let el: Element | null = near ?? doc.body; el; el = el.parentElement) {
    const c = parseColor(getComputedStyle(el).backgroundColor);
    if (c) return c;
  }
  return [255, 255, 255];
}

const rgba = ([r, g, b]: Rgb, a: number) => `rgba(${r}, ${g}, ${b}, ${a})`;

/** CSS for the names, readable on `background`. */
export function highlightCss(n: HighlightNames, background: Rgb): string {
  const accent = accentFor(background, 3);
  const dark = isDark(background);
  const fill = dark ? 0.16 : 0.08;
  const yellow = dark ? 'rgba(250, 204, 21, 0.4)' : 'rgba(250, 204, 21, 0.45)';
  return [
    `::highlight(${n.underline}) { text-decoration: underline dotted ${rgba(accent, 1)}; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: ${rgba(accent, fill)}; }`,
    `::highlight(${n.background}) { background-color: ${yellow}; }`,
    `::highlight(${n.hover}) { background-color: ${rgba(accent, fill + 0.14)}; text-decoration: underline solid ${rgba(accent, 1)}; }`,
    `::highlight(${n.active}) { background-color: ${rgba(accent, fill + 0.24)}; }`,
    `::highlight(${n.focus}) { background-color: ${rgba(accent, fill + 0.24)}; text-decoration: underline solid ${rgba(accent, 1)}; text-decoration-thickness: 3px; }`,
  ].join('\n');
}
