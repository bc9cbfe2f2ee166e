// The keyboard path in both browsers: from page load to a mention's card and back without a mouse.
// Alt+Shift+N/P move a visible ring between names (the browser command, or the page's fallback),
// the live region says where it is, Enter opens the card with focus inside it, Tab stays in the
// card, Escape closes it and returns to the same mention.
import { describe, expect, it } from 'vitest';
import type { KeyInput, Page } from 'puppeteer-core';
import { browserAvailable, type Session } from '../helpers/browsers';
import type { TestServer } from '../helpers/server';
import { BROWSERS, useSession } from '../helpers/suite';
import { cardName, waitForActive, waitForCard, waitNoCard } from '../helpers/page';

const ring = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('kc-focus');
    return h && h.size === 1 ? [...h][0].toString() : null;
  });
const live = (page: Page) => page.evaluate(() => document.querySelector('kc-host')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? '');
async function chord(page: Page, key: KeyInput): Promise<void> {
  await page.keyboard.down('Alt');
  await page.keyboard.down('Shift');
  await page.keyboard.press(key);
  await page.keyboard.up('Shift');
  await page.keyboard.up('Alt');
}

for (const name of BROWSERS) {
  describe.skipIf(!browserAvailable(name))(`keyboard path in ${name}`, () => {
    let s: Session;
    let server: TestServer;
    useSession(name, (ss, srv) => {
      s = ss;
      server = srv;
    });

    it('announces the names once, steps with a ring, opens with Enter, keeps focus in the card, returns with Escape', async () => {
      await s.page.goto(server.base + '/pages/demo-article.html');
      await s.page.bringToFront();
      const info = await waitForActive(s.page);
      await s.page.waitForFunction(
        () => /Korea Context: \d+ names? on this page/.test(document.querySelector('kc-host')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? ''),
        { timeout: 10_000, polling: 100 },
      );
      expect(await live(s.page)).toContain(`${info.entries} name`);

      await chord(s.page, 'N');
      await s.page.waitForFunction(() => ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('kc-focus')?.size ?? 0) === 1, {
        timeout: 10_000,
        polling: 100,
      });
      const first = await ring(s.page);
      expect(first).toBeTruthy();
      await s.page.waitForFunction(
        () => /mention \d+ of \d+/.test(document.querySelector('kc-host')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? ''),
        { timeout: 5000, polling: 100 },
      );
      await chord(s.page, 'N');
      await s.page.waitForFunction(
        (f) => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('kc-focus');
          return h?.size === 1 && [...h][0].toString() !== f;
        },
        { timeout: 5000, polling: 100 },
        first,
      );
      const second = await ring(s.page);

      await s.page.keyboard.press('Enter');
      const opened = await waitForCard(s.page);
      expect(opened).toBeTruthy();
      for (let i = 0; i < 12; i++) {
        await s.page.keyboard.press('Tab');
        const inside = await s.page.evaluate(() => {
          const host = document.querySelector('kc-host');
          return document.activeElement === host && !!host?.shadowRoot?.activeElement?.closest('[role=dialog]');
        });
        expect(inside, `Tab ${i + 1} left the card`).toBe(true);
      }

      await s.page.keyboard.press('Escape');
      await waitNoCard(s.page);
      expect(await cardName(s.page)).toBeNull();
      expect(await ring(s.page)).toBe(second);
      await s.page.waitForFunction(
        () => (document.querySelector('kc-host')?.shadowRoot?.querySelector('[role=status]')?.textContent ?? '').includes('mention'),
        { timeout: 5000, polling: 100 },
      );

      await chord(s.page, 'P');
      await s.page.waitForFunction(
        (f) => {
          const h = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('kc-focus');
          return h?.size === 1 && [...h][0].toString() === f;
        },
        { timeout: 5000, polling: 100 },
        first,
      );
    });
  });
}
