// One cold load: a fresh headless Chromium (fresh profile), with or without the built extension,
// one page from the first byte, a performance trace until the page is quiet.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type CDPSession, type WebWorker } from 'puppeteer-core';
import { attribute, parseTrace, type TraceResult } from './trace';
import { QUIET_CHROMIUM_FLAGS } from '../../test/helpers/browsers';

const QUIET = [...QUIET_CHROMIUM_FLAGS, '--window-size=1280,900', '--lang=en-US'];

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'toplevel', 'blink.user_timing', 'loading'];

export const PROBE_URL = 'kc-bench-probe.js';

/**
 * Runs in the page's main world of both runs: notes when the first highlight exists (any entry
 * in CSS.highlights, which the main world sees whichever world registered it).
 */
const PROBE = `(() => {
  const p = (window.__kcProbe = { first: 0, stop() { clearInterval(id); } });
  const id = setInterval(() => {
    let n = 0;
    try { for (const [, h] of CSS.highlights) n += h.size; } catch {}
    if (n > 0) { p.first = performance.now(); p.stop(); }
  }, 4);
})();
//# sourceURL=${PROBE_URL}`;

export interface ColdOptions {
  exe: string;
  /** Absolute path of the unpacked extension, or null for the run without it. */
  ext: string | null;
  url: string;
  highlights: boolean;
  mutates: boolean;
  /** Quiet time after load (and after the first highlight), ms. */
  settleMs: number;
  /** Adds the V8 CPU profiler to the trace (finer attribution, slower code). */
  samples: boolean;
  /**
   * Stops our background before the load, as the browser does after about 30 s without events:
   * the page then wakes it, and it reads its index again.
   */
  asleep?: boolean;
  /** Writes the raw trace here when set. */
  tracePath?: string;
}

export interface ColdRun {
  trace: TraceResult;
  /** JS heap in use after a forced GC, MB. */
  heapMB: number;
  /** ms after navigation start */
  dclMs: number;
  loadMs: number;
  /** ms after DOMContentLoaded; null when no highlight appeared. */
  firstHighlightMs: number | null;
  /** Highlighted ranges at the end. */
  ranges: number;
  /** Messages the background received from anywhere (null without the extension or when unobservable). */
  messages: number | null;
  /** Messages received during the mutation window. */
  messagesInWindow: number | null;
  /** The `type` of each message, in order. */
  messageTypes: string[];
  mutation: { startMs: number; endMs: number; count: number } | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function launch(o: ColdOptions): Promise<Browser> {
  const extArgs = o.ext ? [`--disable-extensions-except=${o.ext}`, `--load-extension=${o.ext}`] : [];
  return puppeteer.launch({
    executablePath: o.exe,
    headless: true,
    pipe: true,
    ignoreDefaultArgs: o.ext ? ['--disable-extensions'] : [],
    args: [...QUIET, ...extArgs],
    env: { ...process.env, LANGUAGE: 'en' },
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 180_000,
  });
}

/**
 * Waits for our service worker and, when the manifest declares no content script, for the registered
 * ones. `attach: false` leaves the worker alone (a worker DevTools is attached to does not restart
 * after it is stopped): no message count then.
 */
async function extensionReady(browser: Browser, ext: string, attach: boolean): Promise<{ origin: string; worker: WebWorker | null }> {
  const target = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith('chrome-extension://'), { timeout: 20_000 });
  const origin = `chrome-extension://${new URL(target.url()).host}/`;
  if (!attach) return { origin, worker: null };
  const worker = await target.worker();
  if (!worker) return { origin, worker };
  // The worker's extension bindings appear a moment after the target does.
  for (let i = 0; i < 100; i++) {
    if (await worker.evaluate(() => typeof (globalThis as { chrome?: unknown }).chrome === 'object').catch(() => false)) break;
    await sleep(50);
  }
  const manifest = JSON.parse(readFileSync(join(ext, 'manifest.json'), 'utf8'));
  if (!manifest.content_scripts?.length) {
    // No content script in the manifest: wait until the background has registered its own.
    for (let i = 0; i < 100; i++) {
      const n = await worker
        .evaluate(() => {
          const c = (globalThis as unknown as { chrome: { scripting?: { getRegisteredContentScripts?: () => Promise<unknown[]> } } }).chrome;
          return c.scripting?.getRegisteredContentScripts ? c.scripting.getRegisteredContentScripts().then((l) => l.length) : -1;
        })
        .catch(() => 0);
      if (n !== 0) break;
      await sleep(50);
    }
  }
  // Count what reaches the background: one more listener, which answers nothing.
  await worker
    .evaluate(() => {
      const g = globalThis as unknown as {
        __kcBenchMsgs: [number, string][];
        chrome: { runtime: { onMessage: { addListener(f: (m: unknown) => void): void } } };
      };
      g.__kcBenchMsgs = [];
      g.chrome.runtime.onMessage.addListener((m) => void g.__kcBenchMsgs.push([Date.now(), String((m as { type?: unknown } | null)?.type ?? '?')]));
    })
    .catch(() => undefined);
  return { origin, worker };
}

/** Lets the background finish starting (its index loaded), then stops it and waits until it is gone. */
async function putBackgroundToSleep(cdp: CDPSession, browser: Browser): Promise<void> {
  await sleep(1500);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.send('ServiceWorker.disable');
  for (let i = 0; i < 50 && browser.targets().some((t) => t.type() === 'service_worker'); i++) await sleep(50);
  await sleep(500);
}

/** One cold load of one page; closes the browser. */
export async function coldRun(o: ColdOptions): Promise<ColdRun> {
  const browser = await launch(o);
  try {
    const { origin, worker } = o.ext ? await extensionReady(browser, o.ext, !o.asleep) : { origin: '', worker: null };
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    const cdp = await page.createCDPSession();
    if (o.ext && o.asleep) await putBackgroundToSleep(cdp, browser);
    await page.evaluateOnNewDocument(PROBE);
    await page.tracing.start({ categories: o.samples ? [...CATEGORIES, 'disabled-by-default-v8.cpu_profiler'] : CATEGORIES });
    await page.goto(o.url, { waitUntil: 'load', timeout: 120_000 });
    const probe = () =>
      page.evaluate(() => {
        const w = window as unknown as { __kcProbe?: { first: number }; __kcMut?: { start: number; end: number; count: number } };
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
        let ranges = 0;
        try {
          for (const [, h] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) ranges += h.size;
        } catch {
          /* no highlight API */
        }
        return {
          first: w.__kcProbe?.first ?? 0,
          dcl: nav?.domContentLoadedEventStart ?? 0,
          load: nav?.loadEventEnd ?? 0,
          mut: w.__kcMut ?? null,
          ranges,
          origin: performance.timeOrigin,
        };
      });
    const waitFor = async (ok: (p: Awaited<ReturnType<typeof probe>>) => boolean, ms: number) => {
      const until = Date.now() + ms;
      for (;;) {
        const p = await probe();
        if (ok(p) || Date.now() > until) return p;
        await sleep(100);
      }
    };
    if (o.ext && o.highlights) await waitFor((p) => p.first > 0, 15_000);
    if (o.mutates) await waitFor((p) => !!p.mut && p.mut.end > 0, 20_000);
    await sleep(o.settleMs);
    const p = await probe();
    await page.evaluate(() => (window as unknown as { __kcProbe?: { stop(): void } }).__kcProbe?.stop());
    const raw = Buffer.from((await page.tracing.stop())!).toString('utf8');
    if (o.tracePath) writeFileSync(o.tracePath, raw);
    const windows = p.mut ? { mutation: [p.mut.start, p.mut.end || p.mut.start + 10_000] as [number, number] } : undefined;
    const trace = attribute({ events: parseTrace(raw), extOrigin: origin, pageUrl: o.url, probeUrl: PROBE_URL, windows });
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    let messages: number | null = null;
    let messagesInWindow: number | null = null;
    let messageTypes: string[] = [];
    if (worker) {
      const got = await worker.evaluate(() => (globalThis as unknown as { __kcBenchMsgs?: [number, string][] }).__kcBenchMsgs ?? null).catch(() => null);
      if (got) {
        const times = got.map(([t]) => t);
        messageTypes = got.map(([, k]) => k);
        messages = times.length;
        if (p.mut) {
          const a = p.origin + p.mut.start;
          const b = p.origin + (p.mut.end || p.mut.start + 10_000);
          messagesInWindow = times.filter((t) => t >= a && t < b).length;
        }
      }
    }
    return {
      trace,
      heapMB: heap.usedSize / 1048576,
      dclMs: p.dcl,
      loadMs: p.load,
      firstHighlightMs: p.first > 0 ? p.first - p.dcl : null,
      ranges: p.ranges,
      messages,
      messagesInWindow,
      messageTypes,
      mutation: p.mut ? { startMs: p.mut.start, endMs: p.mut.end, count: p.mut.count } : null,
    };
  } finally {
    await browser.close().catch(() => undefined);
  }
}
