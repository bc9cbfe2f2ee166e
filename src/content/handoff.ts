/**
 * How the three content bundles find each other. The bootstrap (every page), the engine (injected
 * by the background on a page that passed the cheap test) and the UI (injected when the page turns
 * active or a card is asked for) share the extension's isolated world, so a property on its global
 * object is invisible to the page's own scripts.
 */
import type { Settings } from '../core/settings/settings';
import type { UiModule } from './overlay/ui-module';

/** What the engine bundle offers the bootstrap. */
export interface EngineModule {
  /** Starts, updates or stops the page session for these settings. */
  apply(settings: Settings): void;
  /** Answers a content message (status, card, briefing, look-up). */
  handle(msg: unknown): Promise<unknown> | undefined;
}

interface Handoff {
  engine?: EngineModule;
  ui?: UiModule;
  waiting: { engine: ((m: EngineModule) => void)[]; ui: ((m: UiModule) => void)[] };
}

const KEY = '__koreaContextHandoff';

function handoff(): Handoff {
  const g = globalThis as unknown as Record<string, Handoff | undefined>;
  return (g[KEY] ??= { waiting: { engine: [], ui: [] } });
}

/** Called once by a bundle when it has loaded. */
export function provide<K extends 'engine' | 'ui'>(kind: K, mod: K extends 'engine' ? EngineModule : UiModule): void {
  const h = handoff();
  (h as unknown as Record<string, unknown>)[kind] = mod;
  const waiting = h.waiting[kind] as ((m: unknown) => void)[];
  h.waiting[kind] = [];
  for (const w of waiting) w(mod);
}

/** The bundle if it has loaded, else null. */
export function loaded<K extends 'engine' | 'ui'>(kind: K): (K extends 'engine' ? EngineModule : UiModule) | null {
  return ((handoff() as unknown as Record<string, unknown>)[kind] ?? null) as never;
}

/** Resolves when the bundle has loaded (immediately when it already has). */
export function whenLoaded<K extends 'engine' | 'ui'>(kind: K): Promise<K extends 'engine' ? EngineModule : UiModule> {
  const now = loaded(kind);
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => (handoff().waiting[kind] as ((m: unknown) => void)[]).push(resolve as (m: unknown) => void));
}
