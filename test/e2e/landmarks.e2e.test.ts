// A real news page with its own banner, navigation and footer, in both browsers: the extension's card
// and panel add no landmark of their own (no duplicate banner or content info) and pass axe.
import { describe, expect, it } from 'vitest';
import { browserAvailable, type Session } from '../helpers/browsers';
import type { TestServer } from '../helpers/server';
import { BROWSERS, useSession } from '../helpers/suite';
import { mentions, waitForActive, waitForCard } from '../helpers/page';
import { axeViolations, landmarkViolations } from '../helpers/axe';

for (const name of BROWSERS) {
  describe.skipIf(!browserAvailable(name))(`a real page with landmarks in ${name}`, () => {
    let s: Session;
    let server: TestServer;
    useSession(name, (ss, srv) => {
      s = ss;
      server = srv;
    });

    it('opening a card and the panel adds no landmark violation; the card passes axe', async () => {
      await s.page.goto(server.base + '/real/en-pos-nbc-yoon-impeachment-vote.html');
      await s.page.bringToFront();
      await waitForActive(s.page);
      const before = await landmarkViolations(s.page);
      const first = (await mentions(s.page))[0];
      expect(first).toBeTruthy();
      await s.page.evaluate((y) => window.scrollTo(0, y - 200), first.y + (await s.page.evaluate(() => window.scrollY)));
      const m = (await mentions(s.page))[0];
      await s.page.mouse.click(m.x, m.y);
      await waitForCard(s.page);
      expect(await landmarkViolations(s.page)).toEqual(before);
      expect(await axeViolations(s.page)).toEqual([]);
      await s.page.keyboard.press('Escape');
      await s.page.keyboard.down('Alt');
      await s.page.keyboard.down('Shift');
      await s.page.keyboard.press('KeyB');
      await s.page.keyboard.up('Shift');
      await s.page.keyboard.up('Alt');
      await s.page.waitForFunction(() => !!document.querySelector('kc-host')?.shadowRoot?.querySelector('.kc-panel'), { timeout: 5000, polling: 100 });
      expect(await landmarkViolations(s.page)).toEqual(before);
      expect(await axeViolations(s.page)).toEqual([]);
    });
  });
}
