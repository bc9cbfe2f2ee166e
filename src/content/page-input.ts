/**
 * The reader's input on an active page: clicks and taps on highlights, hover, keys, scroll. Every
 * handler ignores events a page script made up (release builds), and all go with the session.
 */
import { fromReader } from '../build-flags';
import type { Highlighter, PaintedMention } from './highlighter';

export interface InputTarget {
  hl: Highlighter;
  /** True when the event happened inside our overlay. */
  inOverlay(ev: Event): boolean;
  open(m: PaintedMention): void;
  /** Escape: closes the card or panel; true when something closed. */
  escape(): boolean;
  /** Enter on the mention with the keyboard ring; true when a card opened. */
  enter(): boolean;
  outsidePointer(onMention: boolean): void;
  openPanel(): void;
  /** Next (1) or previous (-1) highlighted name, with the keyboard ring. */
  step(dir: 1 | -1): void;
  reposition(): void;
  themeChanged(): void;
}

/** Listens until `signal` aborts. */
export function listenForInput(doc: Document, t: InputTarget, signal: AbortSignal): void {
  const win = doc.defaultView!;
  const passive = { capture: true, passive: true, signal };
  doc.addEventListener(
    'click',
    (ev) => {
      if (!fromReader(ev) || t.inOverlay(ev) || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
      const sel = doc.getSelection();
      if (sel && !sel.isCollapsed && sel.toString().trim()) return;
      const m = t.hl.hitTest(ev.clientX, ev.clientY);
      if (m) t.open(m);
    },
    passive,
  );
  doc.addEventListener(
    'pointerdown',
    (ev) => {
      if (!fromReader(ev) || t.inOverlay(ev)) return;
      t.outsidePointer(!!t.hl.hitTest(ev.clientX, ev.clientY));
    },
    passive,
  );
  let moveQueued = false;
  let lastMove: PointerEvent | null = null;
  let cursorEl: HTMLElement | null = null;
  let cursorWas = '';
  const setCursor = (el: HTMLElement | null) => {
    if (el === cursorEl) return;
    if (cursorEl) cursorEl.style.cursor = cursorWas;
    cursorEl = el;
    cursorWas = el?.style.cursor ?? '';
    if (el) el.style.cursor = 'pointer';
  };
  signal.addEventListener('abort', () => setCursor(null), { once: true });
  doc.addEventListener(
    'pointermove',
    (ev) => {
      if (!fromReader(ev)) return;
      lastMove = ev;
      if (moveQueued) return;
      moveQueued = true;
      win.requestAnimationFrame(() => {
        moveQueued = false;
        if (!lastMove || signal.aborted) return;
        const m = t.inOverlay(lastMove) ? null : t.hl.hitTest(lastMove.clientX, lastMove.clientY);
        t.hl.setHover(m);
        setCursor(m ? m.range.startContainer.parentElement : null);
      });
    },
    passive,
  );
  win.addEventListener(
    'keydown',
    (ev) => {
      if (!fromReader(ev)) return;
      if (ev.key === 'Escape') {
        if (t.escape()) ev.stopPropagation();
      } else if (ev.key === 'Enter' && !ev.altKey && !ev.ctrlKey && !ev.metaKey && !typing(doc)) {
        if (t.enter()) {
          ev.preventDefault();
          ev.stopPropagation();
        }
      } else if (ev.altKey && ev.shiftKey && ev.code === 'KeyB') {
        t.openPanel();
      } else if (ev.altKey && ev.shiftKey && (ev.code === 'KeyN' || ev.code === 'KeyP')) {
        // The same keys as the browser commands, for when the browser hands them to the page.
        ev.preventDefault();
        t.step(ev.code === 'KeyN' ? 1 : -1);
      }
    },
    { capture: true, signal },
  );
  win.addEventListener('scroll', () => t.reposition(), passive);
  win.addEventListener('resize', () => t.reposition(), passive);
  win.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => t.themeChanged(), { signal });
}

/** True while the reader types in a field of the page (Enter belongs to it). */
function typing(doc: Document): boolean {
  const a = doc.activeElement as HTMLElement | null;
  if (!a || a === doc.body) return false;
  return a.isContentEditable || /^(INPUT|TEXTAREA|SELECT|BUTTON|A)$/.test(a.tagName);
}
