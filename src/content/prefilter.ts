/**
 * The cheap test every page pays: does the page look like it is about the Korean peninsula? A page
 * that fails it loads nothing more. It must never reject a Korea article, so it is broad — but a
 * passing mention (a country list, a "한국어" language link) or Korean text on another subject does
 * not pass. This module reads the page; the words and how a text is judged are in core.
 */
import { hasKoreaHint, readableUrl, textSaysKorea } from '../core/detection/hints';

/** Text sample size: enough for headline, lead and the start of the body. */
const BODY_SAMPLE = 60000;
/** The every-page read includes script and style text, so it looks further. */
const WHOLE_SAMPLE = 4 * BODY_SAMPLE;

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The first `max` characters of readable text under `root`, without building one huge string. */
function sample(root: Element, max: number): string {
  // NodeFilter.SHOW_TEXT by value (the analyze CLI's DOM has no globals); no filter callback per node.
  const w = root.ownerDocument.createTreeWalker(root, 4);
  const parts: string[] = [];
  let len = 0;
  for (let n = w.nextNode(); n && len < max; n = w.nextNode()) {
    if (SKIP.has(n.parentElement?.tagName ?? '')) continue;
    const t = (n as Text).data.slice(0, max - len);
    parts.push(t);
    len += t.length;
  }
  return parts.join(' ');
}

/** The address or the title names the peninsula (both tests start here). */
const addressOrTitleSaysKorea = (doc: Document, url: string) => hasKoreaHint(readableUrl(url)) || hasKoreaHint(doc.title);

/** The address, title and meta tags (description, Open Graph, keywords). */
function headSaysKorea(doc: Document, url: string): boolean {
  if (addressOrTitleSaysKorea(doc, url)) return true;
  for (const m of doc.head?.querySelectorAll('meta[name="description"],meta[property^="og:"],meta[name="keywords"]') ?? []) {
    const c = m.getAttribute('content');
    if (c && hasKoreaHint(c)) return true;
  }
  return false;
}

/** Reads the address, title, meta tags and the start of the body's readable text; true if the page may be about Korea. */
export function pageMentionsKorea(doc: Document, url: string): boolean {
  return headSaysKorea(doc, url) || (!!doc.body && textSaysKorea(sample(doc.body, BODY_SAMPLE)));
}

/** The every-page test's answer, and how much text the page had (a page with little may still be arriving). */
export interface EveryPageVerdict {
  passes: boolean;
  textLength: number;
}

/**
 * The every-page version: the address, the title and the body's text in one read, with no work per
 * node and no element wrappers (each interface a script touches costs a fresh world time). Script
 * and style text count too, so it may pass a page that `pageMentionsKorea` then stops; a page whose
 * head alone carries the hint is caught by the gate's test when it runs for other reasons.
 */
export function pageMayMentionKorea(doc: Document, url: string): EveryPageVerdict {
  if (addressOrTitleSaysKorea(doc, url)) return { passes: true, textLength: 0 };
  const text = doc.body?.textContent ?? '';
  return { passes: textSaysKorea(text.slice(0, WHOLE_SAMPLE)), textLength: text.length };
}
