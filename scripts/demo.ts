// Opens a real browser window with the built extension on the demo article, and waits until it is closed.
// Without a display it runs headless, saves a screenshot of the opened card, and exits.
import { join } from 'node:path';
import { launchForDemo } from './lib/demo-browser';
import { startServer } from '../test/helpers/server';

const firefox = process.argv.includes('--firefox');
const server = await startServer();
const url = server.base + '/pages/demo-article.html';
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const { browser, page } = await launchForDemo(firefox ? 'firefox' : 'chromium', headless);
await page.goto(url);
console.log(`\nKorea Context demo: ${url}`);
if (headless) {
  await page.waitForSelector('kc-host', { timeout: 30_000 });
  const out = join('dist', 'demo.png');
  await page.screenshot({ path: out });
  console.log(`no display found: ran headless and saved a screenshot to ${out}`);
  await browser.close();
  await server.close();
} else {
  console.log('Close the browser window to stop.');
  browser.on('disconnected', () => void server.close().then(() => process.exit(0)));
}
