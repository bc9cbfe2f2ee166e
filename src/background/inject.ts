/**
 * Injects the engine and UI bundles and the highlight style sheet into a page, on request of our own
 * content script only. Nothing is web-accessible: a page can neither fetch our files nor see our CSS
 * until the reader's page is active.
 */
import browser from '../platform/browser';
import type { Handlers } from '../core/messages';
import { ENGINE_DATA_CHUNKS } from '../content/engine-data';

/** Bundle files, beside the manifest in every build. */
const BUNDLES = { engine: 'engine.js', ui: 'ui.js', cards: 'cards.js' } as const;

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** The tab of a message that came from our own content script in a page's top frame, else null. */
export function senderTab(sender: unknown): number | null {
  const s = sender as Sender | undefined;
  if (!s || s.id !== browser.runtime.id || s.tab?.id === undefined || s.frameId !== 0 || !s.url) return null;
  const protocol = s.url.slice(0, s.url.indexOf(':'));
  return protocol === 'https' || protocol === 'http' || protocol === 'file' ? s.tab.id : null;
}

/** Highlight rules only: `::highlight(name) { declarations }`, nothing that could style the page itself. */
const SAFE_CSS = /^(\s*::highlight\([a-z][a-z0-9-]*\)\s*\{[^{}<]*\}\s*)+$/;

export const injectHandlers: Handlers = {
  'kc:inject': async (m, sender) => {
    const tabId = senderTab(sender);
    if (tabId === null) return { ok: false };
    const target = { tabId, frameIds: [0] };
    // The engine's index data first, one script per call: each arrives in a task of its own.
    if (m.what === 'engine') for (let i = 0; i < ENGINE_DATA_CHUNKS; i++) await browser.scripting.executeScript({ target, files: [`engine-data-${i}.js`] });
    await browser.scripting.executeScript({ target, files: [BUNDLES[m.what]] });
    return { ok: true };
  },
  'kc:css': async (m, sender) => {
    const tabId = senderTab(sender);
    if (tabId === null || !SAFE_CSS.test(m.css)) return { ok: false };
    const target = { tabId, frameIds: [0] };
    if (m.remove) await browser.scripting.removeCSS({ target, css: m.css }).catch(() => undefined);
    else await browser.scripting.insertCSS({ target, css: m.css });
    return { ok: true };
  },
};
