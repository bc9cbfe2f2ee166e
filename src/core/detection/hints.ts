/**
 * The peninsula words of the cheap tests, and how a text is judged by them: plain strings, no DOM.
 * The every-page script and the gate read the page (content/prefilter); the background judges a
 * tab's title with the same words. Hangul alone is not evidence, peninsula words are.
 *
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
const WEAK_EN = ['south korea', 's. korea', 'seoul', ' rok '];
const WEAK_HAN = ['韓国', '韩国'];
const WEAK_KO = [
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
 * an English page without "kore" pays for a dozen scans of its text, not sixty. The script is known
 * from the list a word sits in, so no pattern runs when the every-page script starts.
 */
type Script = 'latin' | 'hangul' | 'han';
interface Word {
  text: string;
  script: Script;
  kore: boolean;
}
const words = (script: Script, list: readonly string[]): Word[] => list.map((text) => ({ text, script, kore: text.includes('kore') }));

const STRONG = [...words('latin', STRONG_EN), ...words('hangul', STRONG_KO), ...words('han', STRONG_JA_ZH)];
const WEAK_WORDS = [...words('latin', WEAK_EN), ...words('hangul', WEAK_KO), ...words('han', WEAK_HAN)];
/** Any peninsula word (for titles, addresses, meta tags, and pages that grow later). */
const HINT = [...STRONG, ...WEAK_WORDS, ...words('latin', ['korea'])];

/** Hangul syllables; kana and CJK ideographs (tested only when a word in that script is looked for). */
const HANGUL = /[\uac00-\ud7a3]/;
const HAN = /[\u3040-\u30ff\u4e00-\u9fff]/;

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

/** What a lower-case text holds, each found once per text and only when a word asks. */
interface Scan {
  text: string;
  hangul?: boolean;
  han?: boolean;
  kore?: boolean;
}
function mayOccur(s: Scan, w: Word): boolean {
  if (w.script === 'hangul') return (s.hangul ??= HANGUL.test(s.text));
  if (w.script === 'han') return (s.han ??= HAN.test(s.text));
  return !w.kore || (s.kore ??= s.text.includes('kore'));
}

/** How many times the words occur in the scanned text, counting up to `max`. */
function count(list: readonly Word[], s: Scan, max: number): number {
  let n = 0;
  for (const w of list) if (n < max && mayOccur(s, w)) n += occurrences(s.text, w.text, max - n);
  return n;
}

/** Whether `text` holds any peninsula word at all (any case). */
export function hasKoreaHint(text: string): boolean {
  return count(HINT, { text: text.toLowerCase() }, 1) > 0;
}

/** When the title, address and meta tags say nothing: a strong word and one more, or this many weak ones. */
const WEAK_HITS = 4;

/** When the head says nothing: two strong words, a strong word and a weak one, or WEAK_HITS weak ones. */
export function textSaysKorea(sampleText: string): boolean {
  const text: Scan = { text: sampleText.toLowerCase() };
  const strong = count(STRONG, text, 2);
  if (strong >= 2) return true;
  return strong + count(WEAK_WORDS, text, WEAK_HITS) >= (strong ? 2 : WEAK_HITS);
}

/** The address with its word separators as spaces (string replacements: no pattern to compile). */
export function readableUrl(url: string): string {
  let u = url;
  try {
    u = decodeURIComponent(url);
  } catch {
    /* a malformed escape: read it as it is */
  }
  return u.replaceAll('-', ' ').replaceAll('_', ' ').replaceAll('+', ' ');
}
