// Every real saved page in ../shared/fixtures/readability-pages, in both browsers: the page's
// visible text and block layout are identical with the extension off and on; no error from our
// code; highlights exactly where detection (the analyze CLI's verdict) says so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browserAvailable, launch, type BrowserName, type Session } from '../helpers/browsers';
import { READABILITY, startServer, type TestServer } from '../helpers/server';
import { analyzeHtml } from '../../scripts/lib/analyze-core';

const PAGES = existsSync(READABILITY)
  ? readdirSync(READABILITY)
      .filter((d) => existsSync(join(READABILITY, d, 'source.html')))
      .sort()
  : [];
if (!PAGES.length) console.warn('\n*** SKIPPING the real-page suite: ../shared/fixtures/readability-pages is absent ***\n');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Snapshot {
  text: string;
  boxes: number[];
  host: string | null;
  matches: number;
}

async function snapshot(page: Page): Promise<Snapshot> {
  return page.evaluate(() => {
    const blocks = [...document.querySelectorAll('p, h1, h2, h3, li, blockquote, figure, article, section, table')].slice(0, 400);
    const boxes: number[] = [];
    for (const b of blocks) {
      const r = b.getBoundingClientRect();
      boxes.push(Math.round(r.x * 10) / 10, Math.round(r.y * 10) / 10, Math.round(r.width * 10) / 10, Math.round(r.height * 10) / 10);
    }
    const hosts = document.documentElement.querySelectorAll(':scope > kc-host');
    return {
      text: document.body?.innerText ?? '',
      boxes,
      host: hosts[0]?.getAttribute('data-kc-status') ?? null,
      matches: Number(hosts[0]?.getAttribute('data-kc-matches') ?? 0),
    };
  });
}

for (const name of (process.env.KC_BROWSERS?.split(',') ?? ['chromium', 'firefox']) as BrowserName[]) {
  describe.skipIf(!PAGES.length || !browserAvailable(name))(`real pages in ${name}`, () => {
    let s: Session;
    let server: TestServer;
    const off = new Map<string, Snapshot>();
    const errors: string[] = [];
    const expected = new Map(PAGES.map((p) => [p, analyzeHtml(readFileSync(join(READABILITY, p, 'source.html'), 'utf8'), p).korea.related]));

    const setEnabled = async (enabled: boolean) => {
      const opt = await s.openExtensionPage('src/options/index.html');
      await opt.waitForSelector('#opt-enabled');
      const now = await opt.$eval('#opt-enabled', (e) => (e as HTMLInputElement).checked);
      if (now !== enabled) await opt.click('#opt-enabled');
      await opt.waitForFunction((v) => (document.querySelector('#opt-enabled') as HTMLInputElement).checked === v, { polling: 100 }, enabled);
      await opt.close();
      await s.page.bringToFront();
    };

    beforeAll(async () => {
      server = await startServer();
      s = await launch(name);
      s.page.on('pageerror', (e) => errors.push(String((e as Error).message ?? e)));
      await setEnabled(false);
      for (const p of PAGES) {
        await s.page.goto(`${server.base}/readability/${p}/`, { waitUntil: 'load' });
        off.set(p, await snapshot(s.page));
      }
      await setEnabled(true);
    }, 600_000);
    afterAll(async () => {
      await s?.close();
      await server?.close();
    });

    it(`runs over ${PAGES.length} pages without changing text or layout`, async () => {
      const problems: string[] = [];
      let detected = 0;
      const t0 = Date.now();
      for (const p of PAGES) {
        await s.page.goto(`${server.base}/readability/${p}/`, { waitUntil: 'load' });
        if (expected.get(p)) {
          await s.page
            .waitForFunction(() => document.documentElement.querySelector(':scope > kc-host')?.getAttribute('data-kc-status') === 'active', {
              timeout: 15_000,
              polling: 50,
            })
            .catch(() => {});
          await sleep(200);
        } else await sleep(250);
        const on = await snapshot(s.page);
        const base = off.get(p)!;
        if (on.host === 'active') detected++;
        if (on.text !== base.text) problems.push(`${p}: visible text changed`);
        if (JSON.stringify(on.boxes) !== JSON.stringify(base.boxes)) {
          // Some pages lay out differently from load to load (late fonts, lazy media): measure again.
          await s.page.reload({ waitUntil: 'load' });
          await sleep(expected.get(p) ? 600 : 250);
          const again = await snapshot(s.page);
          if (JSON.stringify(again.boxes) !== JSON.stringify(on.boxes))
            console.log(`[e2e] ${name}: ${p} lays out differently on every load; layout not compared`);
          else {
            // A first, uncached load can lay out differently: measure the page without the extension once more.
            await setEnabled(false);
            await s.page.goto(`${server.base}/readability/${p}/`, { waitUntil: 'load' });
            await sleep(250);
            const base2 = await snapshot(s.page);
            await setEnabled(true);
            if (JSON.stringify(base2.boxes) !== JSON.stringify(on.boxes)) problems.push(`${p}: layout changed`);
            else console.log(`[e2e] ${name}: ${p} laid out differently on its first load only`);
          }
        }
        if ((on.host === 'active') !== expected.get(p)) problems.push(`${p}: highlighted=${on.host === 'active'} but detection says ${expected.get(p)}`);
      }
      console.log(`[e2e] ${name}: ${PAGES.length} real pages in ${((Date.now() - t0) / 1000).toFixed(1)} s, ${detected} detected as Korea articles`);
      expect(problems).toEqual([]);
      expect(errors.filter((e) => /kc-|korea context|chrome-extension|moz-extension/i.test(e))).toEqual([]);
    }, 600_000);
  });
}
