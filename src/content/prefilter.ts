/**
 * The cheap test every page pays: does the page look like it is about the Korean peninsula? A page
 * that fails it loads nothing more. It must never reject a Korea article, so it is broad — but a
 * passing mention (a country list, a "한국어" language link) or Korean text on another subject does
 * not pass: Hangul alone is not evidence, peninsula words are.
 */
/** Words that point at the peninsula's politics and security (strong) … */
const STRONG_EN = String.raw`north korea|n\. korea|koreas\b|korean peninsula|inter-korean|korean war|pyongyang|dprk|panmunj|kaesong|gaeseong|kim jong|kim yo|demilitari[sz]ed zone|hwasong|yongbyon`;
const STRONG_KO = '북한|북측|남북|평양|김정은|김여정|한반도|비핵화|핵실험|판문점|개성공단|비무장지대|휴전선|조선중앙통신|노동신문';
/** Japanese and Chinese names of the North, the peninsula, its leader and capital. */
const STRONG_JA_ZH = '北朝鮮|朝鮮半島|金正恩|平壌|朝鲜|半岛|平壤|金与正|金與正';
/** … and words that only say "South Korea" or its institutions (weak: business, culture, weather stories say them too). */
const WEAK = String.raw`south korea|s\. korea|seoul|\brok\b|韓国|韩国|미사일|통일부|국방부|합참|합동참모본부|외교부|대통령|국회|탄핵|계엄|주한미군|한미|북미|국정원|국가정보원`;
const STRONG = `${STRONG_EN}|${STRONG_KO}|${STRONG_JA_ZH}`;

/** Any peninsula word (for titles, addresses, meta tags, and pages that grow later). */
export const KOREA_HINT = new RegExp(`${STRONG}|${WEAK}|korea`, 'i');
const STRONG_RE = new RegExp(STRONG, 'gi');
const WEAK_RE = new RegExp(WEAK, 'gi');

/** Text sample size: enough for headline, lead and the start of the body. */
const BODY_SAMPLE = 60000;
/** When the title, address and meta tags say nothing: a strong word and one more, or this many weak ones. */
const WEAK_HITS = 4;

/** The first `max` characters of readable text under `root`, without building one huge string. */
function sample(root: Element, max: number): string {
  // NodeFilter.SHOW_TEXT by value (the analyze CLI's DOM has no globals); no filter callback per node.
  const w = root.ownerDocument.createTreeWalker(root, 4);
  const parts: string[] = [];
  let len = 0;
  for (let n = w.nextNode(); n && len < max; n = w.nextNode()) {
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(n.parentElement?.tagName ?? '')) continue;
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

/** How many times `re` (global) matches in `text`, counting up to `max`. */
function count(re: RegExp, text: string, max: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < max && re.exec(text)) n++;
  return n;
}

/** Reads the address, title, meta tags and the start of the body; true if the page may be about Korea. */
export function pageMentionsKorea(doc: Document, url: string): boolean {
  if (KOREA_HINT.test(readableUrl(url)) || KOREA_HINT.test(doc.title)) return true;
  for (const m of doc.head?.querySelectorAll('meta[name="description"],meta[property^="og:"],meta[name="keywords"]') ?? []) {
    const c = m.getAttribute('content');
    if (c && KOREA_HINT.test(c)) return true;
  }
  if (!doc.body) return false;
  const text = sample(doc.body, BODY_SAMPLE);
  const strong = count(STRONG_RE, text, 2);
  if (strong >= 2) return true;
  return strong + count(WEAK_RE, text, WEAK_HITS) >= (strong ? 2 : WEAK_HITS);
}
