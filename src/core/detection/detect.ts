import type { CorpusIndex } from '../corpus/corpus-index';
import { scanText } from '../matching/resolve';
import { isAcronym } from '../matching/normalize';
import { countWords } from '../matching/words';
import type { Entry } from '../corpus/types';
import { KEYWORDS, type Keyword } from './keywords';

/** What the page says about itself, read by the content script (or the analyze CLI). */
export interface PageSignals {
  url: string;
  title: string;
  lang?: string;
  description?: string;
  ogType?: string;
  jsonLdTypes: string[];
  hasArticleElement: boolean;
  /** The headline (og:title, first h1 or title). */
  headline: string;
  /** The first paragraphs of the main text. */
  lead: string;
  /** The main text a reader can see (article body, or the page body without navigation). */
  body: string;
  publishedAt: string | null;
  /** Share of the main element's text that sits inside links (index and section pages are mostly links). */
  linkDensity?: number;
}

export type Sensitivity = 'strict' | 'normal' | 'everywhere';
export type Where = 'headline' | 'lead' | 'body';

export interface Reason {
  /** An entry id, or `keyword:<text>` for a general Korea word. */
  signal: string;
  label: string;
  weight: number;
  where: Where;
  count: number;
  points: number;
}

export interface Detection {
  isArticle: boolean;
  articleReasons: string[];
  korea: {
    related: boolean;
    score: number;
    density: number;
    coverage: number;
    words: number;
    strong: boolean;
    reasons: Reason[];
    /** One line: why the page was or was not taken for a Korea article. */
    verdict?: string;
  };
}

/**
 * Thresholds (documented in docs/detection.md). A page is about the Korean peninsula when
 * a peninsula-specific signal (weight ≥ 2) is in its headline or lead and its score reaches
 * `minScore`, or, without one there, when such signals run through `minCoverage` of its
 * paragraphs and the score reaches twice `minScore`.
 */
export const THRESHOLDS: Record<Exclude<Sensitivity, 'everywhere'>, { minScore: number; minCoverage: number; minDensity: number }> = {
  strict: { minScore: 14, minCoverage: 0.5, minDensity: 6 },
  normal: { minScore: 9, minCoverage: 0.35, minDensity: 3 },
};
const LOC: Record<Where, number> = { headline: 3, lead: 2, body: 1 };

/** Agency bylines and news outlets: every story from the wire carries them. */
const BYLINES = new Set(['yonhap', 'nk-news', 'daily-nk', 'korea-expose', 'uriminzokkiri', 'kctv', 'voice-of-korea', 'thirty-eight-north', 'beyond-parallel']);
/** Places whose names appear in weather, business and culture stories as often as in politics. */
const EVERYDAY_PLACES: Record<string, number> = { seoul: 0.3, pyeongchang: 0.5, gyeongju: 0.5, 'yalu-river': 1, 'mount-paektu': 1, pyongyang: 1.5 };
const KOREA_WORDS = /kore|pyongyang|seoul|dprk|\brok\b|한국|북한|조선|남북|한반도|peninsula|inter-korean/i;

/**
 * How specific one entry is to the peninsula (0–3). World leaders, capitals, bylines and
 * foreign institutions say little; North Korean names and Korea's events say much.
 */
export function entryWeight(e: Entry): number {
  if (BYLINES.has(e.id)) return 0;
  if (e.id in EVERYDAY_PLACES) return EVERYDAY_PLACES[e.id];
  const korean = e.country === 'KR' || e.country === 'KP';
  switch (e.kind) {
    case 'person':
      // A foreign person counts only when the corpus knows them for Korea work (envoys, Korea analysts).
      return korean ? 3 : KOREA_WORDS.test(e.role ?? '') ? 2 : 0;
    case 'event':
    case 'agreement':
    case 'topic':
      return 3;
    case 'term':
      return 2;
    case 'organisation':
      if (e.country === 'KP') return 3;
      if (e.country === 'KR') return /universit|institute|foundation/i.test(e.name) ? 1 : 2;
      return e.country === 'INTL' && KOREA_WORDS.test(e.name + ' ' + e.aliases.join(' ')) ? 2 : 0.5;
    case 'place':
      return e.country === 'KP' ? 3 : e.country === 'INTL' ? 2 : korean ? 1.5 : 0.5;
  }
}

/** Is this page a news article (not an index, section, video or product page)? Explainable by the returned reasons. */
export function detectArticle(s: PageSignals): { isArticle: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (s.ogType && /article/i.test(s.ogType)) reasons.push('og:type=' + s.ogType);
  const ld = s.jsonLdTypes.find((t) => /Article|BlogPosting|Report/i.test(t));
  if (ld) reasons.push('JSON-LD ' + ld);
  if (s.hasArticleElement) reasons.push('<article> element');
  if (s.publishedAt) reasons.push('publish date ' + s.publishedAt);
  const words = countWords(s.body);
  if (words >= 250) reasons.push(words + ' words of running text');
  let isArticle = reasons.length >= 2 || words >= 400;
  let path = '';
  try {
    path = new URL(s.url).pathname;
  } catch {
    /* not a URL: no path signal */
  }
  const indexLike = (path === '/' || /\/(tags?|topics?|sections?|category|categories|search|videos?|live|author|authors)(\/|$)/i.test(path)) && !ld;
  if (indexLike) {
    reasons.push('index, section or video address');
    isArticle = false;
  }
  if (/video/i.test(s.ogType ?? '') && words < 250) {
    reasons.push('video page');
    isArticle = false;
  }
  if ((s.linkDensity ?? 0) > 0.6 && !ld) {
    reasons.push(`mostly links (${Math.round((s.linkDensity ?? 0) * 100)} %)`);
    isArticle = false;
  }
  return { isArticle, reasons };
}

/** Share of Hangul among the letters of a text's first 4,000 characters. */
function hangulShare(text: string): number {
  let h = 0;
  let l = 0;
  for (let i = 0, n = Math.min(text.length, 4000); i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xac00 && c <= 0xd7a3) h++;
    else if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff))) continue;
    l++;
  }
  return l ? h / l : 0;
}

/** Detection weight of a Korea word on this page: on Korean-language pages "한국" says nothing. */
function keywordWeight(k: Keyword, korean: boolean): number {
  if (korean && (k.side === 'k' || k.side === 'S')) return 0;
  return k.weight;
}

/** Scores the page's relation to the Korean peninsula from corpus entries and Korea words. */
export function detectKorea(index: CorpusIndex, s: PageSignals, sensitivity: Sensitivity = 'normal'): Detection {
  const art = detectArticle(s);
  const korean = /^ko/i.test(s.lang ?? '') || hangulShare(s.headline + ' ' + s.body.slice(0, 4000)) > 0.5;
  const c = collectSignals(index, s, korean);
  const words = Math.max(1, countWords(s.body));
  // Paragraphs long enough to be running text.
  let blocks = 0;
  for (let i = 0; i < c.blockStarts.length; i++) if ((c.blockStarts[i + 1] ?? s.body.length) - c.blockStarts[i] >= 40) blocks++;
  const coverage = Math.min(1, c.hitBlocks.size / Math.max(1, blocks));
  const sc = scoreSignals(c);
  const density = (c.mentions / words) * 1000;
  const { related, verdict } = verdictOf(sensitivity, art, { ...sc, signals: c.sig.size, coverage, blocks, hitBlocks: c.hitBlocks.size, density });
  const { score, strong, reasons } = sc;
  return {
    isArticle: art.isArticle,
    articleReasons: art.reasons,
    korea: {
      related,
      score: Math.round(score * 100) / 100,
      density: Math.round(density * 10) / 10,
      coverage: Math.round(coverage * 100) / 100,
      words,
      strong,
      reasons,
      verdict,
    },
  };
}

/** One signal (an entry or a Korea word) as collected: its most prominent place and how often it occurs. */
interface Signal {
  label: string;
  weight: number;
  where: Where;
  count: number;
  /** Every occurrence was an acronym ("DMZ", "NIS"). */
  acronymOnly: boolean;
}

/** The Korea signals of one page. */
interface Collected {
  /** Entry id or `keyword:<text>` -> the signal. */
  sig: Map<string, Signal>;
  /**
   * A Korea word, a Korean person, place or body, or an event is on the page. Without such an
   * anchor, generic names such as "DMZ", "demilitarized zone" or "ICBM" say little.
   */
  anchored: boolean;
  /** Occurrences outside the headline (for the density). */
  mentions: number;
  /** Body paragraphs that carry a peninsula-specific signal: a one-paragraph aside in a roundup is not a Korea article. */
  hitBlocks: Set<number>;
  /** Start offsets of the body's paragraphs. */
  blockStarts: number[];
}

/** Collects the weighted corpus entries and Korea words of the headline, lead and body. */
function collectSignals(index: CorpusIndex, s: PageSignals, korean: boolean): Collected {
  const c: Collected = { sig: new Map(), anchored: false, mentions: 0, hitBlocks: new Set(), blockStarts: [0] };
  const parts: [Where, string][] = [
    ['headline', s.headline],
    ['lead', s.lead],
    ['body', s.body],
  ];
  for (const [where, text] of parts) {
    if (!text) continue;
    const scan = scanText(index, text, { articleDate: s.publishedAt, koreaPage: false, density: 'all', quiet: false, keywords: true });
    if (where === 'body') c.blockStarts = scan.blockStarts;
    scan.mentions.forEach((m, i) => {
      if (m.why) return; // surnames and titles repeat names already counted
      const e = index.entries[m.entry];
      const w = entryWeight(e);
      if (w <= 0) return;
      note(
        c,
        e.id,
        e.name,
        w,
        where,
        isAcronym(text.slice(m.start, m.end)),
        e.country === 'KR' || e.country === 'KP' || e.kind === 'event' || e.kind === 'topic' || e.kind === 'agreement',
      );
      if (where !== 'headline') c.mentions++;
      if (where === 'body' && w >= 2) c.hitBlocks.add(scan.mentionBlocks[i]);
    });
    for (const k of scan.keywords) {
      const kw = KEYWORDS[k.keyword];
      const w = keywordWeight(kw, korean);
      if (w <= 0) continue;
      note(c, 'keyword:' + kw.text.toLowerCase(), kw.text, w, where, false, true);
      if (where !== 'headline') c.mentions++;
      if (where === 'body' && kw.strong) c.hitBlocks.add(k.block);
    }
  }
  return c;
}

/** Counts one occurrence of a signal: the first creates it; later ones raise its count and keep its most prominent place. */
function note(c: Collected, key: string, label: string, weight: number, where: Where, acronym: boolean, anchor: boolean): void {
  c.anchored ||= anchor;
  const r = c.sig.get(key);
  if (!r) c.sig.set(key, { label, weight, where, count: 1, acronymOnly: acronym });
  else {
    r.count++;
    if (LOC[where] > LOC[r.where]) r.where = where;
    r.acronymOnly &&= acronym;
  }
}

/** The page's score from its signals, the reasons that explain it (best first), and whether a specific signal is there, and in the headline or lead. */
function scoreSignals(c: Collected): { score: number; strong: boolean; top: boolean; reasons: Reason[] } {
  const reasons: Reason[] = [];
  let strong = false;
  let top = false;
  let score = 0;
  let weak = 0;
  const hasKoreaWord = [...c.sig.keys()].some((k) => k.startsWith('keyword:'));
  for (const [key, r] of c.sig) {
    // A bare acronym ("DMZ", "NIS") on a page that never says Korea says little.
    const w = !c.anchored || (r.acronymOnly && !hasKoreaWord) ? r.weight * 0.25 : r.weight;
    const points = w * LOC[r.where] * (1 + 0.25 * Math.min(r.count - 1, 4));
    if (w >= 2) strong = true;
    if (w >= 2 && r.where !== 'body') top = true;
    if (w >= 2) score += points;
    else weak += points;
    reasons.push({ signal: key, label: r.label, weight: w, where: r.where, count: r.count, points: Math.round(points * 100) / 100 });
  }
  // Weak signals (Korea, Seoul, universities …) add up to a little, never to a Korea article by themselves.
  score += Math.min(weak, 3);
  reasons.sort((a, b) => b.points - a.points);
  return { score, strong, top, reasons };
}

/** The measures the verdict weighs. */
interface Measures {
  score: number;
  strong: boolean;
  top: boolean;
  /** Number of distinct signals. */
  signals: number;
  coverage: number;
  /** Paragraphs long enough to be running text. */
  blocks: number;
  hitBlocks: number;
  density: number;
}

/** The verdict under a sensitivity (see {@link THRESHOLDS}), with one line saying why. */
function verdictOf(sensitivity: Sensitivity, art: { isArticle: boolean; reasons: string[] }, m: Measures): { related: boolean; verdict: string } {
  if (sensitivity === 'everywhere') {
    const related = m.signals > 0;
    return { related, verdict: related ? 'a corpus name or Korea word is on the page' : 'nothing Korean on the page' };
  }
  const { score, strong, top, coverage } = m;
  const t = THRESHOLDS[sensitivity];
  const topical = top && score >= t.minScore && (coverage >= 0.1 || m.blocks <= 2);
  const running = coverage >= t.minCoverage && m.hitBlocks >= 3 && score >= 2 * t.minScore && m.density >= t.minDensity;
  // A page that is not an article (index, section, video, product) needs overwhelming evidence.
  const related = strong && (topical || running) && (art.isArticle || (score >= 3 * t.minScore && !art.reasons.some((r) => /index|video|links/.test(r))));
  let verdict = related
    ? topical
      ? 'a peninsula name in the headline or lead, and enough of them'
      : `peninsula names run through ${Math.round(coverage * 100)} % of the paragraphs`
    : !strong
      ? 'no peninsula-specific name (world leaders, capitals, bylines and "Korea" alone do not count)'
      : !top
        ? `no peninsula name in the headline or lead, and they cover only ${Math.round(coverage * 100)} % of the paragraphs`
        : `score ${Math.round(score * 10) / 10} below ${t.minScore} or the names stay in one corner of the page`;
  if (!art.isArticle) verdict += '; not an article';
  return { related, verdict };
}
