// The walking skeleton in both real browsers: highlights on a Korea article, none on an
// unrelated one; a click opens the right card; Escape closes it and focus returns; the
// popup's site toggle removes and restores highlights live.
import { afterAll, describe, expect, it } from 'vitest';
import { browserAvailable, type Session } from '../helpers/browsers';
import { type TestServer } from '../helpers/server';
import { BROWSERS, useSession } from '../helpers/suite';
import { cardName, hostInfo, mentionPoint, mentions, waitForActive, waitForCard, waitNoCard } from '../helpers/page';

for (const name of BROWSERS) {
  describe.skipIf(!browserAvailable(name))(`walking skeleton in ${name}`, () => {
    let s: Session;
    let server: TestServer;
    const t0 = Date.now();

    useSession(name, (ss, srv) => {
      s = ss;
      server = srv;
    });
    afterAll(() => {
      console.log(`[e2e] ${name} skeleton suite: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    });

    it('highlights a Korea article and follows the kc-host contract', async () => {
      await s.page.goto(server.base + '/pages/demo-article.html');
      const info = await waitForActive(s.page);
      expect(info.count).toBe(1);
      expect(info.open).toBe(true);
      const ms = await mentions(s.page);
      expect(ms.length).toBe(info.matches);
      expect(new Set(ms.map((m) => m.text))).toContain('Kim Jong Un');
      expect(ms.map((m) => m.text)).not.toContain('Moon met');
      expect(info.entries).toBeGreaterThanOrEqual(10);
    });

    it('a real click opens the card; Escape closes it and focus leaves the card', async () => {
      await s.page.bringToFront();
      const p = await mentionPoint(s.page, 'Kaesong Industrial Complex');
      await s.page.mouse.click(p.x, p.y);
      const n = await waitForCard(s.page);
      expect(n).toBe('Kaesong Industrial Complex');
      // Focus moved into the card.
      expect(await s.page.evaluate(() => document.activeElement?.tagName)).toBe('KC-HOST');
      await s.page.keyboard.press('Escape');
      await waitNoCard(s.page);
      expect(await s.page.evaluate(() => document.activeElement?.tagName)).not.toBe('KC-HOST');
      // A click outside closes too.
      const q = await mentionPoint(s.page, 'Kim Yo Jong');
      await s.page.mouse.click(q.x, q.y);
      expect(await waitForCard(s.page)).toBe('Kim Yo Jong');
      await s.page.mouse.click(5, 5);
      await waitNoCard(s.page);
      expect(await cardName(s.page)).toBeNull();
    });

    it('adds nothing to an unrelated article', async () => {
      await s.page.goto(server.base + '/pages/unrelated-gardening.html');
      await new Promise((r) => setTimeout(r, 1500));
      const info = await hostInfo(s.page);
      expect(info.count).toBe(0);
      expect(await mentions(s.page)).toEqual([]);
    });

    it('the popup site toggle removes and restores highlights live', async () => {
      const article = s.page;
      await article.goto(server.base + '/pages/demo-article.html');
      await waitForActive(article);
      const popup = await s.openExtensionPage('src/popup/index.html');
      await popup.waitForSelector('input[data-kc-mode="off"]');
      await popup.click('input[data-kc-mode="off"]');
      await article.waitForFunction(() => !document.documentElement.querySelector(':scope > kc-host'), { timeout: 10_000, polling: 100 });
      expect(await mentions(article)).toEqual([]);
      await popup.click('input[data-kc-mode="auto"]');
      const info = await waitForActive(article);
      expect(info.matches).toBeGreaterThan(0);
      await popup.close();
    });
  });
}
