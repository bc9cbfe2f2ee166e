// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://news.example.com/2024/06/12/korea-story"}
// The page session's lifecycle in a DOM, in seconds: start/stop races, settings changes that must
// not close the card, SPA navigation, and what the session asks of the background.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { indexCorpus, type CorpusIndex } from '../../src/core/corpus/corpus-index';
import { localService } from '../../src/core/matching/service';
import { DEFAULTS, type Settings } from '../../src/core/settings/settings';
import { PageSession, type SessionDeps } from '../../src/content/session';
import type { OverlayController, OverlayEnv, UiModule } from '../../src/content/overlay/ui-module';
import { loadCorpus } from '../../scripts/lib/corpus-files';

const DEMO = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/demo-article.html'), 'utf8');
const GARDEN = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/unrelated-gardening.html'), 'utf8');
let index: CorpusIndex;
beforeAll(() => {
  index = indexCorpus(loadCorpus());
});

const tick = (ms = 0) => new Promise((r) => setTimeout(r, ms));
async function until(cond: () => boolean, ms = 3000): Promise<void> {
  const t0 = Date.now();
  while (!cond()) {
    if (Date.now() - t0 > ms) throw new Error('timed out');
    await tick(10);
  }
}

interface Harness {
  deps: SessionDeps;
  sent: { type: string; [k: string]: unknown }[];
  calls: string[];
  restarts: number;
}

/** Deps with a fake UI bundle that records what the session asks of it. */
function harness(): Harness {
  const h: Harness = { sent: [], calls: [], restarts: 0, deps: undefined as unknown as SessionDeps };
  const ui: UiModule = {
    createOverlay(env: OverlayEnv): OverlayController {
      h.calls.push('create');
      let card = false;
      return {
        update: (p) => void h.calls.push('update:' + Object.keys(p).sort().join(',') + (p.theme ? '=' + p.theme : '')),
        openCard: async (id) => ((card = true), h.calls.push('open:' + id), true),
        lookup: async () => 0,
        togglePanel: () => void h.calls.push('panel'),
        closeCard: () => {
          card = false;
          h.calls.push('close');
          env.onClosed();
        },
        hasCard: () => card,
        isOpen: () => card,
        reposition: () => undefined,
        destroy: () => void h.calls.push('destroy'),
      };
    },
  };
  const local = localService(() => index);
  h.deps = {
    // Like the background: the style sheet sent with detection goes in when the page is active.
    service: {
      detect: async (req, css) => {
        const r = await local.detect(req);
        if (css && r.first) h.sent.push({ type: 'kc:css', css, remove: false });
        return r;
      },
      match: (req) => local.match(req),
    },
    send: async (m) => {
      h.sent.push(m as Harness['sent'][number]);
      return { ok: true };
    },
    // The engine sends the sheet with the next request; the harness records what was asked.
    style: (css, remove) => void h.sent.push({ type: 'kc:css', css, remove }),
    loadUi: async () => ui,
    loadCards: async () => loadCorpus(),
    uiLanguage: () => 'en',
    restart: () => void h.restarts++,
  };
  return h;
}

const live = () => document.querySelector('kc-host')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? '';

function load(html: string): void {
  document.documentElement.innerHTML = html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');
}

const settings = (over: Partial<Settings> = {}): Settings => ({ ...DEFAULTS, sites: {}, categories: { ...DEFAULTS.categories }, ...over });

describe('page session lifecycle (DOM tier)', () => {
  beforeEach(() => load(DEMO));

  it('activates on a Korea article: highlight CSS, badge, host, one announcement, no UI bundle yet', async () => {
    const h = harness();
    const s = new PageSession(settings(), h.deps);
    await s.start();
    await until(() => /names on this page/.test(live()));
    expect(s.status().status).toBe('active');
    expect(s.status().entries.length).toBeGreaterThan(5);
    expect(h.sent.some((m) => m.type === 'kc:css' && m.remove === false)).toBe(true);
    expect(h.sent.some((m) => m.type === 'kc:status-changed' && m.active === true)).toBe(true);
    expect(document.querySelector('kc-host')?.getAttribute('data-kc-status')).toBe('active');
    expect(live()).toBe(`Korea Context: ${s.status().entries.length} names on this page`);
    // The card and panel bundle loads only when the reader reaches for it: here, the briefing button.
    expect(h.calls).toEqual([]);
    const fab = document.querySelector('kc-host')!.shadowRoot!.querySelector<HTMLButtonElement>('.kc-fab')!;
    expect(fab.hidden).toBe(false);
    fab.click();
    await until(() => h.calls.includes('panel'));
    expect(h.calls[0]).toBe('create');
    expect(h.calls.at(-1)).toBe('panel');
    s.stop();
    expect(document.querySelector('kc-host')).toBeNull();
    expect(h.sent.some((m) => m.type === 'kc:css' && m.remove === true)).toBe(true);
    expect(h.sent.at(-1)).toMatchObject({ type: 'kc:status-changed', active: false });
  });

  it('stop() right after start() never activates the page', async () => {
    const h = harness();
    const s = new PageSession(settings(), h.deps);
    const started = s.start();
    s.stop();
    await started;
    await tick(300);
    expect(h.sent.filter((m) => m.type === 'kc:css' && m.remove === false)).toEqual([]);
    expect(h.calls).toEqual([]);
  });

  it('stop() once painting began leaves nothing painted and takes its style sheet away', async () => {
    const h = harness();
    const s = new PageSession(settings(), h.deps);
    const started = s.start();
    await until(() => h.sent.some((m) => m.type === 'kc:css'));
    s.stop();
    await started;
    await tick(100);
    expect(s.status().matches).toBe(0);
    const css = h.sent.filter((m) => m.type === 'kc:css');
    expect(css.map((m) => m.remove)).toEqual([false, true]);
    expect(css[0].css).toBe(css[1].css);
  });

  it('a theme or style change restyles in place and never closes the open card', async () => {
    const h = harness();
    const s = new PageSession(settings(), h.deps);
    await s.start();
    await s.openFromPopup('kaesong-industrial-complex');
    expect(h.calls).toContain('open:kaesong-industrial-complex');
    expect(s.update(settings({ theme: 'dark', style: 'background' }))).toBe(true);
    expect(h.calls).toContain('update:language,theme=dark');
    expect(h.calls).not.toContain('close');
    s.stop();
  });

  it('switching the site off or changing sensitivity asks the owner for a new session', async () => {
    const h = harness();
    const s = new PageSession(settings(), h.deps);
    await s.start();
    expect(s.update(settings({ sites: { 'news.example.com': 'off' } }))).toBe(false);
    expect(s.update(settings({ sensitivity: 'strict' }))).toBe(false);
    s.stop();
  });

  it('a density change repaints without a restart', async () => {
    const h = harness();
    const s = new PageSession(settings({ density: 'all' }), h.deps);
    await s.start();
    const all = s.status().matches;
    expect(s.update(settings({ density: 'first' }))).toBe(true);
    await until(() => s.status().matches > 0 && s.status().matches < all);
    s.stop();
  });

  it('an SPA route change asks for a new session', async () => {
    const h = harness();
    const s = new PageSession(settings(), h.deps);
    await s.start();
    history.pushState({}, '', '/2024/06/13/another-story');
    document.body.append(Object.assign(document.createElement('p'), { textContent: 'A new route rendered its story about Pyongyang.' }));
    await until(() => h.restarts > 0);
    s.stop();
  });

  it('an unrelated page stays idle and paints nothing', async () => {
    load(GARDEN);
    const h = harness();
    const s = new PageSession(settings(), h.deps);
    await s.start();
    await tick(100);
    expect(s.status().status).toBe('idle');
    expect(h.sent.filter((m) => m.type === 'kc:css')).toEqual([]);
    s.stop();
  });
});
