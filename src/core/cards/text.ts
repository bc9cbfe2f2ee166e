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

/** Words ending in a full stop that do not end a sentence ("9 a.m.", "U.S.", "Mr."). */
const ABBREV =
  /(?:^|[\s(])(?:[A-Za-z]\.){2,}$|(?:^|[\s(])(?:Mr|Mrs|Ms|Dr|St|No|Gen|Lt|Col|Sgt|Jr|Sr|Rep|Sen|Gov|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|vs|approx)\.$/;

/** The first sentence of a text, for one-line timeline rows (abbreviations do not end it). */
export function firstSentence(text: string, max = 160): string {
  const re = /[.!?](?=\s+[A-Z"“‘(\d]|\s*$)/g;
  let end = text.length;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (text[m.index] === '.' && ABBREV.test(text.slice(0, m.index + 1))) continue;
    end = m.index + 1;
    break;
  }
  const s = text.slice(0, end);
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}

/**
 * Whether a text is long enough to clamp to `lines` lines behind "more" on a card about
 * `charsPerLine` characters wide (a clamp that would hide a few words only is not worth a button).
 */
export function needsClamp(text: string, lines: number, charsPerLine = 52): boolean {
  return text.length > lines * charsPerLine * 1.15;
}
