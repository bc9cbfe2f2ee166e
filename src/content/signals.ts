/**
 * Reads page signals from a Document with standard DOM calls only, so the
 * analyze CLI runs the same code on saved pages (in a DOM emulation).
 * Detection reads only text a reader can see: hidden elements, screen-reader-only
 * text and off-screen tricks are left out.
 */
import type { PageSignals } from '../core/detection/detect';
import { VisibleTextWalk } from './visible-text';
import { publishDate } from '../core/detection/dating';

const meta = (doc: Document, sel: string): string[] => [...doc.querySelectorAll(sel)].map((m) => m.getAttribute('content') ?? '').filter(Boolean);

function jsonLd(doc: Document): { types: string[]; published: string[]; headline?: string; articleBody?: string } {
  const types: string[] = [];
  const published: string[] = [];
  let headline: string | undefined;
  let articleBody: string | undefined;
  const visit = (x: unknown, depth: number) => {
    if (depth > 6 || x === null || typeof x !== 'object') return;
    if (Array.isArray(x)) return x.slice(0, 50).forEach((y) => visit(y, depth + 1));
    const o = x as Record<string, unknown>;
    const t = o['@type'];
    for (const ty of Array.isArray(t) ? t : [t]) if (typeof ty === 'string') types.push(ty);
    if (typeof o.datePublished === 'string') published.push(o.datePublished);
    if (!headline && typeof o.headline === 'string') headline = o.headline;
    if (!articleBody && typeof o.articleBody === 'string') articleBody = o.articleBody;
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
  return { types, published, headline, articleBody };
}

// ---- visibility -------------------------------------------------------------

/** Inline or computed declarations that hide an element's text from a reader. */
const HIDING_STYLE =
  /(^|;)\s*(display\s*:\s*none|visibility\s*:\s*(hidden|collapse)|opacity\s*:\s*0(\.0*)?\s*(;|$|!)|font-size\s*:\s*0(px|em|rem|%)?\s*(;|$|!)|clip\s*:\s*rect\(\s*0|clip-path\s*:\s*inset\(\s*50%|text-indent\s*:\s*-\d{3,}|(left|top)\s*:\s*-\d{3,}px|transform\s*:\s*scale\(\s*0\s*\))/i;

/** True when a declaration block hides its element (both in a style attribute and a style sheet rule). */
export function hidesText(style: string): boolean {
  if (HIDING_STYLE.test(style)) return true;
  // Collapsed to nothing: zero height or width with overflow hidden.
  return /(^|;)\s*overflow\s*:\s*hidden/i.test(style) && /(^|;)\s*(max-)?(height|width)\s*:\s*0(px)?\s*(;|$|!)/i.test(style);
}

/**
 * Elements hidden by the page's style sheets, found once per page: in a DOM emulation
 * without layout (the analyze CLI) this is what stands in for computed styles.
 */
export function hiddenBySheets(doc: Document, root: Element): Set<Element> {
  const out = new Set<Element>();
  const visit = (rules: CSSRuleList | undefined, depth: number) => {
    if (!rules || depth > 3) return;
    for (const r of Array.from(rules)) {
      const sr = r as CSSStyleRule;
      if (sr.selectorText && sr.style && hidesText(sr.style.cssText)) {
        if (/:(hover|focus|active|checked|target|visited)/.test(sr.selectorText)) continue;
        try {
          for (const el of root.querySelectorAll(sr.selectorText)) out.add(el);
          if (root.matches(sr.selectorText)) out.add(root);
        } catch {
          /* a selector the emulation does not know */
        }
      } else if ((r as CSSMediaRule).media && /^(all|screen|)$/i.test((r as CSSMediaRule).media.mediaText.trim())) {
        visit((r as CSSMediaRule).cssRules, depth + 1);
      }
    }
  };
  for (const sheet of Array.from(doc.styleSheets ?? [])) {
    try {
      visit(sheet.cssRules, 0);
    } catch {
      /* a cross-origin sheet cannot be read */
    }
  }
  return out;
}

/** A visibility test for one page: real layout in a browser, style rules in an emulation. */
export function visibilityTester(doc: Document, root: Element): (el: Element) => boolean {
  const view = doc.defaultView;
  const probe = root as Element & { checkVisibility?: (o?: object) => boolean };
  if (typeof probe.checkVisibility === 'function' && view) {
    const vw = Math.max(view.innerWidth, 1);
    return (el) => {
      const e = el as Element & { checkVisibility: (o?: object) => boolean };
      if (!e.checkVisibility({ opacityProperty: true, visibilityProperty: true, checkOpacity: true, checkVisibilityCSS: true })) return false;
      const r = el.getBoundingClientRect();
      // Off-screen and collapsed tricks: entirely left of the page, far above it, or no area at all.
      if (r.right <= 0 && r.left < 0) return false;
      if (r.bottom < -2000 || r.left > vw + 2000) return false;
      const cs = view.getComputedStyle(el);
      // Collapsed to nothing (screen-reader-only text), or text made invisible by size or indent.
      if ((r.width < 2 || r.height < 2) && (cs.overflow === 'hidden' || cs.position === 'absolute' || cs.position === 'fixed') && (el.textContent ?? '').trim())
        return false;
      if (parseFloat(cs.fontSize) === 0 || parseFloat(cs.textIndent) < -999) return false;
      return true;
    };
  }
  const sheets = hiddenBySheets(doc, root);
  return (el) => !sheets.has(el) && !hidesText(el.getAttribute('style') ?? '');
}

// ---- the main text ------------------------------------------------------------

const MAIN_HINT =
  /article[-_]?(body|content|view|txt|text)|news[-_]?(body|content|view|text|article)|story[-_]?(body|content)|entry[-_]content|post[-_](content|body)|articlebody|dic_area|newsct|art_txt|view_con|cont_view|read_body|article_txt/i;

const NOT_RUNNING = new Set(['A', 'SCRIPT', 'STYLE', 'NAV', 'FOOTER', 'ASIDE', 'BUTTON', 'LI', 'NOSCRIPT', 'TEMPLATE']);
const INLINE = new Set(['B', 'I', 'EM', 'STRONG', 'SPAN', 'FONT', 'U', 'SMALL', 'SUP', 'SUB', 'MARK', 'Q', 'CITE']);
const PARAGRAPH = new Set(['P', 'H2', 'H3', 'H4', 'H5', 'H6', 'BLOCKQUOTE', 'FIGCAPTION']);

/**
 * The element holding the article text: the container with the most running text of its
 * own (paragraphs and line-broken text, not links), preferring article markup.
 */
export function findMainRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const score = new Map<Element, number>();
  const add = (el: Element | null, v: number) => {
    if (el) score.set(el, (score.get(el) ?? 0) + v);
  };
  // Whether text under an element is running text; one answer per element (siblings share it).
  const running = new Map<Element, boolean>();
  const isRunning = (p: Element) => {
    let ok = running.get(p);
    if (ok === undefined) {
      ok = true;
      for (let a: Element | null = p, depth = 0; a && depth < 4 && ok; a = a.parentElement, depth++) ok = !NOT_RUNNING.has(a.tagName);
      running.set(p, ok);
    }
    return ok;
  };
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let count = 0;
  for (let n = walker.nextNode(); n && count < 20000; n = walker.nextNode(), count++) {
    const d = (n as Text).data;
    // Most text nodes are the white space between tags: rejected before any string is made.
    if (d.length < 25) continue;
    const t = d.length > 4000 ? d.slice(0, 4000).trim() : d.trim();
    if (t.length < 25) continue;
    let p = n.parentElement;
    // Text inside links, scripts or navigation is not running text.
    if (!p || !isRunning(p)) continue;
    while (p && INLINE.has(p.tagName)) p = p.parentElement;
    if (p && PARAGRAPH.has(p.tagName)) p = p.parentElement;
    add(p, t.length);
    add(p?.parentElement ?? null, t.length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, v] of score) {
    const hint = MAIN_HINT.test((el.id ?? '') + ' ' + (el.getAttribute('class') ?? '')) || el.matches('article, [itemprop="articleBody"], [role="article"]');
    const s = v * (hint ? 1.5 : 1);
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  if (best && bestScore >= 400) return best;
  const candidates = [...doc.querySelectorAll('article, [itemprop="articleBody"], [role="article"]')];
  let longest: Element | null = null;
  let longestLen = 0;
  for (const c of candidates.slice(0, 30)) {
    const len = (c.textContent ?? '').length;
    if (len > longestLen) {
      longest = c;
      longestLen = len;
    }
  }
  if (longest && longestLen > 500) return longest;
  return doc.querySelector('main, [role="main"]') ?? body;
}

/** How much visible text detection reads. */
export const DETECT_CHARS = 150_000;

export interface SignalReading {
  /** The visible-text walk: step it to the end (in one go, or in slices between tasks). */
  walk: VisibleTextWalk;
  finish(): { signals: PageSignals; root: Element | null };
}

/** Everything detection needs, read once. */
export function readSignals(doc: Document, url: string): { signals: PageSignals; root: Element | null } {
  const r = startSignals(doc, url);
  while (!r.walk.step());
  return r.finish();
}

/** The same reading in steps: the walk over the visible text is the long part on big pages. */
export function startSignals(doc: Document, url: string): SignalReading {
  const root = findMainRoot(doc);
  const visible = root ? visibilityTester(doc, root) : () => true;
  // Detection reads the first 150,000 characters: enough to judge, cheap on endless pages.
  const walk = new VisibleTextWalk(root, visible, DETECT_CHARS);
  return { walk, finish: () => finishSignals(doc, url, root, visible, walk.result()) };
}

function finishSignals(doc: Document, url: string, root: Element | null, visible: (el: Element) => boolean, vt: { text: string; linkDensity: number }) {
  const ld = jsonLd(doc);
  let body = vt.text;
  // A page that renders its article from script data (not run in an emulation): read that data.
  if (body.split(/\s+/).length < 80 && ld.articleBody && ld.articleBody.length > body.length) body = ld.articleBody;
  const h1El = [...doc.querySelectorAll('h1')].find((h) => !h.closest('[hidden],[aria-hidden="true"]') && visible(h));
  const h1 = h1El?.textContent?.trim();
  const headline = meta(doc, 'meta[property="og:title"]')[0] ?? ld.headline ?? h1 ?? doc.title ?? '';
  const paras = body
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 60);
  const lead = paras.length ? paras.slice(0, 2).join('\n') : body.slice(0, 600);
  const timeEls = [...doc.querySelectorAll('time[datetime]')]
    .sort((a, b) => Number(b.matches('[itemprop="datePublished"], [pubdate]')) - Number(a.matches('[itemprop="datePublished"], [pubdate]')))
    .map((t) => t.getAttribute('datetime') ?? '');
  const publishedAt = publishDate({
    metaPublished: [
      ...meta(doc, 'meta[property="article:published_time"], meta[name="article:published_time"], meta[property="og:published_time"]'),
      ...meta(
        doc,
        'meta[itemprop="datePublished"], meta[name="pubdate"], meta[name="publish-date"], meta[name="date"], meta[name="dc.date"], meta[name="DC.date.issued"]',
      ),
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
      linkDensity: vt.linkDensity,
    },
  };
}
