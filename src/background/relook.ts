/**
 * A page that failed the sentinel's test is not watched from inside (an observer on every page
 * costs every page); instead the background runs the sentinel again in a tab whose address changed
 * (an SPA route, infinite scroll that moves the address) or whose title starts to name the
 * peninsula (an article rendered after the page loaded). The sentinel looks again only if the
 * address or title differs from its last look, so the run that follows a full page load costs it
 * almost nothing; a page where the gate already runs ignores it.
 */
import browser from '../platform/browser';
import { hasKoreaHint } from '../core/detection/hints';

/** One run per tab per burst of changes (a live page may retitle itself every second). */
const QUIET_MS = 400;
/**
 * A route change inside the page (History API) is reported as "loading" with the new address and
 * "complete" at once in Chromium, as one "complete" with the address in Firefox; a new document
 * completes only after it loaded, where the manifest's own sentinel runs anyway.
 */
const SAME_DOCUMENT_MS = 15;
const SENTINEL = '/sentinel.js';

const pending = new Map<number, ReturnType<typeof setTimeout>>();
const addressAt = new Map<number, number>();

const pageAddress = (url: string | undefined) => !!url && /^(https?|file):/.test(url);

function relook(tabId: number): void {
  clearTimeout(pending.get(tabId));
  pending.set(
    tabId,
    setTimeout(() => {
      pending.delete(tabId);
      browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [SENTINEL] }).catch(() => undefined);
    }, QUIET_MS),
  );
}

/** Registers the listener. */
export function registerRelook(): void {
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (!pageAddress(tab.url)) return;
    if (info.url && info.status === 'loading') addressAt.set(tabId, Date.now());
    else if (info.url) relook(tabId);
    else if (info.status === 'complete') {
      const at = addressAt.get(tabId);
      addressAt.delete(tabId);
      if (at !== undefined && Date.now() - at < SAME_DOCUMENT_MS) relook(tabId);
    }
    if (info.title && hasKoreaHint(info.title)) relook(tabId);
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    clearTimeout(pending.get(tabId));
    pending.delete(tabId);
    addressAt.delete(tabId);
  });
}
