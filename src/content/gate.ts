/**
 * The gate: injected by the background on a page that passed the sentinel's cheap test, on a site
 * the reader forced on, or when the reader asks the page something (popup, menu). It gets the
 * settings from the background (with the injection, then on every change; it never reads storage)
 * and, only for a page that qualifies, asks for the engine (which then decides, with the corpus,
 * whether the page is a Korea article). It runs once per page.
 */
import { addressVerdict } from '../core/activation';
import { siteMode, type Settings } from '../core/settings/settings';
import { native } from '../platform/native';
import { isMessage, SEED_KEY, type GateSeed, type Message, type PageStatus } from '../core/messages';
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

/** The settings come with the injection; a gate injected without them asks the background. */
async function withSettings(): Promise<void> {
  if (settings) return;
  const s = (await api.runtime.sendMessage({ type: 'kc:get-settings' })) as Settings | null;
  if (!settings && s) settings = s;
}

const answer = ((msg: unknown) => {
  if (!isMessage(msg)) return undefined;
  if (msg.type === 'kc:settings') {
    settings = (msg as Message<'kc:settings'>).settings;
    evaluate();
    return Promise.resolve({ ok: true });
  }
  const running = loaded('engine');
  if (running) return running.handle(msg);
  if (msg.type === 'kc:get-status') return Promise.resolve(idleStatus());
  if (msg.type === 'kc:step' || msg.type === 'kc:open-briefing') return Promise.resolve({ ok: false });
  // A look-up or a card the reader asked for on a page the engine skipped.
  return withSettings()
    .then(engine)
    .then((e) => {
      if (settings) e.apply(settings);
      return e.handle(msg);
    });
}) as Parameters<typeof api.runtime.onMessage.addListener>[0];

const GATE_KEY = '__koreaContextGate';
const g = globalThis as unknown as Record<string, unknown>;
if (!g[GATE_KEY]) {
  g[GATE_KEY] = true;
  api.runtime.onMessage.addListener(answer);
  // The background sends the settings with the gate, in either order: taken now if they came
  // first, else (and on every later injection) through the function left in their place.
  const take = (seed: GateSeed) => {
    // The engine is on its way in the same injection: wait for it rather than ask for another.
    if (seed.engine) requested ??= whenLoaded('engine');
    settings = seed.settings;
    evaluate();
  };
  const seeded = g[SEED_KEY];
  g[SEED_KEY] = take;
  if (seeded && typeof seeded === 'object') take(seeded as GateSeed);
}
