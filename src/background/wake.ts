/**
 * Sites the reader forced on get the gate even when the sentinel's cheap test stays quiet: when a
 * page of theirs finishes loading, and when the settings change (the reader just forced the site on).
 */
import browser from '../platform/browser';
import { injectGate } from '../platform/page-link';
import { loadSettings } from '../platform/settings-store';
import { siteMode, type Settings } from '../core/settings/settings';

function forcedOn(s: Settings, url: string | undefined): boolean {
  if (!url || !s.enabled) return false;
  try {
    const u = new URL(url);
    const readable = u.protocol === 'https:' || u.protocol === 'http:' || (u.protocol === 'file:' && s.filePages);
    return readable && siteMode(s, u.hostname) === 'on';
  } catch {
    return false;
  }
}

async function wakeForced(tabs: { id?: number; url?: string }[]): Promise<void> {
  const { settings } = await loadSettings(browser.storage);
  for (const t of tabs) if (t.id !== undefined && forcedOn(settings, t.url)) await injectGate(t.id).catch(() => undefined);
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
