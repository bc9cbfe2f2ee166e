// A browser with the built extension for the demo (headed when there is a display).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { extensionDir, findBrowser, launch } from '../../test/helpers/browsers';

export async function launchForDemo(name: 'chromium' | 'firefox', headless: boolean): Promise<{ browser: Browser; page: Page }> {
  if (headless || name === 'firefox') {
    const s = await launch(name);
    return { browser: s.browser, page: s.page };
  }
  const ext = extensionDir('chromium', true);
  const browser = await puppeteer.launch({
    executablePath: findBrowser('chromium')!,
    headless: false,
    defaultViewport: null,
    userDataDir: mkdtempSync(join(tmpdir(), 'kc-demo-')),
    ignoreDefaultArgs: ['--disable-extensions'],
    args: ['--no-first-run', '--disable-background-networking', '--disable-sync', `--disable-extensions-except=${ext}`, `--load-extension=${ext}`],
  });
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  return { browser, page };
}
