// npm run screenshots: headless Chromium with the built extension; saves the card (light and dark),
// a timeline card, a person's card, an agreement's card, the briefing panel and the phone-sized
// bottom sheet over the demo article into docs/.
import { mkdirSync } from 'node:fs';
import { launch } from '../test/helpers/browsers';
import { startServer } from '../test/helpers/server';
import { mentionPoint, waitForActive, waitForCard } from '../test/helpers/page';

mkdirSync('docs', { recursive: true });
const server = await startServer();
for (const scheme of ['light', 'dark'] as const) {
  const s = await launch('chromium');
  const page = s.page;
  await page.setViewport({ width: 1100, height: 760, deviceScaleFactor: 1 });
  await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
  await page.goto(server.base + '/pages/demo-article.html');
  await waitForActive(page);
  const shot = async (text: string, file: string) => {
    const p = await mentionPoint(page, text);
    await page.mouse.click(p.x, p.y);
    await waitForCard(page);
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: file });
    await page.keyboard.press('Escape');
  };
  await shot('Kim Yo Jong', `docs/card-${scheme}.png`);
  if (scheme === 'light') {
    await shot('the hotlines', 'docs/timeline-card.png');
    await shot('President Moon Jae-in', 'docs/person-card.png');
    await shot('Panmunjom Declaration', 'docs/agreement-card.png');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.down('Alt');
    await page.keyboard.down('Shift');
    await page.keyboard.press('KeyB');
    await page.keyboard.up('Shift');
    await page.keyboard.up('Alt');
    await new Promise((r) => setTimeout(r, 400));
    await page.screenshot({ path: 'docs/briefing-panel.png' });
  }
  await s.close();
}
// A phone: the card is a bottom sheet.
{
  const s = await launch('chromium');
  await s.page.emulate({
    viewport: { width: 360, height: 740, deviceScaleFactor: 2, isMobile: true, hasTouch: true },
    userAgent: 'Mozilla/5.0 (Android 14; Mobile; rv:142.0) Gecko/142.0 Firefox/142.0',
  });
  await s.page.goto(server.base + '/pages/demo-article.html');
  await waitForActive(s.page);
  const p = await mentionPoint(s.page, 'the hotlines');
  await s.page.touchscreen.tap(p.x, p.y);
  await waitForCard(s.page);
  await new Promise((r) => setTimeout(r, 400));
  await s.page.screenshot({ path: 'docs/phone-sheet.png' });
  await s.close();
}
await server.close();
console.log('screenshots written to docs/');
