/**
 * The highlight style sheet of an active page: rules for our (per-session) highlight names in
 * colours that contrast with the page's own background and text, not the OS theme.
 */
import { pickHighlight } from '../core/cards/contrast';
import type { HighlightNames } from './highlighter';

/** The colours a reader sees around the article text: the first opaque background up the tree, and the text colour. */
export function pageColours(doc: Document, near?: Element | null): { background: string; text: string } {
  const start = near ?? doc.body;
  let background = 'rgb(255, 255, 255)';
  for (let el: Element | null = start; el; el = el.parentElement) {
    const c = getComputedStyle(el).backgroundColor;
    if (c && c !== 'transparent' && !/^rgba\(.*,\s*0\)$/.test(c)) {
      background = c;
      break;
    }
  }
  const para = start?.querySelector('p') ?? start;
  return { background, text: para ? getComputedStyle(para).color : 'rgb(0, 0, 0)' };
}

/** CSS for the names, readable on the page's colours. */
export function highlightCss(n: HighlightNames, page: { background: string; text: string }): string {
  const c = pickHighlight(page);
  return [
    `::highlight(${n.underline}) { text-decoration: underline dotted ${c.underline}; text-decoration-thickness: 2px; text-underline-offset: 3px; }`,
    `::highlight(${n.background}) { background-color: ${c.tint}; }`,
    `::highlight(${n.hover}) { background-color: ${c.tint}; text-decoration: underline solid ${c.underline}; }`,
    `::highlight(${n.active}) { background-color: ${c.tint}; text-decoration: underline solid ${c.underline}; }`,
    `::highlight(${n.focus}) { background-color: ${c.tint}; text-decoration: underline solid ${c.underline}; text-decoration-thickness: 3px; }`,
  ].join('\n');
}
