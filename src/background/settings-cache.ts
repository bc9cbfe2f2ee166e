/**
 * The background's copy of the reader's settings: read once, dropped when storage changes. Every page
 * that passes the sentinel's test asks the background for the gate, and the gate comes with the
 * settings; reading storage for each of them would put one or two storage round trips on the way to
 * the first highlight.
 */
import browser from '../platform/browser';
import { loadSettings } from '../platform/settings-store';
import type { Settings } from '../core/settings/settings';

let cached: Promise<Settings> | null = null;

/** The current settings (a fresh read after any change). */
export function currentSettings(): Promise<Settings> {
  cached ??= loadSettings(browser.storage).then((r) => r.settings);
  return cached;
}

/** Storage changed: the next read goes to storage. */
export function dropSettings(): void {
  cached = null;
}
