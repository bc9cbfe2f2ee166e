/** Who may ask the background for work: our own content script in a page's top frame. */
import browser from '../platform/browser';

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
  url?: string;
}

/** The tab and address of a message that came from our own content script in a page's top frame, else null. */
export function senderPage(sender: unknown): { tabId: number; url: string } | null {
  const s = sender as Sender | undefined;
  if (!s || s.id !== browser.runtime.id || s.tab?.id === undefined || s.frameId !== 0 || !s.url) return null;
  const protocol = s.url.slice(0, s.url.indexOf(':'));
  return protocol === 'https' || protocol === 'http' || protocol === 'file' ? { tabId: s.tab.id, url: s.url } : null;
}

/** The tab of a message from our own content script in a page's top frame, else null. */
export function senderTab(sender: unknown): number | null {
  return senderPage(sender)?.tabId ?? null;
}
