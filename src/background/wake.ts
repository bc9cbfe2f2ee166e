/**
 * Sites the reader forced on get the gate even when the sentinel's cheap test stays quiet: when a
 * page of theirs finishes loading, and when the settings change (the reader just forced the site on).
 */
import browser from '../platform/browser';
import { injectGate } from '../platform/page-link';
import { loadSettings } from '../platform/settings-store';
import { addressVerdict } from '../core/activation';

async function wakeForced(tabs: { id?: number; url?: string }[]): Promise<void> {
  const { settings } = await loadSettings(browser.storage);
  for (const t of tabs) if (t.id !== undefined && t.url && addressVerdict(settings, t.url) === 'forced') await injectGate(t.id).catch(() => undefined);
}

/** Registers the listeners. */
export function registerWake(): void {
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'complete') void wakeForced([{ id: tabId, url: tab.url }]).catch(() => undefined);
  });
  browser.storage.onChanged.addListener(() => {
    void browser.tabs
      .query({})
      .then(wakeForced)
      .catch(() => undefined);
  });
}
