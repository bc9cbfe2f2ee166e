// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://news.example.com/2024/06/12/korea-story"}
// The gate gets its settings from the background with the injection, in either order (the seed and
// the gate's file are injected at once), never reads storage, waits for an engine that comes with it
// instead of asking for a second one, and takes later changes from the background's messages.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULTS, type Settings } from '../../src/core/settings/settings';
import { SEED_KEY, type GateSeed } from '../../src/core/messages';
import { loaded, provide } from '../../src/content/handoff';

const DEMO = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/demo-article.html'), 'utf8');
const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULTS, sites: {}, categories: { ...DEFAULTS.categories }, ...over });
const g = globalThis as unknown as Record<string, unknown>;
const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));

interface FakeApi {
  sent: { type: string; [k: string]: unknown }[];
  listener: ((msg: unknown) => Promise<unknown> | undefined) | null;
  storageRead: boolean;
}

/** A fresh page world: the extension API as the gate sees it, nothing loaded yet. */
function freshWorld(): FakeApi {
  const api: FakeApi = { sent: [], listener: null, storageRead: false };
  for (const k of Object.keys(g)) if (k.startsWith('__koreaContext')) delete g[k];
  g.chrome = {
    runtime: {
      onMessage: { addListener: (f: FakeApi['listener']) => void (api.listener = f) },
      sendMessage: async (m: FakeApi['sent'][number]) => (api.sent.push(m), { ok: true }),
    },
    get storage() {
      api.storageRead = true;
      return undefined;
    },
  };
  vi.resetModules();
  return api;
}

/** A stand-in engine that records the settings it is given. */
function fakeEngine() {
  const applied: Settings[] = [];
  return { applied, module: { apply: (s: Settings) => void applied.push(s), handle: () => undefined } };
}

describe('the gate (DOM tier)', () => {
  beforeEach(() => {
    document.documentElement.innerHTML = DEMO.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
  });

  it('settings that arrive first are taken when the gate starts; without an engine on its way it asks for one', async () => {
    const api = freshWorld();
    g[SEED_KEY] = { settings: settings(), engine: false } satisfies GateSeed;
    await import('../../src/content/gate');
    await tick();
    expect(api.sent).toEqual([{ type: 'kc:inject', what: 'engine' }]);
    expect(typeof g[SEED_KEY]).toBe('function');
    expect(api.storageRead).toBe(false);
  });

  it('settings that arrive after the gate reach it; an engine that comes with it is awaited, not asked for again', async () => {
    const api = freshWorld();
    await import('../../src/content/gate');
    await tick();
    expect(api.sent).toEqual([]);
    const take = g[SEED_KEY] as (s: GateSeed) => void;
    take({ settings: settings({ style: 'background' }), engine: true });
    const engine = fakeEngine();
    provide('engine', engine.module);
    await tick();
    expect(api.sent).toEqual([]);
    expect(engine.applied.map((s) => s.style)).toEqual(['background']);
    // Later changes come from the background as messages.
    await api.listener!({ type: 'kc:settings', settings: settings({ style: 'underline' }) });
    expect(engine.applied.at(-1)?.style).toBe('underline');
    expect(api.storageRead).toBe(false);
  });

  it('switched off for the site: no engine is asked for', async () => {
    const api = freshWorld();
    g[SEED_KEY] = { settings: settings({ sites: { 'news.example.com': 'off' } }), engine: false } satisfies GateSeed;
    await import('../../src/content/gate');
    await tick();
    expect(api.sent).toEqual([]);
  });

  it('an engine injected a second time (two requests crossed) leaves the first in charge', async () => {
    freshWorld();
    await import('../../src/content/engine-entry');
    const first = loaded('engine');
    expect(first).not.toBeNull();
    vi.resetModules();
    await import('../../src/content/engine-entry');
    expect(loaded('engine')).toBe(first);
  });
});
