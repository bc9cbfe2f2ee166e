/**
 * The one page observer of a session. Idle: looks again when the page grows with Korea-related text
 * or the address changes (SPA). Active: collects the blocks the page changed and hands them over in
 * batches, backing off on blocks that keep changing. Stops with the session's signal.
 */
import { hasKoreaHint } from '../core/detection/hints';
import { afterRender, sessionTimeout } from './scheduler';

export interface WatchHandlers {
  /** The address changed (SPA navigation). */
  navigated(): void;
  /** Idle mode: the page grew with text that may be about Korea. */
  grew(): void;
  /** Active mode: these outermost blocks changed; `removed` when the page removed nodes. */
  changed(blocks: Element[], removed: boolean): void;
}

const BLOCKISH = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, dd, dt, article, section, div';
/** Text worth a rescan: at least a short word (digits and punctuation, e.g. a ticking clock, are not). */
const WORDY = /[A-Za-z\u00c0-\u024f\u3131-\u318e\uac00-\ud7a3]{2}/;
const DEBOUNCE_MS = 150;
/** After a repaint, the next waits this long: a page that never stops changing costs one batch every two seconds. */
const REPAINT_GAP_MS = 2000;
const BURST = 3;
const MAX_BACKOFF_MS = 8000;

interface Churn {
  times: number;
  since: number;
}

/** Delay before a block may be rescanned: none at first, doubling while it keeps changing. */
function churnTracker(): (el: Element, now: number) => number {
  const churn = new WeakMap<Element, Churn>();
  return (el, now) => {
    const c = churn.get(el);
    if (!c || now - c.since > MAX_BACKOFF_MS) {
      churn.set(el, { times: 1, since: now });
      return 0;
    }
    c.times++;
    return c.times <= BURST ? 0 : Math.min(MAX_BACKOFF_MS, 250 * 2 ** (c.times - BURST));
  };
}

/** The outermost of the changed blocks (ancestor walk, not pairwise: pages may add 10,000 at once). */
function outermost(list: Element[]): Element[] {
  const set = new Set(list);
  return list.filter((n) => {
    for (let p = n.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

/** Starts watching `doc`; `mode()` says whether the session is active and which subtree it covers. */
export function watchPage(doc: Document, mode: () => { active: boolean; root: Element | null }, h: WatchHandlers, signal: AbortSignal): void {
  const body = doc.body;
  if (!body) return;
  let url = doc.location?.href ?? '';
  let dirty = new Set<Element>();
  let removed = false;
  let grew = false;
  let scheduled = false;
  let lastChanged = -Infinity;
  const backoff = churnTracker();

  const flush = () => {
    scheduled = false;
    if (signal.aborted) return;
    const href = doc.location?.href ?? '';
    if (href !== url) {
      url = href;
      dirty.clear();
      return h.navigated();
    }
    const m = mode();
    if (!m.active) {
      if (grew) h.grew();
      grew = false;
      return;
    }
    const outer = outermost([...dirty].filter((n) => n.isConnected));
    dirty = new Set();
    const now = performance.now();
    const ready: Element[] = [];
    let later = 0;
    for (const el of outer) {
      const wait = backoff(el, now);
      if (wait === 0) ready.push(el);
      else {
        dirty.add(el);
        later = Math.max(later, wait);
      }
    }
    if (ready.length || removed) {
      lastChanged = performance.now();
      h.changed(ready, removed);
    }
    removed = false;
    if (later) schedule(later);
  };

  const schedule = (ms = DEBOUNCE_MS) => {
    if (scheduled) return;
    scheduled = true;
    // Rescan once the page has rendered what it added: its style and layout are then not ours to pay.
    sessionTimeout(() => afterRender(flush, signal), ms, signal);
  };

  const inScope = (el: Element, root: Element | null) => (root ? root.contains(el) : true) || !!el.closest('article, main, [role="main"]');
  const blockOf = (n: Node): Element | null => {
    const el = n.nodeType === 1 ? (n as Element) : n.parentElement;
    return el ? (el.closest(BLOCKISH) ?? el) : null;
  };

  const observer = new MutationObserver((records) => {
    const m = mode();
    for (const r of records) {
      if (!m.active) {
        for (const n of r.addedNodes) if (!grew && hasKoreaHint((n.textContent ?? '').slice(0, 20000))) grew = true;
        continue;
      }
      const nodes = r.type === 'characterData' ? [r.target] : [...r.addedNodes];
      if (r.removedNodes.length) removed = true;
      for (const n of nodes) {
        if ((n.nodeType !== 1 && n.nodeType !== 3) || !WORDY.test((n.textContent ?? '').slice(0, 5000))) continue;
        const b = blockOf(n);
        if (b && inScope(b, m.root)) dirty.add(b);
      }
    }
    if ((doc.location?.href ?? '') !== url || grew) schedule();
    else if (dirty.size || removed) schedule(Math.max(DEBOUNCE_MS, lastChanged + REPAINT_GAP_MS - performance.now()));
  });
  observer.observe(body, { childList: true, subtree: true, characterData: true });
  // SPA routers change the address without adding nodes sometimes.
  doc.defaultView?.addEventListener('popstate', () => schedule(), { signal });
  signal.addEventListener('abort', () => observer.disconnect(), { once: true });
}
