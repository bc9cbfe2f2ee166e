/**
 * The only script that runs on every page. It touches no extension API, reads no settings and
 * shows the page nothing: it runs the cheap "is this page about the peninsula?" test and, only when
 * the page passes (now or after it grows or changes address), asks the background for the gate,
 * which reads the settings and decides the rest. Sites the reader forced on get the gate from the
 * background directly.
 */
import { pageMayMentionKorea } from './prefilter';
import { watchLateContent } from './late-content';

/** Not `platform/native`: that module reads the extension global when it loads, and this script must not touch it until a page passes. */
interface Runtime {
  runtime: { sendMessage(msg: object): Promise<unknown> | void };
}

const KEY = '__koreaContextSentinel';
const g = globalThis as unknown as Record<string, unknown> & { browser?: Runtime; chrome?: Runtime };

let stopWatch: (() => void) | null = null;

function wake(): void {
  stopWatch?.();
  stopWatch = null;
  const api = g.browser ?? g.chrome;
  try {
    void Promise.resolve(api?.runtime.sendMessage({ type: 'kc:inject', what: 'gate' })).catch(() => undefined);
  } catch {
    /* the extension was reloaded or removed: nothing to wake */
  }
}

function look(): void {
  if (pageMayMentionKorea(document, location.href)) wake();
}

if (!g[KEY]) {
  g[KEY] = true;
  if (pageMayMentionKorea(document, location.href)) wake();
  else stopWatch = watchLateContent(look);
}
