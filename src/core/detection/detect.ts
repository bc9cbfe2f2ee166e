import type { CorpusIndex } from '../corpus/corpus-index';
import { resolveMentions } from '../corpus/corpus-index';
import { compileMatcher } from '../matching/matcher';
import { isAcronym } from '../matching/normalize';
import type { Entry } from '../corpus/types';

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
  /** The main text (article body, or the page body without navigation). */
  body: string;
  publishedAt: string | null;
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
  korea: { related: boolean; score: number; density: number; coverage: number; words: number; strong: boolean; reasons: Reason[] };
}

/**
 * Thresholds (documented in docs/detection.md): a page is about the Korean peninsula
 * when it has at least one strong signal, a score of at least `minScore`, and
 * either a signal in the headline or lead or `minDensity` signal mentions per 1,000 words.
 */
export const THRESHOLDS: Record<Exclude<Sensitivity, 'everywhere'>, { minScore: number; minDensity: number }> = {
  strict: { minScore: 10, minDensity: 6 },
  normal: { minScore: 6, minDensity: 3 },
};

/** Words that say "Korea" without being corpus names. Strong ones point at the peninsula's politics. */
const KEYWORDS: { text: string; weight: number; strong: boolean }[] = [
  ...['North Korea', 'North Korean', 'North Koreans', 'N. Korea', 'N. Korean', 'inter-Korean', 'Korean War',
    'Korean Peninsula', 'two Koreas', 'Koreas', '북한', '북측', '남북', '남북한', '대북', '북핵', '조선반도', '한반도']
    .map((text) => ({ text, weight: 3, strong: true })),
  ...['South Korea', 'South Korean', 'South Koreans', 'S. Korea', 'S. Korean', 'Korea', 'Korean', 'Koreans',
    '한국', '대한민국', '남한']
    .map((text) => ({ text, weight: 1, strong: false })),
];
const keywordMatcher = compileMatcher(KEYWORDS.map((k) => ({ text: k.text })));
const WEAK_CAP = 3;
/** Share of body paragraphs that must carry a signal when the headline and lead carry none. */
export const MIN_COVERAGE = 0.3;
const LOC: Record<Where, number> = { headline: 3, lead: 2, body: 1 };

/** How much one entry says about the page being on the peninsula. */
export function entryWeight(e: Entry): number {
  switch (e.kind) {
    case 'person':
    case 'event':
    case 'agreement':
    case 'topic':
      return 3;
    case 'term':
      return 2;
    case 'organisation':
      return e.country === 'KP' ? 3 : e.country === 'KR' ? 2 : 1;
    case 'place':
      // North Korean places and the division line's places say "peninsula"; Seoul alone does not.
      return e.country === 'KP' ? 3 : e.country === 'INTL' ? 2 : 1;
  }
}

/** Entries that tie a page to Korea by themselves: Korean people, places and bodies, and events. */
function isAnchor(e: Entry): boolean {
  if (e.country === 'KR' || e.country === 'KP') return true;
  return e.kind === 'event' || e.kind === 'topic' || e.kind === 'agreement';
}

/** Is this page a news article? Explainable by the returned reasons. */
export function detectArticle(s: PageSignals): { isArticle: boolean; reasons: string[] } {
  const reasons: string[] = [];
  if (s.ogType && /article/i.test(s.ogType)) reasons.push('og:type=' + s.ogType);
  const ld = s.jsonLdTypes.find((t) => /Article|BlogPosting|Report/i.test(t));
  if (ld) reasons.push('JSON-LD ' + ld);
  if (s.hasArticleElement) reasons.push('<article> element');
  if (s.publishedAt) reasons.push('publish date ' + s.publishedAt);
  const words = countWords(s.body);
  if (words >= 250) reasons.push(words + ' words of running text');
  const isArticle = reasons.length >= 2 || words >= 400;
  return { isArticle, reasons };
}

/** Words in a text; Hangul word-units count like words. */
export function countWords(text: string): number {
  let n = 0;
  const re = /\S+/g;
  while (re.exec(text)) n++;
  return n;
}

/** Scores the page's relation to the Korean peninsula from corpus entries and Korea words. */
export function detectKorea(index: CorpusIndex, s: PageSignals, sensitivity: Sensitivity = 'normal'): Detection {
  const art = detectArticle(s);
  const parts: [Where, string][] = [['headline', s.headline], ['lead', s.lead], ['body', s.body]];
  const sig = new Map<string, { label: string; weight: number; where: Where; count: number; acronymOnly: boolean; strong: boolean; anchor: boolean }>();
  const note = (key: string, label: string, weight: number, where: Where, acronym: boolean, strong: boolean, anchor: boolean) => {
    const r = sig.get(key);
    if (!r) sig.set(key, { label, weight, where, count: 1, acronymOnly: acronym, strong, anchor });
    else {
      r.count++;
      if (LOC[where] > LOC[r.where]) r.where = where;
      r.acronymOnly &&= acronym;
    }
  };
  let mentions = 0;
  // Body blocks (paragraphs) that carry a signal: a one-paragraph aside in a roundup is not a Korea article.
  const blockStarts: number[] = [0];
  for (let i = s.body.indexOf('\n'); i >= 0; i = s.body.indexOf('\n', i + 1)) blockStarts.push(i + 1);
  const blockOf = (pos: number) => {
    let lo = 0;
    let hi = blockStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (blockStarts[mid] <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const hitBlocks = new Set<number>();
  for (const [where, text] of parts) {
    if (!text) continue;
    for (const m of resolveMentions(index, text, { articleDate: s.publishedAt })) {
      const e = index.entries[m.entry];
      const acr = isAcronym(text.slice(m.start, m.end));
      note(e.id, e.name, entryWeight(e), where, acr, entryWeight(e) >= 2, isAnchor(e));
      if (where !== 'headline') mentions++;
      if (where === 'body') hitBlocks.add(blockOf(m.start));
    }
    for (const m of keywordMatcher.find(text)) {
      const k = KEYWORDS[m.alias];
      note('keyword:' + k.text.toLowerCase(), k.text, k.weight, where, false, k.strong, true);
      if (where !== 'headline') mentions++;
      if (where === 'body') hitBlocks.add(blockOf(m.start));
    }
  }
  const words = Math.max(1, countWords(s.body));
  const blocks = s.body.split('\n').filter((b) => b.trim().length >= 40).length || 1;
  const coverage = Math.min(1, hitBlocks.size / blocks);
  // Without a Korean anchor (a Korea word, a Korean person, place or body), generic names
  // such as "DMZ", "demilitarized zone" or "ICBM" say little.
  const anchored = [...sig.values()].some((r) => r.anchor);
  const reasons: Reason[] = [];
  let strong = false;
  let score = 0;
  let weak = 0;
  let top = false;
  for (const [key, r] of sig) {
    const w = !anchored || (r.acronymOnly && ![...sig.keys()].some((k) => k.startsWith('keyword:'))) ? r.weight * 0.25 : r.weight;
    const points = w * LOC[r.where] * (1 + 0.25 * Math.min(r.count - 1, 4));
    if (r.strong && w >= 2) strong = true;
    if (!key.startsWith('keyword:') || r.strong) score += points;
    else weak += points;
    if (r.where !== 'body' && w >= 2) top = true;
    reasons.push({ signal: key, label: r.label, weight: w, where: r.where, count: r.count, points: Math.round(points * 100) / 100 });
  }
  score += Math.min(weak, WEAK_CAP);
  reasons.sort((a, b) => b.points - a.points);
  const density = (mentions / words) * 1000;
  let related: boolean;
  if (sensitivity === 'everywhere') related = sig.size > 0;
  else {
    const t = THRESHOLDS[sensitivity];
    related = strong && score >= t.minScore && (top || (density >= t.minDensity && coverage >= MIN_COVERAGE)) && (art.isArticle || sensitivity === 'normal' && score >= 2 * t.minScore);
  }
  return {
    isArticle: art.isArticle,
    articleReasons: art.reasons,
    korea: { related, score: Math.round(score * 100) / 100, density: Math.round(density * 10) / 10, coverage: Math.round(coverage * 100) / 100, words, strong, reasons },
  };
}
