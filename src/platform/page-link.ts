/**
 * Messages to our content scripts in a tab. On most pages only the sentinel runs, which listens to
 * nothing; when the reader asks the page something (the popup's status, a card, a look-up), the gate
 * is injected first and answers.
 */
import browser from './browser';

/** The bundles the background injects, beside the manifest in every build (absolute: Firefox resolves relative paths against the calling page). */
export const BUNDLES = { gate: '/gate.js', engine: '/engine.js', ui: '/ui.js', cards: '/cards.js' } as const;

/** Injects the gate into the tab's top frame (it runs once per page; a second injection is a no-op). */
export function injectGate(tabId: number): Promise<unknown> {
  return browser.scripting.executeScript({ target: { tabId, frameIds: [0] }, files: [BUNDLES.gate] });
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
