// Context cards in both browsers: a timeline split at the article's date, related entries
// with Back, the briefing panel by keyboard alone, and axe with zero violations.
import { describe, expect, it } from 'vitest';
import { browserAvailable, type Session } from '../helpers/browsers';
import { type TestServer } from '../helpers/server';
import { BROWSERS, useSession } from '../helpers/suite';
import { cardName, inShadow, mentionPoint, waitForActive, waitForCard, waitNoCard } from '../helpers/page';
import { axeViolations } from '../helpers/axe';

for (const name of BROWSERS) {
  describe.skipIf(!browserAvailable(name))(`cards in ${name}`, () => {
    let s: Session;
    let server: TestServer;
    useSession(name, async (ss, srv) => {
      s = ss;
      server = srv;
      await s.page.goto(server.base + '/pages/demo-article.html');
      await waitForActive(s.page);
    });

    it('opens a timeline card split before/after the article date (5 Oct 2021)', async () => {
      const p = await mentionPoint(s.page, 'the hotlines');
      await s.page.mouse.click(p.x, p.y);
      const title = await waitForCard(s.page);
      expect(title).toMatch(/communication lines|hotline/i);
      // Rows carry their dates; folded earlier episodes stay in the list, hidden.
      const split = await inShadow<{ before: string[]; after: string[]; hasStrip: boolean; articleLine: boolean }>(
        s.page,
        `
        const dates = (sel) => [...root.querySelectorAll(sel)].map((li) => li.querySelector('time[datetime]')?.getAttribute('datetime') ?? '').filter(Boolean);
        return { before: dates('.kc-tl-before > li'), after: dates('.kc-tl-after > li.kc-tl-row'), hasStrip: root.querySelectorAll('.kc-strip .kc-mark').length > 5, articleLine: !!root.querySelector('.kc-article-line') };`,
      );
      expect(split.hasStrip).toBe(true);
      expect(split.articleLine).toBe(true);
      // July 2021 restoration is history; the 2023 silence came after the article.
      expect(split.before.some((id) => id.startsWith('2021-07-27'))).toBe(true);
      expect(split.before.some((id) => id.startsWith('1971'))).toBe(true);
      expect(split.after.some((id) => id.startsWith('2023'))).toBe(true);
      expect(split.before.every((id) => id.slice(0, 10) <= '2021-10-05')).toBe(true);
      expect(split.after.every((id) => id.slice(0, 10) > '2021-10-05')).toBe(true);
      const gaps = await inShadow<string[]>(s.page, `return [...root.querySelectorAll('.kc-tl-after .kc-gap')].map((g) => g.textContent);`);
      expect(gaps.some((g) => /later/.test(g))).toBe(true);
    });

    it('navigates to a related entry inside the card and back', async () => {
      const first = await inShadow<string>(s.page, `return root.querySelector('.kc-card h2').textContent;`);
      const target = await inShadow<string>(s.page, `const b = root.querySelector('.kc-related .kc-link'); const n = b.textContent; b.click(); return n;`);
      await waitForCard(s.page, target);
      await inShadow(s.page, `root.querySelector('.kc-card button[aria-label="Back"]').click(); return 0;`);
      await waitForCard(s.page, first);
    });

    it('sources open in a new tab without referrer; footer shows the corpus date', async () => {
      const links = await inShadow<{ href: string; target: string; rel: string }[]>(
        s.page,
        `return [...root.querySelectorAll('.kc-sources a')].map((a) => ({ href: a.href, target: a.target, rel: a.rel }));`,
      );
      expect(links.length).toBeGreaterThan(0);
      for (const l of links) {
        expect(l.href).toMatch(/^https?:/);
        expect(l.target).toBe('_blank');
        expect(l.rel).toContain('noopener');
        expect(l.rel).toContain('noreferrer');
      }
      expect(await inShadow<string>(s.page, `return root.querySelector('.kc-foot').textContent;`)).toMatch(/as of/);
    });

    it('card passes axe with zero violations', async () => {
      expect(await axeViolations(s.page)).toEqual([]);
      await s.page.keyboard.press('Escape');
      await waitNoCard(s.page);
    });

    it('the briefing panel works by keyboard alone and passes axe', async () => {
      await s.page.keyboard.down('Alt');
      await s.page.keyboard.down('Shift');
      await s.page.keyboard.press('KeyB');
      await s.page.keyboard.up('Shift');
      await s.page.keyboard.up('Alt');
      await s.page.waitForFunction(() => !!document.documentElement.querySelector(':scope > kc-host')?.shadowRoot?.querySelector('.kc-panel'), {
        timeout: 5000,
        polling: 100,
      });
      expect(await axeViolations(s.page)).toEqual([]);
      const focused = await inShadow<string>(s.page, `return root.activeElement?.className ?? '';`);
      expect(focused).toContain('kc-panel-item');
      await s.page.keyboard.press('ArrowDown');
      const chosen = await inShadow<string>(s.page, `return root.activeElement.querySelector('span').textContent;`);
      await s.page.keyboard.press('Enter');
      await s.page
        .waitForFunction(() => !!document.documentElement.querySelector(':scope > kc-host')?.shadowRoot?.querySelector('.kc-card'), {
          timeout: 5000,
          polling: 100,
        })
        .catch(() => {});
      const state = await inShadow<string>(
        s.page,
        `return JSON.stringify({ panel: !!root.querySelector('.kc-panel'), card: root.querySelector('.kc-card h2')?.textContent, active: root.activeElement?.outerHTML?.slice(0, 120) });`,
      );
      expect(await cardName(s.page), state).toBe(chosen);
      // The card's focus is inside, and Escape closes it.
      expect(await inShadow<boolean>(s.page, `return !!root.activeElement && !!root.activeElement.closest('.kc-card');`)).toBe(true);
      await s.page.keyboard.press('Escape');
      await waitNoCard(s.page);
    });

    it('the card stays on screen at 320 px wide', async () => {
      await s.page.keyboard.press('Escape');
      await s.page.keyboard.press('Escape');
      await s.page.setViewport({ width: 320, height: 640 });
      const p = await mentionPoint(s.page, 'Kim Yo Jong');
      await s.page.mouse.click(p.x, p.y);
      await waitForCard(s.page, 'Kim Yo Jong');
      const box = await inShadow<{ left: number; right: number }>(
        s.page,
        `const r = root.querySelector('.kc-card').getBoundingClientRect(); return { left: r.left, right: r.right };`,
      );
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(320);
      await s.page.keyboard.press('Escape');
      await s.page.setViewport({ width: 1280, height: 900 });
    });

    it('the popup passes axe', async () => {
      const popup = await s.openExtensionPage('src/popup/index.html');
      await popup.waitForSelector('#kc-status');
      expect(await axeViolations(popup, 'body')).toEqual([]);
      await popup.close();
    });
  });
}
