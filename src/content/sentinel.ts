/**
 * The only script that runs on every page. It touches no extension API, reads no settings and
 * shows the page nothing: it runs the cheap "is this page about the peninsula?" test and, only when
 * the page passes (now or after it grows or changes address), asks the background for the gate,
 * which reads the settings and decides the rest. Sites the reader forced on get the gate from the
 * background directly.
 */
import { pageMayMentionKorea, hasKoreaHint } from './prefilter';

interface Runtime {
  runtime: { sendMessage(msg: object): Promise<unknown> | void };
}

const KEY = '__koreaContextSentinel';
const g = globalThis as unknown as Record<string, unknown> & { browser?: Runtime; chrome?: Runtime };

let watcher: MutationObserver | null = null;

function wake(): void {
  watcher?.disconnect();
  watcher = null;
  const api = g.browser ?? g.chrome;
  try {
    void Promise.resolve(api?.runtime.sendMessage({ type: 'kc:inject', what: 'gate' })).catch(() => undefined);
  } catch {
    /* the extension was reloaded or removed: nothing to wake */
  }
}

/** Pages that fill in later (infinite scroll, SPA routes) get another look, debounced and backing off. */
function watch(): void {
  if (watcher || !document.body) return;
  let timer = 0;
  let delay = 250;
  let pending: Node[] = [];
  let lastUrl = location.href;
  watcher = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (pending.length < 200) pending.push(n);
    if (timer) return;
    timer = window.setTimeout(() => {
      timer = 0;
      delay = Math.min(delay * 2, 4000);
      const nodes = pending;
      pending = [];
      const moved = location.href !== lastUrl;
      lastUrl = location.href;
      const hint = moved || hasKoreaHint(document.title) || nodes.some((n) => hasKoreaHint((n.textContent ?? '').slice(0, 20000)));
      if (hint && pageMayMentionKorea(document, location.href)) wake();
    }, delay);
  });
  watcher.observe(document.body, { childList: true, subtree: true });
}

if (!g[KEY]) {
  g[KEY] = true;
  if (pageMayMentionKorea(document, location.href)) wake();
  else watch();
}
