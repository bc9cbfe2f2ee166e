/**
 * The cheap test every page pays: does the page look like it is about the Korean peninsula? A page
 * that fails it loads nothing more. It must never reject a Korea article, so it is broad — but a
 * passing mention (a country list, a "한국어" language link) or Korean text on another subject does
 * not pass: Hangul alone is not evidence, peninsula words are.
 */
/**
 * Words that point at the peninsula's politics and security (strong), lower-case; a leading or
 * trailing space in a word stands for a word boundary there. Plain substring search, no regular
 * expression: compiling one large case-insensitive pattern costs every page a few milliseconds.
 */
const STRONG_EN = [
  'north korea',
  'n. korea',
  'koreas ',
  'korean peninsula',
  'inter-korean',
  'korean war',
  'pyongyang',
  'dprk',
  'panmunj',
  'kaesong',
  'gaeseong',
  'kim jong',
  'kim yo',
  'demilitarized zone',
  'demilitarised zone',
  'hwasong',
  'yongbyon',
];
const STRONG_KO = [
  '북한',
  '북측',
  '남북',
  '평양',
  '김정은',
  '김여정',
  '한반도',
  '비핵화',
  '핵실험',
  '판문점',
  '개성공단',
  '비무장지대',
  '휴전선',
  '조선중앙통신',
  '노동신문',
];
/** Japanese and Chinese names of the North, the peninsula, its leader and capital (米朝: Japanese for US–North Korea). */
const STRONG_JA_ZH = ['北朝鮮', '米朝', '朝鮮半島', '金正恩', '平壌', '朝鲜', '半岛', '平壤', '金与正', '金與正'];
/** … and words that only say "South Korea" or its institutions (weak: business, culture, weather stories say them too). */
const WEAK = [
  'south korea',
  's. korea',
  'seoul',
  ' rok ',
  '韓国',
  '韩国',
  '미사일',
  '통일부',
  '국방부',
  '합참',
  '합동참모본부',
  '외교부',
  '대통령',
  '국회',
  '탄핵',
  '계엄',
  '주한미군',
  '한미',
  '북미',
  '국정원',
  '국가정보원',
];
/**
 * A word with what a text must hold for it to occur at all: its script, and for the English words
 * that say "Korea" that stem. One look for the stem or the script rules out many words at once, so
 * an English page without "kore" pays for a dozen scans of its text, not sixty.
 */
interface Word {
  text: string;
  script: 'latin' | 'hangul' | 'han';
  kore: boolean;
}
const HANGUL = /[\uac00-\ud7a3]/;
const HAN = /[\u3040-\u30ff\u4e00-\u9fff]/;
const words = (list: readonly string[]): Word[] =>
  list.map((text) => ({ text, script: HANGUL.test(text) ? 'hangul' : HAN.test(text) ? 'han' : 'latin', kore: text.includes('kore') }));

const STRONG = words([...STRONG_EN, ...STRONG_KO, ...STRONG_JA_ZH]);
const WEAK_WORDS = words(WEAK);
/** Any peninsula word (for titles, addresses, meta tags, and pages that grow later). */
const HINT = [...STRONG, ...WEAK_WORDS, ...words(['korea'])];

const isWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);

/** Occurrences of `word` in lower-case `text`, up to `max`, honouring the boundary spaces. */
function occurrences(text: string, word: string, max: number): number {
  const left = word.startsWith(' ');
  const right = word.endsWith(' ');
  const w = word.trim();
  let n = 0;
  for (let i = text.indexOf(w); i >= 0 && n < max; i = text.indexOf(w, i + 1)) {
    if (left && i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    if (right && i + w.length < text.length && isWordChar(text.charCodeAt(i + w.length))) continue;
    n++;
  }
  return n;
}

/** What a lower-case text holds, found once per text. */
interface Scan {
  text: string;
  hangul: boolean;
  han: boolean;
  kore: boolean;
}
const scan = (text: string): Scan => ({ text, hangul: HANGUL.test(text), han: HAN.test(text), kore: text.includes('kore') });
const mayOccur = (s: Scan, w: Word) => (w.script === 'latin' ? !w.kore || s.kore : w.script === 'hangul' ? s.hangul : s.han);

/** How many times the words occur in the scanned text, counting up to `max`. */
function count(list: readonly Word[], s: Scan, max: number): number {
  let n = 0;
  for (const w of list) if (n < max && mayOccur(s, w)) n += occurrences(s.text, w.text, max - n);
  return n;
}

/** Whether `text` holds any peninsula word at all (any case). */
export function hasKoreaHint(text: string): boolean {
  return count(HINT, scan(text.toLowerCase()), 1) > 0;
}

/** Text sample size: enough for headline, lead and the start of the body. */
const BODY_SAMPLE = 60000;
/** The every-page read includes script and style text, so it looks further. */
const WHOLE_SAMPLE = 4 * BODY_SAMPLE;
/** When the title, address and meta tags say nothing: a strong word and one more, or this many weak ones. */
const WEAK_HITS = 4;

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

function readableUrl(url: string): string {
  try {
    return decodeURIComponent(url).replace(/[-_+]/g, ' ');
  } catch {
    return url.replace(/[-_+]/g, ' ');
  }
}

/** The address, title and meta tags (description, Open Graph, keywords). */
function headSaysKorea(doc: Document, url: string): boolean {
  if (hasKoreaHint(readableUrl(url)) || hasKoreaHint(doc.title)) return true;
  for (const m of doc.head?.querySelectorAll('meta[name="description"],meta[property^="og:"],meta[name="keywords"]') ?? []) {
    const c = m.getAttribute('content');
    if (c && hasKoreaHint(c)) return true;
  }
  return false;
}

/** When the head says nothing: two strong words, a strong word and a weak one, or WEAK_HITS weak ones. */
function bodySaysKorea(sampleText: string): boolean {
  const text = scan(sampleText.toLowerCase());
  const strong = count(STRONG, text, 2);
  if (strong >= 2) return true;
  return strong + count(WEAK_WORDS, text, WEAK_HITS) >= (strong ? 2 : WEAK_HITS);
}

/** Reads the address, title, meta tags and the start of the body's readable text; true if the page may be about Korea. */
export function pageMentionsKorea(doc: Document, url: string): boolean {
  return headSaysKorea(doc, url) || (!!doc.body && bodySaysKorea(sample(doc.body, BODY_SAMPLE)));
}

/**
 * The every-page version: the address, the title and the body's text in one read, with no work per
 * node and no element wrappers (each interface a script touches costs a fresh world time). Script
 * and style text count too, so it may pass a page that `pageMentionsKorea` then stops; a page whose
 * head alone carries the hint is caught by the gate's test when it runs for other reasons.
 */
export function pageMayMentionKorea(doc: Document, url: string): boolean {
  if (hasKoreaHint(readableUrl(url)) || hasKoreaHint(doc.title)) return true;
  return !!doc.body && bodySaysKorea((doc.body.textContent ?? '').slice(0, WHOLE_SAMPLE));
}
