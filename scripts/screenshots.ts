// npm run screenshots: headless Chromium with the built extension; saves the card (light and dark),
// a timeline card and the briefing panel over the demo article into docs/.
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
    await shot('inter-Korean hotlines', 'docs/timeline-card.png');
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
await server.close();
console.log('screenshots written to docs/');
