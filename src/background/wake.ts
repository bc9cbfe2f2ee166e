/**
 * Sites the reader forced on get the gate even when the sentinel's cheap test stays quiet: when a
 * page of theirs finishes loading, and when the settings change (the reader just forced the site on).
 * Every settings change also goes to the gates already running (pages never read storage).
 */
import browser from '../platform/browser';
import { injectGate, sendSettings } from '../platform/page-link';
import { currentSettings, dropSettings } from './settings-cache';
import { addressVerdict } from '../core/activation';
import { STORAGE_KEY, type Settings } from '../core/settings/settings';

async function wakeForced(tabs: { id?: number; url?: string }[], settings: Settings): Promise<void> {
  for (const t of tabs)
    if (t.id !== undefined && t.url && addressVerdict(settings, t.url) === 'forced') await injectGate(t.id, { settings }).catch(() => undefined);
}

/** Registers the listeners. */
export function registerWake(): void {
  browser.tabs.onUpdated.addListener((tabId, info, tab) => {
    if (info.status === 'complete')
      void currentSettings()
        .then((s) => wakeForced([{ id: tabId, url: tab.url }], s))
        .catch(() => undefined);
  });
  let seq = 0;
  browser.storage.onChanged.addListener((changes) => {
    if (!(STORAGE_KEY in changes)) return;
    dropSettings();
    const mine = ++seq;
    void (async () => {
      const settings = await currentSettings();
      // Reads can finish out of order: only the newest goes out.
      if (mine !== seq) return;
      const tabs = await browser.tabs.query({});
      const reached = await sendSettings(tabs, settings);
      // Tabs whose gate already took the new settings need no second injection.
      await wakeForced(
        tabs.filter((t) => t.id !== undefined && !reached.has(t.id)),
        settings,
      );
    })().catch(() => undefined);
  });
}
