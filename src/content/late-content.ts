/**
 * Watches a page that has not passed the cheap test yet: when it grows with peninsula words (infinite
 * scroll, articles rendered late) or changes address (SPA routes), `look` runs again — debounced and
 * backing off, so a busy page costs little. The gate uses it on a page that passed the sentinel's
 * test but not its own (the sentinel itself is run again by the background instead: background/relook).
 */
import { hasKoreaHint } from '../core/detection/hints';

/** Starts watching; returns `stop`. */
export function watchLateContent(look: () => void): () => void {
  const body = document.body;
  if (!body) return () => undefined;
  let timer = 0;
  let delay = 250;
  let pending: Node[] = [];
  let lastUrl = location.href;
  const watcher = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (pending.length < 200) pending.push(n);
    if (timer) return;
    timer = window.setTimeout(() => {
      timer = 0;
      delay = Math.min(delay * 2, 4000);
      const nodes = pending;
      pending = [];
      const moved = location.href !== lastUrl;
      lastUrl = location.href;
      if (moved || hasKoreaHint(document.title) || nodes.some((n) => hasKoreaHint((n.textContent ?? '').slice(0, 20000)))) look();
    }, delay);
  });
  watcher.observe(body, { childList: true, subtree: true });
  return () => {
    watcher.disconnect();
    if (timer) clearTimeout(timer);
    timer = 0;
  };
}
