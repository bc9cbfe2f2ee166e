/**
 * What is visible, and in which colours, is known only once the page's style sheets have arrived:
 * while a sheet is still loading, Firefox lays nothing out (every element reads as invisible) and
 * Chromium styles without it (text the sheet would hide reads as visible). The sentinel runs as soon
 * as the document is parsed, often before then, so a page session waits here before it reads.
 */

/** A `<link rel=stylesheet>` the browser is still fetching, and that applies to this screen. */
function pending(link: HTMLLinkElement): boolean {
  if (link.sheet || link.hasAttribute('disabled') || /\balternate\b/i.test(link.rel)) return false;
  const media = link.media.trim();
  return !media || typeof matchMedia !== 'function' || matchMedia(media).matches;
}

/**
 * Resolves when every style sheet pending now has loaded or failed, when the page's `load` event
 * comes, or after `capMs`, whichever is first; rejects with the signal's reason when it aborts.
 */
export function stylesReady(doc: Document, signal: AbortSignal, capMs = 10_000): Promise<void> {
  if (signal.aborted) return Promise.reject(signal.reason);
  if (doc.readyState === 'complete') return Promise.resolve();
  const links = [...doc.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet" i]')].filter(pending);
  if (!links.length) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const wait = new AbortController();
    const end = (ok: boolean) => {
      wait.abort();
      if (ok) resolve();
      else reject(signal.reason);
    };
    const opts = { once: true, signal: wait.signal };
    let left = links.length;
    const arrived = () => {
      if (--left === 0) end(true);
    };
    for (const l of links) {
      l.addEventListener('load', arrived, opts);
      l.addEventListener('error', arrived, opts);
    }
    doc.defaultView?.addEventListener('load', () => end(true), opts);
    signal.addEventListener('abort', () => end(false), opts);
    const timer = setTimeout(() => end(true), capMs);
    wait.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  });
}
