/**
 * The page's highlight style sheet, inserted by the background (pages cannot inject CSS of their own
 * into the reader's page, and nothing of ours is web-accessible).
 */
import browser from '../platform/browser';

/** Highlight rules only: `::highlight(name) { declarations }`, nothing that could style the page itself. */
const SAFE_CSS = /^(\s*::highlight\([a-z][a-z0-9-]*\)\s*\{[^{}<]*\}\s*)+$/;

/** Adds or removes a page's highlight style sheet; false when the sender or the sheet is not acceptable. */
export async function highlightCss(tabId: number | null, css: string, remove: boolean): Promise<boolean> {
  if (tabId === null || !SAFE_CSS.test(css)) return false;
  const target = { tabId, frameIds: [0] };
  if (remove) await browser.scripting.removeCSS({ target, css }).catch(() => undefined);
  else await browser.scripting.insertCSS({ target, css });
  return true;
}
