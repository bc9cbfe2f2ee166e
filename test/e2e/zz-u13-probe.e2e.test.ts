import { it } from 'vitest';
import { launch } from '../helpers/browsers';
import { startServer } from '../helpers/server';
import { waitForActive, waitForCard, inShadow } from '../helpers/page';
import { mentionContaining } from '../helpers/card-page';
it('probe', async () => {
  const srv = await startServer();
  const s = await launch('chromium');
  for (const [w, h, mob] of [[1280, 800, false], [360, 740, true]] as const) {
    await s.page.setViewport({ width: w, height: h, isMobile: mob, hasTouch: mob });
    await s.page.goto(srv.base + '/pages/demo-article.html');
    await waitForActive(s.page);
    for (const who of ['communication lines', 'Kim Yo Jong', 'Moon Jae-in', 'Panmunjom Declaration']) {
      await s.page.keyboard.press('Escape');
      const p = await mentionContaining(s.page, who);
      if (mob) await s.page.touchscreen.tap(p.x, p.y); else await s.page.mouse.click(p.x, p.y);
      const t = await waitForCard(s.page).catch((e) => 'ERR ' + e.message);
      const sec = await inShadow<string>(s.page, `const inner = root.querySelector('.kc-card-inner'); if (!inner) return 'none'; return [...inner.children].map((c) => c.className + ':' + Math.round(c.getBoundingClientRect().height)).join(' | ') + ' || total ' + root.querySelector('.kc-card-scroll').scrollHeight + ' card ' + JSON.stringify(root.querySelector('.kc-card').getBoundingClientRect());`).catch((e) => 'ERR ' + e.message);
      console.log(w, who, t, sec);
      await new Promise((r) => setTimeout(r, 400)); await inShadow(s.page, `root.querySelector(".kc-card-scroll").scrollTop = 0; return 0;`); await s.page.screenshot({ path: `/tmp/u13-${w}-${who.replace(/ /g, '_')}.png` });
    }
  }
  await s.close(); await srv.close();
});
