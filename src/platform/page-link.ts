/**
 * How the background reaches our content scripts in a tab. On most pages only the sentinel runs,
 * which listens to nothing; the gate comes in when a page passes the sentinel's test, on a site the
 * reader forced on, or when the reader asks the page something (the popup's status, a card, a
 * look-up). Pages never read the extension's storage: the settings come with the gate, and every
 * change is sent to the open tabs.
 */
import browser from './browser';
import { loadSettings } from './settings-store';
import type { Settings } from '../core/settings/settings';
import { SEED_KEY, type GateSeed } from '../core/messages';

/** The bundles the background injects, beside the manifest in every build (absolute: Firefox resolves relative paths against the calling page). */
export const BUNDLES = { gate: '/gate.js', engine: '/engine.js', ui: '/ui.js', cards: '/cards.js' } as const;

/**
 * Runs in the page's isolated world (serialised by the browser: self-contained). A running gate
 * leaves a function there to take the seed; before the gate runs, the seed waits in the global.
 */
function seed(key: string, value: GateSeed): void {
  const g = globalThis as unknown as Record<string, unknown>;
  const take = g[key];
  if (typeof take === 'function') take(value);
  else g[key] = value;
}

/**
 * Injects the gate into the tab's top frame with the reader's settings (it runs once per page; a
 * second injection is a no-op), and the engine with it when `engine` is set.
 */
export async function injectGate(tabId: number, opts: { settings?: Settings; engine?: boolean } = {}): Promise<void> {
  const settings = opts.settings ?? (await loadSettings(browser.storage)).settings;
  const target = { tabId, frameIds: [0] };
  // Either order works (see `seed`), so both go at once, and at once: by default the browser holds
  // injections back until the page is idle, which on a page still loading its images and scripts
  // can be long after the text is there.
  const now = { target, injectImmediately: true };
  await Promise.all([
    browser.scripting.executeScript({ ...now, func: seed, args: [SEED_KEY, { settings, engine: !!opts.engine }] }),
    browser.scripting.executeScript({ ...now, files: opts.engine ? [BUNDLES.gate, BUNDLES.engine] : [BUNDLES.gate] }),
  ]);
}

/** Tells the gates of these tabs (where one runs) that the settings changed; returns the tabs whose gate took them. */
export async function sendSettings(tabs: { id?: number }[], settings: Settings): Promise<Set<number>> {
  const msg = { type: 'kc:settings', settings };
  const reached = new Set<number>();
  await Promise.all(
    tabs.map((t) =>
      t.id === undefined
        ? undefined
        : browser.tabs
            .sendMessage(t.id, msg, { frameId: 0 })
            .then(() => void reached.add(t.id!))
            .catch(() => undefined),
    ),
  );
  return reached;
}

/** Sends `msg` to the page, waking the gate when nothing answers; null when the page cannot be reached. */
export async function askPage<T>(tabId: number, msg: object): Promise<T | null> {
  try {
    return (await browser.tabs.sendMessage(tabId, msg)) as T;
  } catch {
    /* nothing listening yet */
  }
  try {
    await injectGate(tabId);
    return (await browser.tabs.sendMessage(tabId, msg)) as T;
  } catch {
    return null;
  }
}
