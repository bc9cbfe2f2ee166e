/**
 * The only script that runs on every page. It touches no extension API, reads no settings and
 * shows the page nothing: it runs the cheap "is this page about the peninsula?" test and, only when
 * the page passes, asks the background for the gate, which reads the settings and decides the rest.
 * Sites the reader forced on get the gate from the background directly.
 *
 * A page that fails is not watched from inside (an observer on every page cost every page that
 * keeps changing, for as long as it changed: 22 ms per 10 s on a page changing every 10 ms): the
 * background runs this script again when the tab's address changes (SPA routes) or its title starts
 * to name the peninsula, and a page whose text is still arriving (an app shell) is looked at twice
 * more, a little later. Each run looks only when the address or title changed
 * since the last look, or when it is one of those later looks.
 */
import { pageMayMentionKorea } from './prefilter';

/** Not `platform/native`: that module reads the extension global when it loads, and this script must not touch it until a page passes. */
interface Runtime {
  runtime: { sendMessage(msg: object): Promise<unknown> | void };
}
/** What this page's earlier runs left (in our isolated world: the page cannot see it). */
interface Seen {
  woken: boolean;
  url: string;
  title: string;
}

const KEY = '__koreaContextSentinel';
/**
 * Below this many characters of text (script text included: an app shell's inline scripts count) a
 * page may still be waiting for its article.
 */
const THIN = 5000;
/** When a thin page is looked at again, ms after the look before. */
const LATER = [1500, 5000];

const g = globalThis as unknown as Record<string, unknown> & { browser?: Runtime; chrome?: Runtime };

function wake(seen: Seen): void {
  seen.woken = true;
  const api = g.browser ?? g.chrome;
  try {
    void Promise.resolve(api?.runtime.sendMessage({ type: 'kc:inject', what: 'gate' })).catch(() => undefined);
  } catch {
    /* the extension was reloaded or removed: nothing to wake */
  }
}

function look(seen: Seen, later: number): void {
  if (seen.woken) return;
  seen.url = location.href;
  seen.title = document.title;
  const verdict = pageMayMentionKorea(document, seen.url);
  if (verdict.passes) wake(seen);
  else if (verdict.textLength < THIN && later < LATER.length) setTimeout(() => look(seen, later + 1), LATER[later]);
}

const seen = g[KEY] as Seen | undefined;
if (!seen) {
  const fresh: Seen = { woken: false, url: '', title: '' };
  g[KEY] = fresh;
  look(fresh, 0);
} else if (!seen.woken && (seen.url !== location.href || seen.title !== document.title)) look(seen, 0);
