/**
 * The engine, loaded only on pages that pass the bootstrap's cheap test:
 * detection, one-pass matching, painting, the overlay, and live updates.
 * Everything it does to a page is undone by stop().
 */
import { h } from 'preact';
import browser from '../platform/browser';
import { corpus } from '../corpus/data';
import { indexCorpusSteps, resolveMentions, type CorpusIndex, type MentionOptions } from '../core/corpus/corpus-index';
import { searchEntries } from '../core/corpus/search';
import { detectKorea, type Detection } from '../core/detection/detect';
import { buildCardModel } from '../core/cards/card-model';
import { dispatch, type EntrySummary, type Handlers, type PageStatus } from '../core/messages';
import type { EntryKind } from '../core/corpus/types';
import type { Settings } from '../core/settings/settings';
import { resolveLanguage, setLanguage, language } from '../ui/i18n';
import { readSignals } from './signals';
import { TextWalker, locate, type TextMap } from './scanner';
import { Highlighter, type PaintedMention } from './highlighter';
import { createHost, type Host } from './overlay/host';
import { Overlay, type OverlayActions, type OverlayState } from './overlay/Overlay';

const CHUNK_CHARS = 20000;
const TASK_BUDGET_MS = 12;

let sharedIndex: CorpusIndex | null = null;
let indexing: Promise<CorpusIndex> | null = null;
function getIndex(): CorpusIndex {
  if (!sharedIndex) throw new Error('corpus index not ready');
  return sharedIndex;
}

/** Compiles the corpus once, one step per task, so the page never waits on one long task. */
function prepareIndex(timed: <T>(label: string, fn: () => T) => T): Promise<CorpusIndex> {
  indexing ??= new Promise((resolve) => {
    const steps = indexCorpusSteps(corpus);
    const next = () => {
      const r = timed('index', () => steps.next());
      if (r.done) resolve((sharedIndex = r.value));
      else setTimeout(next, 0);
    };
    next();
  });
  return indexing;
}

const idle = (fn: () => void) => setTimeout(fn, 0);

export interface Engine {
  start(settings: Settings, forced: boolean): void;
  stop(): void;
  update(settings: Settings, forced: boolean): void;
  handle(msg: unknown): Promise<unknown> | undefined;
}

export function createEngine(): Engine {
  let settings: Settings;
  let forced = false;
  let active = false;
  let detection: Detection | null = null;
  let articleDate: string | null = null;
  let pageFound = new Set<number>();
  let host: Host | null = null;
  let abort: AbortController | null = null;
  let observer: MutationObserver | null = null;
  let generation = 0;
  let lastUrl = location.href;
  let lastLen = 0;
  /** Longest main-thread slice of our own work, exposed for the dynamic-page tests and the bench. */
  let longestTask = 0;
  let longestLabel = '';
  const timed = <T>(label: string, fn: () => T): T => {
    const t0 = performance.now();
    try {
      return fn();
    } finally {
      const d = performance.now() - t0;
      if (d > longestTask) {
        longestTask = d;
        longestLabel = label;
      }
    }
  };
  const hl = new Highlighter();
  const counts = new Map<number, number>();
  const mentionEntry = new WeakMap<PaintedMention, number>();
  let focusBack: Element | null = null;
  let cardMention: PaintedMention | null = null;
  const state: OverlayState = { theme: 'light', card: null, entries: [], matches: 0, showPill: true, panelOpen: false, frame: 0 };

  const index = () => getIndex();

  function applyPrefs() {
    let ui: string | undefined;
    try {
      ui = browser.i18n.getUILanguage();
    } catch {
      ui = navigator.language;
    }
    setLanguage(resolveLanguage(settings.language, ui));
    const dark = settings.theme === 'dark' || (settings.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
    state.theme = dark ? 'dark' : 'light';
    hl.setStyle(settings.style);
  }

  function mentionOptions(): MentionOptions {
    const kinds = new Set((Object.keys(settings.categories) as EntryKind[]).filter((k) => settings.categories[k]));
    return { articleDate, kinds, density: settings.density };
  }

  function ensureHost(): Host {
    if (!host) host = createHost(document);
    return host;
  }

  function entrySummaries(): EntrySummary[] {
    const idx = index();
    return [...counts.entries()]
      .map(([i, count]) => ({ id: idx.entries[i].id, name: idx.entries[i].name, kind: idx.entries[i].kind, count }))
      .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  }

  function publish() {
    state.entries = entrySummaries();
    state.matches = hl.all().length;
    if (host) {
      host.el.setAttribute('data-kc-status', active ? 'active' : 'lookup');
      host.el.setAttribute('data-kc-matches', String(active ? state.matches : 0));
      host.el.setAttribute('data-kc-entries', String(active ? state.entries.length : 0));
      host.el.setAttribute('data-kc-longest-task', longestTask.toFixed(1));
      host.el.setAttribute('data-kc-longest-task-kind', longestLabel);
      rerender();
    }
    void browser.runtime.sendMessage({ type: 'kc:status-changed', matches: active ? state.entries.length : 0, active }).catch(() => {});
  }

  let renderQueued = false;
  function rerender() {
    if (!host || renderQueued) return;
    renderQueued = true;
    queueMicrotask(() => {
      renderQueued = false;
      host?.render(h(Overlay, { state: { ...state }, actions }));
    });
  }

  /** Matching state carried into a new scan: names already on the page (for short forms and "first mention"). */
  function carriedState(): { seenFull: Set<number>; counted: Set<number> } {
    return { seenFull: new Set(counts.keys()), counted: settings.density === 'first' ? new Set(counts.keys()) : new Set() };
  }

  /** Paints the mentions found in one chunk of text. */
  function paintChunk(map: TextMap, opts: MentionOptions, seen: { seenFull: Set<number>; counted: Set<number> }) {
    const idx = index();
    const visible = new Map<Element, boolean>();
    const painted: PaintedMention[] = [];
    for (const m of resolveMentions(idx, map.text, { ...opts, found: pageFound, state: seen })) {
      if (hl.all().length + painted.length >= settings.maxHighlights) break;
      const a = locate(map, m.start);
      const b = locate(map, m.end, true);
      if (!a || !b) continue;
      const parent = a.node.parentElement;
      if (parent) {
        let v = visible.get(parent);
        if (v === undefined) {
          v = typeof parent.checkVisibility === 'function' ? parent.checkVisibility({ visibilityProperty: true } as CheckVisibilityOptions) : true;
          visible.set(parent, v);
        }
        if (!v) continue;
      }
      const r = document.createRange();
      try {
        r.setStart(a.node, a.offset);
        r.setEnd(b.node, b.offset);
      } catch {
        continue;
      }
      const pm: PaintedMention = { entryId: idx.entries[m.entry].id, range: r };
      mentionEntry.set(pm, m.entry);
      counts.set(m.entry, (counts.get(m.entry) ?? 0) + 1);
      painted.push(pm);
    }
    hl.add(painted);
  }

  /** Scans `root` in short tasks; stops if a newer generation started. */
  function scan(root: Node) {
    const gen = generation;
    const walker = new TextWalker(root);
    const opts = mentionOptions();
    const seen = carriedState();
    const step = () => {
      if (gen !== generation || !active) return;
      timed('scan', () => {
        const t0 = performance.now();
        while (!walker.done && performance.now() - t0 < TASK_BUDGET_MS) {
          paintChunk(walker.next(CHUNK_CHARS), opts, seen);
          if (hl.all().length >= settings.maxHighlights) walker.done = true;
        }
        publish();
      });
      if (!walker.done) idle(step);
    };
    step();
  }

  function detect(): boolean {
    return timed('detect', detectNow);
  }

  function detectNow(): boolean {
    const { signals, root } = readSignals(document, location.href);
    articleDate = signals.publishedAt;
    detection = detectKorea(index(), signals, settings.sensitivity);
    lastLen = signals.body.length;
    pageFound = new Set(detection.korea.reasons.filter((r) => !r.signal.startsWith('keyword:')).map((r) => index().byId.get(r.signal)!).filter((x) => x !== undefined));
    const go = forced || (detection.korea.related && (detection.isArticle || settings.sensitivity === 'everywhere'));
    if (go && root) {
      activate(root);
      return true;
    }
    return false;
  }

  function activate(root: Element) {
    active = true;
    generation++;
    applyPrefs();
    ensureHost();
    publish();
    idle(() => scan(root));
    listen();
    observe(root);
  }

  function deactivate() {
    generation++;
    active = false;
    hl.clear();
    counts.clear();
    state.card = null;
    state.panelOpen = false;
    cardMention = null;
    abort?.abort();
    abort = null;
    observer?.disconnect();
    observer = null;
    host?.destroy();
    host = null;
  }

  /** Re-scans blocks that the page changed; new content appears highlighted within a few hundred ms. */
  function observe(root: Element) {
    const dirty = new Set<Node>();
    let purge = false;
    let timer = 0;
    const flush = () => {
      timer = 0;
      if (!active) return;
      if (location.href !== lastUrl) {
        lastUrl = location.href;
        restart();
        return;
      }
      const list = [...dirty].filter((n) => n.isConnected);
      dirty.clear();
      // Keep only the outermost changed blocks (ancestor walk, not pairwise: pages may add 10,000 at once).
      const set = new Set(list);
      const queue = list.filter((n) => {
        for (let p = n.parentNode; p; p = p.parentNode) if (set.has(p)) return false;
        return true;
      });
      const gen = generation;
      const opts = mentionOptions();
      let current: TextWalker | null = null;
      const work = () => {
        if (gen !== generation || !active) return;
        timed('update', () => {
          const t0 = performance.now();
          if (purge) {
            hl.purgeDisconnected();
            purge = false;
          }
          while ((current || queue.length) && performance.now() - t0 < TASK_BUDGET_MS) {
            if (!current) {
              const n = queue.shift()!;
              hl.removeWithin(n);
              if (hl.all().length >= settings.maxHighlights) continue;
              current = new TextWalker(n);
            }
            const seen = carriedState();
            paintChunk(current.next(CHUNK_CHARS), opts, seen);
            if (current.done || hl.all().length >= settings.maxHighlights) current = null;
          }
          recount();
          publish();
        });
        if (current || queue.length) idle(work);
      };
      work();
    };
    const inScope = (el: Element) => root.contains(el) || !!el.closest('article, main, [role="main"]');
    const mark = (n: Node) => {
      const el = n.nodeType === 1 && (n as Element).matches(BLOCKISH) ? (n as Element) : n.parentElement;
      if (el && inScope(el)) dirty.add(n.nodeType === 1 && el === n ? el : blockOf(el));
    };
    observer = new MutationObserver((records) => {
      if (location.href !== lastUrl) dirty.add(document.body);
      for (const r of records) {
        if (r.type === 'characterData') mark(r.target);
        else {
          for (const n of r.addedNodes) if (n.nodeType === 1 || n.nodeType === 3) mark(n);
          if (r.removedNodes.length) purge = true;
        }
      }
      if (!timer && (dirty.size || purge)) timer = window.setTimeout(flush, 120);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  }

  function recount() {
    counts.clear();
    for (const m of hl.all()) {
      const e = mentionEntry.get(m);
      if (e !== undefined) counts.set(e, (counts.get(e) ?? 0) + 1);
    }
  }

  /** While idle on a page that grows (infinite scroll, SPA), look again now and then. */
  function watchIdle() {
    observer?.disconnect();
    let timer = 0;
    observer = new MutationObserver(() => {
      if (timer) return;
      timer = window.setTimeout(() => {
        timer = 0;
        const moved = location.href !== lastUrl;
        const len = document.body?.textContent?.length ?? 0;
        if (moved || len > lastLen * 1.3 + 2000) {
          lastUrl = location.href;
          observer?.disconnect();
          observer = null;
          if (!detect()) watchIdle();
        }
      }, 400);
    });
    if (document.body) observer.observe(document.body, { childList: true, subtree: true });
  }

  function restart() {
    deactivate();
    if (!detect()) watchIdle();
  }

  // ---- the card and the panel ----

  function openCard(id: string, anchor: PaintedMention | null, rect?: () => DOMRect | null) {
    const model = buildCardModel(index(), id, articleDate, language());
    if (!model) return false;
    const active = document.activeElement;
    if (!state.card && !state.panelOpen) focusBack = active && active !== document.body ? active : null;
    cardMention = anchor;
    hl.setActive(anchor);
    const anchorFn = rect ?? (() => (anchor ? firstRect(anchor.range) : null));
    state.card = { stack: [model], pinned: state.card?.pinned ?? false, anchor: anchorFn };
    ensureHost();
    publish();
    return true;
  }

  function closeCard() {
    if (!state.card) return;
    state.card = null;
    cardMention = null;
    hl.setActive(null);
    rerender();
    restoreFocus();
  }

  function restoreFocus() {
    const el = focusBack as HTMLElement | null;
    focusBack = null;
    if (el?.isConnected && typeof el.focus === 'function') el.focus({ preventScroll: true });
    else if (host) (document.activeElement as HTMLElement | null)?.blur?.();
  }

  const actions: OverlayActions = {
    closeCard,
    navigate(id) {
      const model = buildCardModel(index(), id, articleDate, language());
      if (!model || !state.card) return;
      state.card = { ...state.card, choices: undefined, stack: [...state.card.stack, model] };
      rerender();
    },
    back() {
      if (!state.card || state.card.stack.length < 2) return;
      state.card = { ...state.card, stack: state.card.stack.slice(0, -1) };
      rerender();
    },
    togglePin() {
      if (!state.card) return;
      state.card = { ...state.card, pinned: !state.card.pinned };
      rerender();
    },
    togglePanel(open) {
      const next = open ?? !state.panelOpen;
      if (next && !state.panelOpen && !state.card) {
        const a = document.activeElement;
        focusBack = a && a !== document.body ? a : null;
      }
      state.panelOpen = next;
      ensureHost();
      rerender();
      if (!next) restoreFocus();
    },
    choose(id) {
      const i = index().byId.get(id);
      const first = hl.all().find((m) => mentionEntry.get(m) === i) ?? null;
      state.panelOpen = false;
      if (first) {
        const el = first.range.startContainer.parentElement;
        const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
        el?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
      }
      const keepBack = focusBack;
      openCard(id, first);
      focusBack = keepBack;
    },
  };

  function listen() {
    abort?.abort();
    abort = new AbortController();
    const opts = { capture: true, passive: true, signal: abort.signal };
    const inHost = (ev: Event) => !!host && ev.composedPath().includes(host.el);
    document.addEventListener('click', (ev) => {
      if (inHost(ev) || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      const sel = document.getSelection();
      if (sel && !sel.isCollapsed && sel.toString().trim()) return;
      const m = hl.hitTest(ev.clientX, ev.clientY);
      if (m) openCard(m.entryId, m);
    }, opts);
    document.addEventListener('pointerdown', (ev) => {
      if (inHost(ev)) return;
      if (state.panelOpen) actions.togglePanel(false);
      if (state.card && !state.card.pinned && !hl.hitTest(ev.clientX, ev.clientY)) closeCard();
    }, opts);
    let moveQueued = false;
    let lastMove: PointerEvent | null = null;
    document.addEventListener('pointermove', (ev) => {
      lastMove = ev;
      if (moveQueued) return;
      moveQueued = true;
      requestAnimationFrame(() => {
        moveQueued = false;
        if (!lastMove || !active) return;
        hl.setHover(inHost(lastMove) ? null : hl.hitTest(lastMove.clientX, lastMove.clientY));
      });
    }, opts);
    window.addEventListener('keydown', (ev) => {
      if (ev.key === 'Escape') {
        if (state.card) closeCard();
        else if (state.panelOpen) actions.togglePanel(false);
      } else if (ev.altKey && ev.shiftKey && (ev.code === 'KeyB')) {
        actions.togglePanel(true);
      }
    }, { capture: true, signal: abort.signal });
    let frameQueued = false;
    const reposition = () => {
      if (!state.card || frameQueued) return;
      frameQueued = true;
      requestAnimationFrame(() => {
        frameQueued = false;
        state.frame++;
        rerender();
      });
    };
    window.addEventListener('scroll', reposition, opts);
    window.addEventListener('resize', reposition, opts);
    matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => {
      applyPrefs();
      rerender();
    }, { signal: abort.signal });
  }

  function lookup(text: string): number {
    const found = searchEntries(index(), text, 8);
    const sel = document.getSelection();
    const range = sel && sel.rangeCount ? sel.getRangeAt(0).cloneRange() : null;
    const rect = () => (range ? firstRect(range) : null);
    if (!active) {
      applyPrefs();
      if (!abort) listen();
    }
    if (found.length === 1) {
      openCard(found[0].id, null, rect);
    } else {
      const a = document.activeElement;
      if (!state.card) focusBack = a && a !== document.body ? a : null;
      state.card = { stack: [], pinned: false, anchor: rect, choices: { query: text.slice(0, 80), items: found.map((e) => ({ id: e.id, name: e.name, kind: e.kind, count: 0 })) } };
      ensureHost();
      publish();
    }
    return found.length;
  }

  const handlers: Handlers = {
    'kc:get-status': () => status(),
    'kc:open-card': (m) => {
      const i = index().byId.get(m.id);
      const first = hl.all().find((x) => mentionEntry.get(x) === i) ?? null;
      first?.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      return { ok: openCard(m.id, first) };
    },
    'kc:open-briefing': () => {
      if (!active) return { ok: false };
      actions.togglePanel(true);
      return { ok: true };
    },
    'kc:lookup': (m) => {
      if (!settings) return { ok: false, found: 0 };
      const n = lookup(m.text);
      return { ok: true, found: n };
    },
  };

  function status(): PageStatus {
    const base = { host: location.hostname, origin: location.origin, matches: active ? hl.all().length : 0, entries: active ? entrySummaries() : [], score: detection?.korea.score };
    if (active) return { ...base, status: 'active', reason: forced ? 'forced-on' : 'detected' };
    if (!detection) return { ...base, status: 'loading', reason: 'loading' };
    return { ...base, status: 'idle', reason: detection.isArticle ? 'not-korea' : 'not-article' };
  }

  return {
    start(s, f) {
      settings = s;
      forced = f;
      applyPrefs();
      void prepareIndex(timed).then(() => setTimeout(() => {
        if (settings && !active && !detect()) watchIdle();
      }, 0));
    },
    update(s, f) {
      const prev = settings;
      settings = s;
      forced = f;
      applyPrefs();
      if (!sharedIndex) return; // start() is still compiling the corpus and will use these settings
      const needsRescan = !prev || JSON.stringify(prev.categories) !== JSON.stringify(s.categories) || prev.density !== s.density || prev.sensitivity !== s.sensitivity || prev.maxHighlights !== s.maxHighlights;
      if (!active || needsRescan || !forced) restart();
      else rerender();
    },
    stop() {
      settings && deactivate();
      observer?.disconnect();
      observer = null;
      detection = null;
    },
    handle(msg) {
      return prepareIndex(timed).then(() => dispatch(handlers, msg, null));
    },
  };
}

function firstRect(r: Range): DOMRect | null {
  const rects = r.getClientRects();
  const rect = rects.length ? rects[0] : r.getBoundingClientRect();
  if (!rect || (rect.width === 0 && rect.height === 0)) return null;
  return rect;
}

const BLOCKISH = 'p, li, h1, h2, h3, h4, h5, h6, blockquote, figcaption, td, th, dd, dt, article, section, div';
function blockOf(el: Element): Element {
  return el.closest(BLOCKISH) ?? el;
}
