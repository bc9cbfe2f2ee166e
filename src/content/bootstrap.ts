/**
 * The script that runs on every page. It stays tiny: it reads the site
 * setting and cheap page signals, and only a page that qualifies loads the
 * engine (corpus, matcher, UI) with a dynamic import.
 */
import { siteMode, type Settings } from '../core/settings/settings';
import { watchSettings, type StorageLike } from '../platform/settings-store';
import { isMessage, type PageStatus } from '../core/messages';
import { pageMentionsKorea, KOREA_HINT } from './prefilter';
import type { Engine } from './engine';

type Api = typeof import('webextension-polyfill');
const api: Api = ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome);


let engine: Engine | null = null;
let enginePromise: Promise<Engine> | null = null;
let settings: Settings | null = null;
let watcher: MutationObserver | null = null;
let lastUrl = location.href;

function loadEngine(): Promise<Engine> {
  enginePromise ??= import('./engine').then((m) => (engine = m.createEngine()));
  return enginePromise;
}

function mode(s: Settings): 'off' | 'on' | 'auto' {
  if (!s.enabled) return 'off';
  return siteMode(s, location.hostname);
}

/** Decides, from settings and cheap signals, whether to run the engine. */
async function evaluate(): Promise<void> {
  const s = settings!;
  const m = mode(s);
  if (m === 'off') {
    engine?.stop();
    return;
  }
  const forced = m === 'on' || s.sensitivity === 'everywhere';
  if (engine) {
    engine.update(s, forced);
    return;
  }
  if (forced || pageMentionsKorea(document, location.href)) {
    stopWatching();
    (await loadEngine()).start(s, forced);
  } else {
    watchForLateContent();
  }
}

/** Pages that fill in later (infinite scroll, SPA routes) get a second look, debounced. */
function watchForLateContent(): void {
  if (watcher || !document.body) return;
  let timer = 0;
  let pending: Node[] = [];
  watcher = new MutationObserver((records) => {
    for (const r of records) for (const n of r.addedNodes) if (pending.length < 200) pending.push(n);
    if (timer) return;
    timer = window.setTimeout(() => {
      timer = 0;
      const nodes = pending;
      pending = [];
      const moved = location.href !== lastUrl;
      lastUrl = location.href;
      if (moved || KOREA_HINT.test(document.title) || nodes.some((n) => KOREA_HINT.test((n.textContent ?? '').slice(0, 20000)))) void evaluate();
    }, 250);
  });
  watcher.observe(document.body, { childList: true, subtree: true });
}

function stopWatching(): void {
  watcher?.disconnect();
  watcher = null;
}

function idleStatus(): PageStatus {
  const s = settings;
  const off = !s || !s.enabled ? 'global-off' : mode(s) === 'off' ? 'site-off' : 'not-korea';
  return { status: off === 'not-korea' ? 'idle' : 'off', reason: off, host: location.hostname, origin: location.origin, matches: 0, entries: [] };
}

api.runtime.onMessage.addListener(((msg: unknown) => {
  if (!isMessage(msg)) return undefined;
  if (engine) return engine.handle(msg);
  if (msg.type === 'kc:get-status') return Promise.resolve(idleStatus());
  // A look-up, a card or the briefing asked for on a page the engine skipped.
  return loadEngine().then((e) => e.handle(msg));
}) as Parameters<typeof api.runtime.onMessage.addListener>[0]);

// The first read and every later change, newest read only: a slow older read never undoes a newer setting.
watchSettings(
  api.storage as unknown as StorageLike,
  (s) => {
    settings = s;
    void evaluate();
  },
  { initial: true },
);
