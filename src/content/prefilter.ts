/**
 * The cheap test every page pays: does the page look like it is about the Korean peninsula? A page
 * that fails it loads nothing more. It must never reject a Korea article, so it is broad — but a
 * passing mention (a country list, a "한국어" language link) or Korean text on another subject does
 * not pass: Hangul alone is not evidence, peninsula words are.
 */
const EN = String.raw`north korea|south korea|n\. korea|s\. korea|koreas\b|korean peninsula|inter-korean|pyongyang|seoul|dprk|\brok\b|panmunj|kaesong|gaeseong|kim jong|kim yo|demilitari[sz]ed zone|hwasong|yongbyon|korean war`;
/** Japanese and Chinese names of the two Koreas, their leaders and capitals. */
const JA_ZH = '北朝鮮|朝鮮半島|韓国|金正恩|平壌|南北|朝鲜|韩国|半岛|平壤|金与正|金與正';
const KO =
  '북한|북측|남북|평양|김정은|김여정|한반도|비핵화|핵실험|미사일|판문점|개성공단|비무장지대|휴전선|통일부|국방부|합참|합동참모본부|외교부|대통령|국회|탄핵|계엄|주한미군|한미|북미|조선중앙통신|노동신문|국정원|국가정보원';

/** Any peninsula word (for titles, addresses, meta tags, and pages that grow later). */
export const KOREA_HINT = new RegExp(`${EN}|korea|${KO}|${JA_ZH}`, 'i');
const HINTS = new RegExp(`${EN}|${KO}|${JA_ZH}`, 'gi');

/** Text sample size: enough for headline, lead and the start of the body. */
const BODY_SAMPLE = 60000;
/** Peninsula words the body must carry when the title, address and meta tags carry none. */
const BODY_HITS = 2;

/** The first `max` characters of readable text under `root`, without building one huge string. */
function sample(root: Element, max: number): string {
  const doc = root.ownerDocument;
  // NodeFilter.SHOW_TEXT, FILTER_REJECT and FILTER_ACCEPT by value: the analyze CLI's DOM has no globals.
  const w = doc.createTreeWalker(root, 4, { acceptNode: (n) => (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(n.parentElement?.tagName ?? '') ? 2 : 1) });
  const parts: string[] = [];
  let len = 0;
  for (let n = w.nextNode(); n && len < max; n = w.nextNode()) {
    const t = (n as Text).data.slice(0, max - len);
    parts.push(t);
    len += t.length;
  }
  return parts.join(' ');
}

function readableUrl(url: string): string {
  try {
    return decodeURIComponent(url).replace(/[-_+]/g, ' ');
  } catch {
    return url.replace(/[-_+]/g, ' ');
  }
}

/** Reads the address, title, meta tags and the start of the body; true if the page may be about Korea. */
export function pageMentionsKorea(doc: Document, url: string): boolean {
  if (KOREA_HINT.test(readableUrl(url)) || KOREA_HINT.test(doc.title)) return true;
  for (const m of doc.head?.querySelectorAll('meta[name="description"],meta[property^="og:"],meta[name="keywords"]') ?? []) {
    const c = m.getAttribute('content');
    if (c && KOREA_HINT.test(c)) return true;
  }
  if (!doc.body) return false;
  let hits = 0;
  HINTS.lastIndex = 0;
  const text = sample(doc.body, BODY_SAMPLE);
  while (HINTS.exec(text) && ++hits < BODY_HITS);
  return hits >= BODY_HITS;
}
