// Settings in both browsers, through the real popup and options pages.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browserAvailable, type Session } from '../helpers/browsers';
import { type TestServer } from '../helpers/server';
import { BROWSERS, useSession } from '../helpers/suite';
import { cardName, hostInfo, mentions, waitForActive, waitForCard } from '../helpers/page';

const gone = (p: Page) => p.waitForFunction(() => !document.documentElement.querySelector(':scope > kc-host'), { timeout: 10_000, polling: 100 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

for (const name of BROWSERS) {
  describe.skipIf(!browserAvailable(name))(`settings in ${name}`, () => {
    let s: Session;
    let server: TestServer;
    let options: Page;
    useSession(name, (ss, srv) => {
      s = ss;
      server = srv;
    });

    it('tri-state site toggle in the popup works live: Always on, Never, Auto', async () => {
      const article = s.page;
      await article.goto(server.base + '/pages/neg-kpop.html');
      await sleep(800);
      expect((await hostInfo(article)).count).toBe(0);
      const popup = await s.openExtensionPage('src/popup/index.html');
      await popup.waitForSelector('input[data-kc-mode="on"]');
      expect(await popup.$eval('#kc-status', (e) => e.textContent)).toMatch(/Not a Korea article/);
      await popup.click('input[data-kc-mode="on"]');
      const on = await waitForActive(article);
      expect(on.matches).toBeGreaterThan(0);
      await popup.waitForFunction(() => /On for this site/.test(document.querySelector('#kc-status')?.textContent ?? ''), { timeout: 5000, polling: 100 });
      await popup.click('input[data-kc-mode="off"]');
      await gone(article);
      await popup.click('input[data-kc-mode="auto"]');
      await sleep(800);
      expect((await hostInfo(article)).count).toBe(0);
      await popup.close();
    });

    it('the global switch turns everything off and on', async () => {
      await s.page.goto(server.base + '/pages/demo-article.html');
      await waitForActive(s.page);
      const popup = await s.openExtensionPage('src/popup/index.html');
      await popup.waitForSelector('input[role="switch"]');
      await popup.click('input[role="switch"]');
      await gone(s.page);
      await popup.click('input[role="switch"]');
      await waitForActive(s.page);
      await popup.close();
    });

    it('options: a site on the never-list stops highlighting; "every mention" shows more than the default', async () => {
      options = await s.openExtensionPage('src/options/index.html');
      await options.waitForSelector('#site-input');
      const before = (await waitForActive(s.page)).matches;
      await options.type('#site-input', '127.0.0.1', { delay: 30 });
      await options.select('#site-mode', 'off');
      await options.click('#site-add');
      await options.waitForSelector('ul[data-list="off"] li');
      expect(await options.$eval('ul[data-list="off"] li code', (e) => e.textContent)).toBe('127.0.0.1');
      await gone(s.page).catch(async (e) => {
        const store = await options.evaluate(async () => JSON.stringify(await (globalThis as unknown as { browser: any }).browser.storage.sync.get(null)));
        const hosts = await s.page.evaluate(() => [...document.documentElement.querySelectorAll('kc-host')].map((h) => h.outerHTML.slice(0, 200)));
        throw new Error(e.message + ' store=' + store + ' hosts=' + JSON.stringify(hosts) + ' url=' + s.page.url());
      });
      await options.click('ul[data-list="off"] li button');
      const back = await waitForActive(s.page);
      expect(back.matches).toBe(before);
      // The default is "first mention in each part"; "every mention" shows more, and back.
      expect(before).toBe((await hostInfo(s.page)).entries);
      await options.click('input[name="density"][value="all"]');
      await s.page.waitForFunction(
        (n) => Number(document.documentElement.querySelector(':scope > kc-host')?.getAttribute('data-kc-matches')) > n,
        { timeout: 10_000, polling: 100 },
        before,
      );
      await options.click('input[name="density"][value="first"]');
      await s.page.waitForFunction(
        (n) => Number(document.documentElement.querySelector(':scope > kc-host')?.getAttribute('data-kc-matches')) === n,
        { timeout: 10_000, polling: 100 },
        before,
      );
    });

    it('options: export → reset → import restores the settings', async () => {
      await options.click('input[name="style"][value="background"]');
      await options.click('input[name="theme"][value="dark"]');
      await s.page.waitForFunction(() => [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()].includes('kc-mention-bg'), {
        timeout: 10_000,
        polling: 100,
      });
      await options.evaluate(() => {
        const w = window as unknown as { __kcExport?: Promise<string> };
        const orig = URL.createObjectURL.bind(URL);
        URL.createObjectURL = (b: Blob | MediaSource) => {
          w.__kcExport = (b as Blob).text();
          return orig(b);
        };
      });
      await options.click('#opt-export');
      const exported = await options.evaluate(() => (window as unknown as { __kcExport: Promise<string> }).__kcExport);
      expect(JSON.parse(exported).settings.values).toMatchObject({ style: 'background', theme: 'dark' });
      await options.click('#opt-reset');
      await options.waitForFunction(() => (document.querySelector('input[name="style"][value="underline"]') as HTMLInputElement).checked, { polling: 100 });
      const file = join(mkdtempSync(join(tmpdir(), 'kc-export-')), 'settings.json');
      writeFileSync(file, exported);
      const input = await options.$('#opt-import-file');
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(file);
      await options.waitForFunction(() => (document.querySelector('input[name="style"][value="background"]') as HTMLInputElement).checked, {
        timeout: 10_000,
        polling: 100,
      });
      expect(await options.$eval('input[name="theme"][value="dark"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
      // A bad file is refused with a message and changes nothing.
      const bad = join(mkdtempSync(join(tmpdir(), 'kc-bad-')), 'bad.json');
      writeFileSync(bad, '{"app":"korea-context","settings":{"version":2,"values":{"density":"sideways"}}}');
      await (input as unknown as { uploadFile(p: string): Promise<void> }).uploadFile(bad);
      await options.waitForSelector('#opt-message .error', { timeout: 10_000 });
      expect(await options.$eval('input[name="style"][value="background"]', (e) => (e as HTMLInputElement).checked)).toBe(true);
      await options.click('#opt-reset');
    });

    it('options: the corpus browser finds an entry by a Hangul alias and opens its card', async () => {
      await options.type('#corpus-search', '개성공단');
      await options.waitForSelector('#corpus-results button[data-entry="kaesong-industrial-complex"]');
      await options.click('#corpus-results button[data-entry="kaesong-industrial-complex"]');
      await options.waitForSelector('#corpus-card h2');
      expect(await options.$eval('#corpus-card h2', (e) => e.textContent)).toBe('Kaesong Industrial Complex');
      expect(await options.$eval('#opt-version', (e) => e.textContent)).toMatch(/as of/);
    });

    it('the context-menu look-up handler opens the matching card, even on a non-Korea page', async () => {
      await s.page.bringToFront();
      await s.page.goto(server.base + '/pages/neg-samsung.html');
      await sleep(500);
      await s.page.evaluate(() => {
        const p = document.querySelector('article p')!;
        const r = document.createRange();
        r.selectNodeContents(p.firstChild!);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(r);
      });
      // What the context-menu click does from the background: wake the gate (a page that is not about
      // Korea runs only the sentinel, which listens to nothing), then send the look-up.
      const res = await options.evaluate(async () => {
        const api = (globalThis as unknown as { browser?: any }).browser ?? (globalThis as any).chrome;
        // Without the "tabs" permission addresses are hidden: ask every tab; only the page's content script answers.
        for (const tab of await api.tabs.query({})) {
          if (tab.url?.startsWith(location.origin)) continue;
          await api.scripting.executeScript({ target: { tabId: tab.id!, frameIds: [0] }, files: ['/gate.js'] }).catch(() => null);
          const r = await api.tabs.sendMessage(tab.id!, { type: 'kc:lookup', text: 'Kaesong Industrial Complex' }).catch(() => null);
          if (r) return r;
        }
        return null;
      });
      expect(res).toMatchObject({ ok: true, found: 1 });
      expect(await waitForCard(s.page)).toBe('Kaesong Industrial Complex');
      expect(await cardName(s.page)).toBe('Kaesong Industrial Complex');
      expect(await mentions(s.page)).toEqual([]);
    });
  });

  describe.skipIf(!browserAvailable(name))(`Korean UI in ${name} (browser locale ko)`, () => {
    let s: Session;
    let server: TestServer;
    useSession(
      name,
      (ss, srv) => {
        s = ss;
        server = srv;
      },
      { lang: 'ko' },
    );
    it('popup, options and card labels are in Korean', async () => {
      await s.page.goto(server.base + '/pages/ko-pos-hotline.html');
      await waitForActive(s.page);
      const popup = await s.openExtensionPage('src/popup/index.html');
      await popup.waitForSelector('#kc-status');
      expect(await popup.$eval('body', (e) => e.textContent)).toContain('이 사이트');
      const options = await s.openExtensionPage('src/options/index.html');
      await options.waitForSelector('h1');
      expect(await options.$eval('h1', (e) => e.textContent)).toBe('Korea Context 설정');
      await s.page.bringToFront();
      const fab = await s.page.evaluate(() =>
        document.documentElement.querySelector(':scope > kc-host')!.shadowRoot!.querySelector('.kc-fab')!.getAttribute('aria-label'),
      );
      expect(fab).toContain('이 페이지의 이름');
    });
  });
}
