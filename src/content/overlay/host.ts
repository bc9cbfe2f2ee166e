/**
 * The one overlay host on <html>, owned by the page session: styles adopted as a constructed sheet
 * (works on strict-CSP pages), the polite live region and the briefing button, drawn without the UI
 * bundle so an active page pays for nothing more until the reader reaches for a card or the panel,
 * which the UI bundle renders into `mount`. Release builds use a closed shadow root and a tag name no
 * page can guess; test builds keep the contract (<kc-host>, open root, data-kc-* status).
 */
import css from '../../ui/base.css?inline';
import { TEST_BUILD } from '../../build-flags';
import { randomToken } from '../random-token';

const HOST_CSS = `:host{all:initial !important;position:static !important;display:block !important;contain:none !important;width:0 !important;height:0 !important;overflow:visible !important;visibility:visible !important;opacity:1 !important;transform:none !important;filter:none !important;pointer-events:auto !important;margin:0 !important;padding:0 !important;border:0 !important;}`;

export interface FabState {
  /** Shown only when the page has names. */
  count: number;
  expanded: boolean;
  text: string;
  label: string;
}

export interface Host {
  el: HTMLElement;
  /** Where the UI bundle renders the card and the panel. */
  mount: HTMLElement;
  /** Test builds only: the status attributes of the test contract. */
  setStatus(attrs: Record<string, string>): void;
  /** Says `text` in the polite live region. */
  announce(text: string): void;
  setFab(f: FabState): void;
  setTheme(theme: 'light' | 'dark'): void;
  /** Adds a style sheet (the UI bundle's card and panel styles) to the host. */
  adopt(sheet: CSSStyleSheet): void;
  /** True when the event happened inside the host. */
  contains(ev: Event): boolean;
  destroy(): void;
}

let sheet: CSSStyleSheet | null = null;

function tagName(): string {
  if (TEST_BUILD) return 'kc-host';
  // A valid custom-element name: a letter first, a hyphen inside.
  return 'x-' + randomToken(8) + '-' + randomToken(1);
}

/** Creates the host; `onFab` runs on a trusted activation of the briefing button. */
export function createHost(doc: Document, onFab: () => void): Host {
  const el = doc.createElement(tagName());
  const root = el.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(HOST_CSS + css);
  }
  root.adoptedStyleSheets = [sheet];
  const wrap = doc.createElement('div');
  wrap.className = 'kc-root';
  const live = doc.createElement('div');
  live.className = 'kc-visually-hidden';
  live.setAttribute('role', 'status');
  live.setAttribute('aria-live', 'polite');
  live.setAttribute('aria-atomic', 'true');
  const fab = doc.createElement('button');
  fab.type = 'button';
  fab.className = 'kc-fab';
  fab.hidden = true;
  fab.addEventListener('click', (e) => {
    if (TEST_BUILD || e.isTrusted) onFab();
  });
  const mount = doc.createElement('div');
  wrap.append(live, fab);
  root.append(wrap, mount);
  doc.documentElement.append(el);
  const attach = () => {
    if (!el.isConnected) doc.documentElement.append(el);
  };
  return {
    el,
    mount,
    setStatus(attrs) {
      if (!TEST_BUILD) return;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute('data-kc-' + k, v);
    },
    announce(text) {
      attach();
      live.textContent = text;
    },
    setFab(f) {
      attach();
      fab.hidden = f.count === 0;
      fab.textContent = f.text;
      fab.setAttribute('aria-label', f.label);
      fab.setAttribute('aria-expanded', f.expanded ? 'true' : 'false');
    },
    setTheme(theme) {
      wrap.dataset.theme = theme;
    },
    adopt(extra) {
      if (!root.adoptedStyleSheets.includes(extra)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, extra];
    },
    contains: (ev) => ev.composedPath().includes(el),
    destroy() {
      el.remove();
    },
  };
}
