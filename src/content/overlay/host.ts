/**
 * The one overlay host on <html>: styles adopted as a constructed sheet (works on strict-CSP
 * pages), a render paired with destroy(). Release builds use a closed shadow root and a tag name
 * no page can guess; test builds keep the contract (<kc-host>, open root, data-kc-* status).
 */
import { render, type VNode } from 'preact';
import css from '../../ui/card.css?inline';
import { TEST_BUILD } from '../../build-flags';

const HOST_CSS = `:host{all:initial !important;position:static !important;display:block !important;contain:none !important;width:0 !important;height:0 !important;overflow:visible !important;visibility:visible !important;opacity:1 !important;transform:none !important;filter:none !important;pointer-events:auto !important;margin:0 !important;padding:0 !important;border:0 !important;}`;

export interface Host {
  el: HTMLElement;
  root: ShadowRoot;
  render(v: VNode<any>): void;
  /** Test builds only: the status attributes of the test contract. */
  setStatus(attrs: Record<string, string>): void;
  destroy(): void;
}

let sheet: CSSStyleSheet | null = null;

function tagName(): string {
  if (TEST_BUILD) return 'kc-host';
  const r = crypto.getRandomValues(new Uint8Array(4));
  return 'x-' + [...r].map((b) => b.toString(36)).join('') + '-' + (r[0] % 10);
}

export function createHost(doc: Document): Host {
  const el = doc.createElement(tagName());
  const root = el.attachShadow({ mode: TEST_BUILD ? 'open' : 'closed' });
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(HOST_CSS + css);
  }
  root.adoptedStyleSheets = [sheet];
  const mount = doc.createElement('div');
  root.append(mount);
  doc.documentElement.append(el);
  return {
    el,
    root,
    render(v) {
      if (!el.isConnected) doc.documentElement.append(el);
      render(v, mount);
    },
    setStatus(attrs) {
      if (!TEST_BUILD) return;
      for (const [k, v] of Object.entries(attrs)) el.setAttribute('data-kc-' + k, v);
    },
    destroy() {
      render(null, mount);
      el.remove();
    },
  };
}
