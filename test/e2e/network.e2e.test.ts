// Zero network: every request in a whole session (page load, detection, cards, popup, options)
// is recorded from before the extension is installed; any request made by the extension fails.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, CDPSession } from 'puppeteer-core';
import { browserAvailable, launch, type BrowserName, type Session } from '../helpers/browsers';
import { startServer, type TestServer } from '../helpers/server';
import { mentionPoint, waitForActive, waitForCard } from '../helpers/page';

interface Recorder {
  requests(): Promise<{ url: string; ours: boolean; system?: boolean }[]>;
}

async function armChromium(browser: Browser, log: { url: string; ours: boolean }[]): Promise<void> {
  const session: CDPSession = await browser.target().createCDPSession();
  session.on('Fetch.requestPaused', (ev: { requestId: string; request: { url: string }; frameId?: string }) => {
    log.push({ url: ev.request.url, ours: false });
    void session.send('Fetch.continueRequest', { requestId: ev.requestId }).catch(() => {});
  });
  await session.send('Fetch.enable', { patterns: [{ urlPattern: 'http*' }] });
  // The service worker gets its own session too (a browser-wide session can miss it).
  browser.on('targetcreated', async (t) => {
    if (t.type() !== 'service_worker' || !t.url().startsWith('chrome-extension://')) return;
    const ws = await t.createCDPSession().catch(() => null);
    if (!ws) return;
    ws.on('Fetch.requestPaused', (ev: { requestId: string; request: { url: string } }) => {
      log.push({ url: ev.request.url, ours: true });
      void ws.send('Fetch.continueRequest', { requestId: ev.requestId }).catch(() => {});
    });
    await ws.send('Fetch.enable', { patterns: [{ urlPattern: 'http*' }] }).catch(() => {});
  });
}

const FIREFOX_OBSERVER = `(() => {
  if (globalThis.__kcReqs) return 'already';
  globalThis.__kcReqs = [];
  Services.obs.addObserver({ observe(subject) {
    try {
      const ch = subject.QueryInterface(Ci.nsIHttpChannel);
      const p = ch.loadInfo && ch.loadInfo.triggeringPrincipal;
      globalThis.__kcReqs.push({ url: ch.URI.spec, addon: (p && p.addonId) || '', system: !!(p && p.isSystemPrincipal) });
    } catch (e) {}
  } }, 'http-on-modify-request');
  return 'armed';
})()`;

async function chromeContext(browser: Browser): Promise<{ send(m: string, p: unknown): Promise<unknown>; ctx: string }> {
  const conn = (browser as unknown as { connection: { send(m: string, p: unknown): Promise<unknown> } }).connection;
  const tree = (await conn.send('browsingContext.getTree', { 'moz:scope': 'chrome' })) as {
    contexts?: { context: string }[];
    result?: { contexts: { context: string }[] };
  };
  const contexts = tree.contexts ?? tree.result?.contexts ?? [];
  return { send: conn.send.bind(conn), ctx: contexts[0].context };
}

for (const name of (process.env.KC_BROWSERS?.split(',') ?? ['chromium', 'firefox']) as BrowserName[]) {
  describe.skipIf(!browserAvailable(name))(`zero network in ${name}`, () => {
    let s: Session;
    let server: TestServer;
    const log: { url: string; ours: boolean }[] = [];
    let rec: Recorder;
    beforeAll(async () => {
      server = await startServer();
      if (name === 'chromium') {
        s = await launch(name, { beforeInstall: (b) => armChromium(b, log) });
        rec = { requests: async () => log };
      } else {
        let cc: Awaited<ReturnType<typeof chromeContext>>;
        s = await launch(name, {
          beforeInstall: async (b) => {
            cc = await chromeContext(b);
            await cc.send('script.evaluate', { expression: FIREFOX_OBSERVER, target: { context: cc.ctx }, awaitPromise: false });
          },
        });
        rec = {
          requests: async () => {
            const r = (await cc.send('script.evaluate', {
              expression: 'JSON.stringify(globalThis.__kcReqs)',
              target: { context: cc.ctx },
              awaitPromise: false,
            })) as { result?: { result?: { value?: string } } };
            const raw = r.result?.result?.value ?? '[]';
            // Firefox's own traffic and test-driver navigations carry the system principal: they are
            // kept (to prove the observer works) but never count as foreign.
            return (JSON.parse(typeof raw === 'string' ? raw : '[]') as { url: string; addon: string; system: boolean }[]).map((x) => ({
              url: x.url,
              ours: x.addon === 'korea-context@korea-context.org',
              system: x.system,
            }));
          },
        };
      }
    });
    afterAll(async () => {
      await s?.close();
      await server?.close();
    });

    it('a whole session makes no request but the page’s own', async () => {
      await s.page.goto(server.base + '/pages/demo-article.html');
      await waitForActive(s.page);
      const p = await mentionPoint(s.page, 'Kaesong Industrial Complex');
      await s.page.mouse.click(p.x, p.y);
      await waitForCard(s.page);
      await s.page.keyboard.press('Escape');
      const popup = await s.openExtensionPage('src/popup/index.html');
      await popup.waitForSelector('#kc-status');
      const options = await s.openExtensionPage('src/options/index.html');
      await options.waitForSelector('#corpus-search');
      await options.type('#corpus-search', 'Hanoi');
      await new Promise((r) => setTimeout(r, 1500));
      const all = await rec.requests();
      const allowed = new Set([server.base + '/pages/demo-article.html', server.base + '/favicon.ico']);
      const foreign = all.filter((r) => r.ours || (!r.system && !allowed.has(r.url)));
      expect(all.some((r) => r.url === server.base + '/pages/demo-article.html')).toBe(true);
      expect(foreign).toEqual([]);
      // The test server's own log agrees: only the page (and its favicon) were fetched.
      expect([...new Set(server.hits)].sort()).toEqual(expect.arrayContaining(['/pages/demo-article.html']));
      expect(server.hits.filter((h) => h !== '/pages/demo-article.html' && h !== '/favicon.ico')).toEqual([]);
    });
  });
}
