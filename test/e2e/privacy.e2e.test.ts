// Release builds in both browsers: where we are not active, a page cannot fetch any extension URL and
// cannot tell us apart by CSS or DOM from a browser without us; where we are active, page script
// cannot reach the card's shadow root, sees no test attributes or guessable names, and its
// synthetic clicks and keys drive nothing.
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { browserAvailable, type Session } from '../helpers/browsers';
import type { TestServer } from '../helpers/server';
import { BROWSERS, useSession } from '../helpers/suite';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** What a page script can learn about us: fetchable URLs, CSS, registered highlights, DOM. */
async function probe(page: Page, extBase: string) {
  return page.evaluate(async (base) => {
    const urls = ['manifest.json', 'sentinel.js', 'gate.js', 'engine.js', 'ui.js', 'src/popup/index.html', 'icons/icon-16.png'].map((p) => base + p);
    const fetched: string[] = [];
    for (const u of urls) {
      try {
        const r = await fetch(u);
        if (r.ok) fetched.push(u);
      } catch {
        /* blocked: what we want */
      }
    }
    const p = document.querySelector('p') ?? document.body;
    const props = ['color', 'background-color', 'text-decoration-line', 'text-decoration-color', 'text-shadow'];
    const style = (pseudo: string) => props.map((k) => getComputedStyle(p, pseudo).getPropertyValue(k)).join('|');
    const served = new DOMParser().parseFromString(await (await fetch(location.href)).text(), 'text/html');
    const attrs = (d: Document) => [...d.querySelectorAll('*')].map((e) => e.tagName + ':' + [...e.attributes].map((a) => a.name).join(',')).join(';');
    return {
      fetched,
      ourCss: style('::highlight(kc-mention)'),
      noneCss: style('::highlight(zz-nothing)'),
      highlights: [...((CSS as unknown as { highlights?: Map<string, unknown> }).highlights?.keys() ?? [])],
      sameDom: attrs(document) === attrs(served),
      extraChildren: [...document.documentElement.children].filter((c) => c.tagName !== 'HEAD' && c.tagName !== 'BODY').length,
    };
  }, extBase);
}

/** How many points of a grid over the viewport show our overlay (its host is what the page sees there). */
async function overlayCoverage(page: Page): Promise<number> {
  return page.evaluate(() => {
    const host = [...document.documentElement.children].find((c) => c.tagName !== 'HEAD' && c.tagName !== 'BODY');
    if (!host) return 0;
    let n = 0;
    for (let x = 10; x < innerWidth; x += 40) for (let y = 10; y < innerHeight; y += 40) if (document.elementFromPoint(x, y) === host) n++;
    return n;
  });
}

/** Centre of the first painted range whose text is `text`, under any highlight name. */
async function rangePoint(page: Page, text: string): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((t) => {
    for (const [, hl] of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights) {
      for (const r of hl) {
        if (r.toString() !== t) continue;
        r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const b = r.getClientRects()[0];
        return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
      }
    }
    return null;
  }, text);
  if (!p) throw new Error('no painted range for ' + text);
  return p;
}

for (const name of BROWSERS) {
  describe.skipIf(!browserAvailable(name))(`privacy of the release build in ${name}`, () => {
    let s: Session;
    let server: TestServer;
    useSession(
      name,
      (ss, srv) => {
        s = ss;
        server = srv;
      },
      { release: true },
    );

    for (const page of ['unrelated-gardening.html', 'neg-kpop.html', 'ko-neg-kpop.html']) {
      it(`an inactive page (${page}) can fetch nothing of ours and sees no CSS or DOM of ours`, async () => {
        await s.page.goto(server.base + '/pages/' + page);
        await sleep(1500);
        const r = await probe(s.page, s.extBase);
        expect(r.fetched).toEqual([]);
        expect(r.ourCss).toBe(r.noneCss);
        expect(r.highlights).toEqual([]);
        expect(r.sameDom).toBe(true);
        expect(r.extraChildren).toBe(0);
      });
    }

    it.runIf(name === 'chromium')('Chrome shows the same install warning as a content script alone', async () => {
      const popup = await s.openExtensionPage('src/popup/index.html');
      const [now, before] = await popup.evaluate(async () => {
        const c = (globalThis as unknown as { chrome: any }).chrome;
        const m = c.runtime.getManifest() as Record<string, unknown> & { permissions?: string[] };
        const old: Record<string, unknown> = { ...m, permissions: (m.permissions ?? []).filter((p) => p !== 'scripting') };
        delete old.host_permissions;
        const warn = (x: unknown) => new Promise<string[]>((r) => c.management.getPermissionWarningsByManifest(JSON.stringify(x), r));
        return [await warn(m), await warn(old)];
      });
      await popup.close();
      expect(now.length).toBeGreaterThan(0);
      expect(now).toEqual(before);
    });

    it('an active page sees a closed host, no test attributes, unguessable names, and cannot drive the card', async () => {
      await s.page.goto(server.base + '/pages/demo-article.html');
      await s.page.waitForFunction(() => ((CSS as unknown as { highlights: Map<string, unknown> }).highlights?.size ?? 0) > 0, {
        timeout: 30_000,
        polling: 100,
      });
      await sleep(500);
      const seen = await s.page.evaluate(() => {
        const host = [...document.documentElement.children].find((c) => c.tagName !== 'HEAD' && c.tagName !== 'BODY');
        return {
          hostTag: host?.tagName.toLowerCase() ?? null,
          shadow: host ? host.shadowRoot === null : null,
          dataKc: [...document.querySelectorAll('*')].some((e) => [...e.attributes].some((a) => a.name.startsWith('data-kc'))),
          names: [...(CSS as unknown as { highlights: Map<string, unknown> }).highlights.keys()],
        };
      });
      expect(seen.hostTag).not.toBe('kc-host');
      expect(seen.shadow).toBe(true);
      expect(seen.dataKc).toBe(false);
      expect(seen.names.length).toBeGreaterThan(0);
      expect(seen.names.some((n) => n.startsWith('kc-'))).toBe(false);
      expect((await probe(s.page, s.extBase)).fetched).toEqual([]);

      const before = await overlayCoverage(s.page);
      const p = await rangePoint(s.page, 'Kaesong Industrial Complex');
      // Page script: a synthetic click on the mention and synthetic keys do nothing.
      await s.page.evaluate(({ x, y }) => {
        const target = document.elementFromPoint(x, y) ?? document.body;
        for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'])
          target.dispatchEvent(new MouseEvent(type, { bubbles: true, composed: true, clientX: x, clientY: y, button: 0 }));
        window.dispatchEvent(new KeyboardEvent('keydown', { key: 'B', code: 'KeyB', altKey: true, shiftKey: true, bubbles: true }));
      }, p);
      await sleep(600);
      expect(await overlayCoverage(s.page)).toBe(before);
      // The reader's own click opens the card.
      await s.page.mouse.click(p.x, p.y);
      await s.page.waitForFunction(
        (b) => {
          const host = [...document.documentElement.children].find((c) => c.tagName !== 'HEAD' && c.tagName !== 'BODY');
          let n = 0;
          for (let x = 10; x < innerWidth; x += 40) for (let y = 10; y < innerHeight; y += 40) if (document.elementFromPoint(x, y) === host) n++;
          return n > b + 10;
        },
        { timeout: 10_000, polling: 100 },
        before,
      );
    });
  });
}
