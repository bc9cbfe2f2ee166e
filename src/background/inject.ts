/**
 * Injects the engine and UI bundles and the highlight style sheet into a page, on request of our own
 * content script only. Nothing is web-accessible: a page can neither fetch our files nor see our CSS
 * until the reader's page is active.
 */
import browser from '../platform/browser';
import type { Handlers } from '../core/messages';
import { addressVerdict } from '../core/activation';
import { BUNDLES, injectGate } from '../platform/page-link';
import { currentSettings } from './settings-cache';
import { warmIndex } from './matching';
import { senderPage, senderTab } from './sender';
import { highlightCss } from './highlight-css';

export const injectHandlers: Handlers = {
  'kc:inject': async (m, sender) => {
    const page = senderPage(sender);
    if (!page) return { ok: false };
    if (m.what === 'gate') {
      // A page that may be a Korea article: the index loads (if the background was asleep), and
      // where the settings allow it the engine comes with the gate (one round trip less).
      warmIndex();
      const settings = await currentSettings();
      await injectGate(page.tabId, { settings, engine: addressVerdict(settings, page.url) !== 'off' });
    } else await browser.scripting.executeScript({ target: { tabId: page.tabId, frameIds: [0] }, files: [BUNDLES[m.what]] });
    return { ok: true };
  },
  'kc:get-settings': (_m, sender) => (senderPage(sender) ? currentSettings() : null),
  'kc:css': async (m, sender) => ({ ok: await highlightCss(senderTab(sender), m.css, m.remove) }),
};
