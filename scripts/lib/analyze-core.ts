// The analyze CLI's core: runs the extension's own page reader, detector and matcher on saved HTML.
import { shouldActivate } from '../../src/core/activation';
import { JSDOM, VirtualConsole } from 'jsdom';
import { indexCorpus, resolveMentions, type CorpusIndex, type Mention } from '../../src/core/corpus/corpus-index';
import { detectKorea, type Reason, type Sensitivity } from '../../src/core/detection/detect';
import { readSignals } from '../../src/content/signals';
import { loadCorpus } from './corpus-files';

export interface AnalyzedMention {
  text: string;
  start: number;
  end: number;
  why?: Mention['why'];
}

export interface Analysis {
  file: string;
  title: string;
  url: string;
  isArticle: boolean;
  articleReasons: string[];
  publishedAt: string | null;
  korea: { related: boolean; score: number; density: number; coverage: number; verdict?: string; reasons: Reason[] };
  /** Words of visible main text, highlights painted, and highlights per 100 words. */
  words: number;
  highlights: number;
  per100Words: number;
  matches: { id: string; name: string; count: number; mentions: AnalyzedMention[] }[];
}

export interface AnalyzeOptions {
  sensitivity?: Sensitivity;
  /** The reader's density setting (default 'first': each name once per part of the article). */
  density?: 'first' | 'all';
}

let shared: CorpusIndex | null = null;
export function corpusIndex(): CorpusIndex {
  return (shared ??= indexCorpus(loadCorpus()));
}

/** Parses HTML without running its scripts or fetching anything. */
export function parseHtml(html: string, url: string): Document {
  const vc = new VirtualConsole();
  return new JSDOM(html, { url, virtualConsole: vc }).window.document;
}

/** The page's own address when it names one (canonical or og:url), else the file's. */
function pageUrl(doc: Document, fallback: string): string {
  const c = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  try {
    return c ? new URL(c, fallback).href : fallback;
  } catch {
    return fallback;
  }
}

/** Detection and highlights for one saved page, as the extension would compute them. */
export function analyzeHtml(html: string, file: string, opts: AnalyzeOptions | Sensitivity = {}): Analysis {
  const { sensitivity = 'normal', density = 'first' } = typeof opts === 'string' ? { sensitivity: opts } : opts;
  const index = corpusIndex();
  const fileUrl = 'file://' + (file.startsWith('/') ? file : '/' + file);
  const doc = parseHtml(html, fileUrl);
  const url = pageUrl(doc, fileUrl);
  const { signals } = readSignals(doc, url);
  const det = detectKorea(index, signals, sensitivity);
  // The extension's own activation rule, for a site left on "Auto".
  const everywhere = sensitivity === 'everywhere' ? resolveMentions(index, signals.body, { max: 1 }).length : 0;
  const related = shouldActivate({ enabled: true, siteMode: 'auto', sensitivity, detection: det, mentions: everywhere }).active;
  const byEntry = new Map<number, AnalyzedMention[]>();
  let highlights = 0;
  if (related) {
    const text = signals.body;
    for (const m of resolveMentions(index, text, { articleDate: signals.publishedAt, density, koreaPage: true })) {
      const list = byEntry.get(m.entry) ?? [];
      list.push(
        m.why ? { text: text.slice(m.start, m.end), start: m.start, end: m.end, why: m.why } : { text: text.slice(m.start, m.end), start: m.start, end: m.end },
      );
      byEntry.set(m.entry, list);
      highlights++;
    }
  }
  const words = det.korea.words;
  return {
    file,
    title: doc.title,
    url,
    isArticle: det.isArticle,
    articleReasons: det.articleReasons,
    publishedAt: signals.publishedAt,
    korea: {
      related,
      score: det.korea.score,
      density: det.korea.density,
      coverage: det.korea.coverage,
      verdict: det.korea.verdict,
      reasons: det.korea.reasons,
    },
    words,
    highlights,
    per100Words: Math.round((highlights / Math.max(1, words)) * 10000) / 100,
    matches: [...byEntry.entries()]
      .map(([i, mentions]) => ({ id: index.entries[i].id, name: index.entries[i].name, count: mentions.length, mentions }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
  };
}
