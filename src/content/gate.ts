/**
 * The gate: injected by the background on a page that passed the sentinel's cheap test, on a site
 * the reader forced on, or when the reader asks the page something (popup, menu). It reads the
 * settings and, only for a page that qualifies, asks the background for the engine (which then
 * decides, with the corpus, whether the page is a Korea article). It runs once per page.
 */
import { addressVerdict } from '../core/activation';
import { siteMode, type Settings } from '../core/settings/settings';
import { native } from '../platform/native';
import { watchSettings, type StorageLike } from '../platform/settings-store';
import { isMessage, type PageStatus } from '../core/messages';
import { pageMentionsKorea } from './prefilter';
import { watchLateContent } from './late-content';
import { loaded, whenLoaded, type EngineModule } from './handoff';

const api = native;

let settings: Settings | null = null;
let requested: Promise<EngineModule> | null = null;
let stopWatch: (() => void) | null = null;

/** Local files are read only when the reader turned that on. */
const allowedHere = (s: Settings) => location.protocol !== 'file:' || s.filePages;

function engine(): Promise<EngineModule> {
  requested ??= api.runtime
    .sendMessage({ type: 'kc:inject', what: 'engine' })
    .then(() => whenLoaded('engine'))
    .catch((e: unknown) => {
      requested = null;
      throw e;
    });
  return requested;
}

/** Decides, from settings and cheap signals, whether the engine should look at this page. */
function evaluate(): void {
  const s = settings;
  if (!s) return;
  const running = loaded('engine');
  if (running) return running.apply(allowedHere(s) ? s : { ...s, enabled: false });
  const verdict = addressVerdict(s, location.href);
  if (verdict === 'off') return stopWatching();
  if (verdict === 'forced' || pageMentionsKorea(document, location.href)) {
    stopWatching();
    void engine().then(
      (e) => settings && e.apply(settings),
      () => undefined,
    );
  } else watchForLateContent();
}

function watchForLateContent(): void {
  stopWatch ??= watchLateContent(evaluate);
}

function stopWatching(): void {
  stopWatch?.();
  stopWatch = null;
}

function idleStatus(): PageStatus {
  const s = settings;
  const reason = !s || !s.enabled ? 'global-off' : !allowedHere(s) || siteMode(s, location.hostname) === 'off' ? 'site-off' : 'not-korea';
  return { status: reason === 'not-korea' ? 'idle' : 'off', reason, host: location.hostname, origin: location.origin, matches: 0, entries: [] };
}

const answer = ((msg: unknown) => {
  if (!isMessage(msg)) return undefined;
  const running = loaded('engine');
  if (running) return running.handle(msg);
  if (msg.type === 'kc:get-status') return Promise.resolve(idleStatus());
  if (msg.type === 'kc:step' || msg.type === 'kc:open-briefing') return Promise.resolve({ ok: false });
  // A look-up or a card the reader asked for on a page the engine skipped.
  return engine().then((e) => {
    if (settings) e.apply(settings);
    return e.handle(msg);
  });
}) as Parameters<typeof api.runtime.onMessage.addListener>[0];

const GATE_KEY = '__koreaContextGate';
const g = globalThis as unknown as Record<string, boolean | undefined>;
if (!g[GATE_KEY]) {
  g[GATE_KEY] = true;
  start();
}

function start(): void {
  api.runtime.onMessage.addListener(answer);
  // The first read and every later change, newest read only: a slow older read never undoes a newer setting.
  watchSettings(
    api.storage as unknown as StorageLike,
    (s) => {
      settings = s;
      evaluate();
    },
    { initial: true },
  );
}
