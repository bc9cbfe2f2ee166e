/**
 * The cheap test every page pays: does anything on the page say "Korea"?
 * A page that fails it loads no corpus and no UI. It must never reject a
 * Korea article, so it is broad (any Hangul passes).
 */
export const KOREA_HINT =
  /kore|pyongyang|seoul|dprk|\brok\b|panmunj|kaesong|gaeseong|kim jong|kim yo|demilitari[sz]ed zone|hwasong|yongbyon|[\uac00-\ud7a3]/i;

/** Text sample sizes: enough for headline, lead and the start of the body. */
const BODY_SAMPLE = 60000;

/** Reads title, meta tags, URL and the start of the body text; true if any hints at Korea. */
export function pageMentionsKorea(doc: Document, url: string): boolean {
  if (KOREA_HINT.test(url) || KOREA_HINT.test(doc.title)) return true;
  for (const m of doc.head?.querySelectorAll('meta[name="description"],meta[property^="og:"],meta[name="keywords"]') ?? []) {
    const c = m.getAttribute('content');
    if (c && KOREA_HINT.test(c)) return true;
  }
  const body = doc.body;
  if (!body) return false;
  const text = body.textContent ?? '';
  return KOREA_HINT.test(text.length > BODY_SAMPLE ? text.slice(0, BODY_SAMPLE) : text);
}
