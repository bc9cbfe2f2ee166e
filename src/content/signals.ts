/**
 * Reads page signals from a Document with standard DOM calls only, so the
 * analyze CLI runs the same code on saved pages (in a DOM emulation).
 */
import type { PageSignals } from '../core/detection/detect';
import { publishDate } from '../core/detection/dating';
import { collectText } from './scanner';

const meta = (doc: Document, sel: string): string[] =>
  [...doc.querySelectorAll(sel)].map((m) => m.getAttribute('content') ?? '').filter(Boolean);

function jsonLd(doc: Document): { types: string[]; published: string[]; headline?: string } {
  const types: string[] = [];
  const published: string[] = [];
  let headline: string | undefined;
  const visit = (x: unknown, depth: number) => {
    if (depth > 6 || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.slice(0, 50).forEach((y) => visit(y, depth + 1));
    const o = x as Record<string, unknown>;
    const t = o['@type'];
    for (const ty of Array.isArray(t) ? t : [t]) if (typeof ty === 'string') types.push(ty);
    if (typeof o.datePublished === 'string') published.push(o.datePublished);
    if (!headline && typeof o.headline === 'string') headline = o.headline;
    if (o['@graph']) visit(o['@graph'], depth + 1);
    if (o.mainEntity) visit(o.mainEntity, depth + 1);
  };
  for (const s of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      /* a broken JSON-LD block is the page's problem, not ours */
    }
  }
  return { types, published, headline };
}

/** The element holding the article text: the longest <article>, an articleBody, <main>, or <body>. */
export function findMainRoot(doc: Document): Element | null {
  const candidates = [...doc.querySelectorAll('article, [itemprop="articleBody"], [role="article"]')];
  let best: Element | null = null;
  let bestLen = 0;
  for (const c of candidates.slice(0, 30)) {
    const len = (c.textContent ?? '').length;
    if (len > bestLen) {
      best = c;
      bestLen = len;
    }
  }
  if (best && bestLen > 500) return best;
  return doc.querySelector('main, [role="main"]') ?? doc.body;
}

/** Everything detection needs, read once. */
export function readSignals(doc: Document, url: string): { signals: PageSignals; root: Element | null } {
  const root = findMainRoot(doc);
  const ld = jsonLd(doc);
  // Detection reads the first 150,000 characters: enough to judge, cheap on endless pages.
  const body = root ? collectText(root, 150_000).text : '';
  const h1 = doc.querySelector('h1')?.textContent?.trim();
  const headline = meta(doc, 'meta[property="og:title"]')[0] ?? ld.headline ?? h1 ?? doc.title ?? '';
  const paras: string[] = [];
  for (const p of root?.querySelectorAll('p') ?? []) {
    const t = (p.textContent ?? '').trim();
    if (t.length > 60) paras.push(t);
    if (paras.length >= 2) break;
  }
  const lead = paras.length ? paras.join('\n') : body.slice(0, 600);
  const timeEls = [...doc.querySelectorAll('time[datetime]')]
    .sort((a, b) => Number(b.matches('[itemprop="datePublished"], [pubdate]')) - Number(a.matches('[itemprop="datePublished"], [pubdate]')))
    .map((t) => t.getAttribute('datetime') ?? '');
  const publishedAt = publishDate({
    metaPublished: [
      ...meta(doc, 'meta[property="article:published_time"], meta[name="article:published_time"], meta[property="og:published_time"]'),
      ...meta(doc, 'meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publish-date"], meta[name="date"], meta[name="dc.date"], meta[name="DC.date.issued"]'),
    ],
    jsonLdPublished: ld.published,
    timeElements: timeEls,
    url,
  });
  return {
    root,
    signals: {
      url,
      title: doc.title ?? '',
      lang: doc.documentElement.getAttribute('lang') ?? undefined,
      description: meta(doc, 'meta[name="description"], meta[property="og:description"]')[0],
      ogType: meta(doc, 'meta[property="og:type"]')[0],
      jsonLdTypes: ld.types,
      hasArticleElement: !!doc.querySelector('article'),
      headline,
      lead,
      body,
      publishedAt,
    },
  };
}
