/**
 * How the content bundles find each other. The gate (injected when the sentinel's cheap test
 * passes), the engine (injected when the gate's settings allow it) and the UI (injected when the
 * page turns active or a card is asked for) share the extension's isolated world, so a property on its global
 * object is invisible to the page's own scripts.
 */
import type { Corpus } from '../core/corpus/types';
import type { Settings } from '../core/settings/settings';
import type { UiModule } from './overlay/ui-module';

/** What the card text bundle offers the overlay. */
export interface CardsModule {
  corpus: Corpus;
}

/** What the engine bundle offers the gate. */
export interface EngineModule {
  /** Starts, updates or stops the page session for these settings. */
  apply(settings: Settings): void;
  /** Answers a content message (status, card, briefing, look-up). */
  handle(msg: unknown): Promise<unknown> | undefined;
}

interface Modules {
  engine: EngineModule;
  ui: UiModule;
  cards: CardsModule;
}
type Kind = keyof Modules;

interface Handoff {
  loaded: Partial<Modules>;
  waiting: { [K in Kind]: ((m: Modules[K]) => void)[] };
}

const KEY = '__koreaContextHandoff';

function handoff(): Handoff {
  const g = globalThis as unknown as Record<string, Handoff | undefined>;
  return (g[KEY] ??= { loaded: {}, waiting: { engine: [], ui: [], cards: [] } });
}

/** Called once by a bundle when it has loaded. */
export function provide<K extends Kind>(kind: K, mod: Modules[K]): void {
  const h = handoff();
  h.loaded[kind] = mod;
  const waiting = h.waiting[kind];
  h.waiting[kind] = [];
  for (const w of waiting) w(mod);
}

/** The bundle if it has loaded, else null. */
export function loaded<K extends Kind>(kind: K): Modules[K] | null {
  return handoff().loaded[kind] ?? null;
}

/** Resolves when the bundle has loaded (immediately when it already has). */
export function whenLoaded<K extends Kind>(kind: K): Promise<Modules[K]> {
  const now = loaded(kind);
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => handoff().waiting[kind].push(resolve));
}
