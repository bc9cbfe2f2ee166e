/** Small text helpers for cards. */

/** Only http(s) links reach a card. */
export function safeUrl(url: string): URL | null {
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u : null;
  } catch {
    return null;
  }
}

/** The first sentence of a text, for one-line timeline rows. */
export function firstSentence(text: string, max = 160): string {
  const m = /^(.+?[.!?])(\s|$)/.exec(text);
  const s = m ? m[1] : text;
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}

/**
 * Whether a text is long enough to clamp to `lines` lines behind "more" on a card about
 * `charsPerLine` characters wide (a clamp that would hide a few words only is not worth a button).
 */
export function needsClamp(text: string, lines: number, charsPerLine = 52): boolean {
  return text.length > lines * charsPerLine * 1.15;
}
