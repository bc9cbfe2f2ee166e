/**
 * The one overlay host: <kc-host> on <html>, an open shadow root, styles
 * adopted as a constructed sheet (works on strict-CSP pages), and a render
 * paired with destroy().
 */
import { render, type VNode } from 'preact';
import css from '../../ui/card.css?inline';

const HOST_CSS = `:host{all:initial !important;position:static !important;display:block !important;contain:none !important;width:0 !important;height:0 !important;overflow:visible !important;visibility:visible !important;opacity:1 !important;transform:none !important;filter:none !important;pointer-events:auto !important;margin:0 !important;padding:0 !important;border:0 !important;}`;

export interface Host {
  el: HTMLElement;
  root: ShadowRoot;
  render(v: VNode<any>): void;
  destroy(): void;
}

let sheet: CSSStyleSheet | null = null;

export function createHost(doc: Document): Host {
  const el = doc.createElement('kc-host');
  const root = el.attachShadow({ mode: 'open' });
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
    destroy() {
      render(null, mount);
      el.remove();
    },
  };
}
