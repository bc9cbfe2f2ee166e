// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://garden.example.com/2024/06/02/tomatoes"}
// The every-page sentinel: it asks for the gate only when the page passes the cheap test, keeps no
// observer on a page that fails, looks again when the background runs it after the address or title
// changed (and not when nothing changed), and looks twice more, later, at a page still arriving.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const GARDEN = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/unrelated-gardening.html'), 'utf8');
const DEMO = readFileSync(resolve(import.meta.dirname, '../fixtures/pages/demo-article.html'), 'utf8');
const g = globalThis as unknown as Record<string, unknown>;
const body = (html: string) => html.replace(/^[\s\S]*?<html[^>]*>/i, '').replace(/<\/html>[\s\S]*$/i, '');

let sent: object[] = [];
let observers = 0;
const RealObserver = globalThis.MutationObserver;

/** A fresh page world with the extension API as the sentinel sees it. */
function freshWorld(html: string): void {
  for (const k of Object.keys(g)) if (k.startsWith('__koreaContext')) delete g[k];
  document.documentElement.innerHTML = body(html);
  sent = [];
  g.chrome = { runtime: { sendMessage: async (m: object) => void sent.push(m) } };
}

/** Runs the sentinel's file as the browser does: the manifest's run, or the background's later ones. */
async function run(): Promise<void> {
  vi.resetModules();
  await import('../../src/content/sentinel');
}

describe('the sentinel (DOM tier)', () => {
  beforeEach(() => {
    observers = 0;
    globalThis.MutationObserver = class extends RealObserver {
      constructor(cb: MutationCallback) {
        super(cb);
        observers++;
      }
    };
  });
  afterEach(() => {
    globalThis.MutationObserver = RealObserver;
    vi.useRealTimers();
  });

  it('a Korea article asks for the gate once; a second run asks nothing more', async () => {
    freshWorld(DEMO);
    await run();
    expect(sent).toEqual([{ type: 'kc:inject', what: 'gate' }]);
    await run();
    expect(sent).toHaveLength(1);
  });

  it('a page not about Korea gets no observer and no message; a route change to a Korea story does', async () => {
    freshWorld(GARDEN);
    await run();
    expect(sent).toEqual([]);
    expect(observers).toBe(0);
    // The background runs the file again after the tab's address changed.
    document.documentElement.innerHTML = body(DEMO);
    history.pushState({}, '', '/2024/06/03/hotlines');
    await run();
    expect(sent).toEqual([{ type: 'kc:inject', what: 'gate' }]);
    expect(observers).toBe(0);
  });

  it('a run with the same address and title does not read the page again', async () => {
    freshWorld(GARDEN);
    await run();
    // The text changes but neither the address nor the title does: this run leaves the page alone.
    document.body.innerHTML = body(DEMO)
      .replace(/^[\s\S]*?<body>/i, '')
      .replace(/<\/body>[\s\S]*$/i, '');
    document.title = 'Ten ways to keep tomatoes happy through a wet summer';
    await run();
    expect(sent).toEqual([]);
    // A new title is a change: the next run looks.
    document.title = 'Hotlines back on';
    await run();
    expect(sent).toEqual([{ type: 'kc:inject', what: 'gate' }]);
  });

  it('a page with little text is looked at twice more, later, and then left alone', async () => {
    vi.useFakeTimers();
    freshWorld('<html><head><title>Reader</title></head><body><div id="app">Loading…</div></body></html>');
    await run();
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1600);
    expect(sent).toEqual([]);
    document.getElementById('app')!.innerHTML = body(DEMO)
      .replace(/^[\s\S]*?<body>/i, '')
      .replace(/<\/body>[\s\S]*$/i, '');
    await vi.advanceTimersByTimeAsync(5100);
    expect(sent).toEqual([{ type: 'kc:inject', what: 'gate' }]);
    expect(vi.getTimerCount()).toBe(0);
  });
});
