// The analyze CLI's core: runs the extension's own page reader, detector and matcher on saved HTML.
import { JSDOM, VirtualConsole } from 'jsdom';
import { indexCorpus, resolveMentions, type CorpusIndex } from '../../src/core/corpus/corpus-index';
import { detectKorea, type Reason, type Sensitivity } from '../../src/core/detection/detect';
import { readSignals } from '../../src/content/signals';
import { collectText } from '../../src/content/scanner';
import { loadCorpus } from './corpus-files';

export interface Analysis {
  file: string;
  title: string;
  isArticle: boolean;
  publishedAt: string | null;
  korea: { related: boolean; score: number; density: number; reasons: Reason[] };
  matches: { id: string; name: string; count: number }[];
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

export function analyzeHtml(html: string, file: string, sensitivity: Sensitivity = 'normal'): Analysis {
  const index = corpusIndex();
  const fileUrl = 'file://' + (file.startsWith('/') ? file : '/' + file);
  const doc = parseHtml(html, fileUrl);
  const url = pageUrl(doc, fileUrl);
  const { signals, root } = readSignals(doc, url);
  const det = detectKorea(index, signals, sensitivity);
  const counts = new Map<number, number>();
  if (det.korea.related && root) {
    for (const m of resolveMentions(index, collectText(root).text, { articleDate: signals.publishedAt })) counts.set(m.entry, (counts.get(m.entry) ?? 0) + 1);
  }
  return {
    file,
    title: doc.title,
    isArticle: det.isArticle,
    publishedAt: signals.publishedAt,
    korea: { related: det.korea.related && det.isArticle, score: det.korea.score, density: det.korea.density, reasons: det.korea.reasons },
    matches: [...counts.entries()]
      .map(([i, count]) => ({ id: index.entries[i].id, name: index.entries[i].name, count }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
  };
}
