// Launches Debian's chromium and firefox-esr, headless, with the built extension installed.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export type BrowserName = 'chromium' | 'firefox';
export const DIST = resolve(import.meta.dirname, '../../dist');

/** The built extension a browser loads: the test build (open test contract) unless `release`. */
export function extensionDir(name: BrowserName, release = false): string {
  return join(DIST, ...(release ? [] : ['test']), name === 'chromium' ? 'chrome' : 'firefox');
}
const GECKO_ID = 'korea-context@korea-context.org';
export const FIREFOX_UUID = '6b1a5c2e-4f0d-4b3a-9c55-2d8e0f7a1b33';

/** Chromium flags for quiet, reproducible headless runs (tests, demo and bench). */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Path of a browser executable, or null. */
export function findBrowser(name: BrowserName): string | null {
  const cands = name === 'chromium' ? ['chromium', 'chromium-browser'] : ['firefox-esr', 'firefox'];
  for (const c of cands) {
    try {
      const p = execFileSync('which', [c], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      /* not on PATH */
    }
  }
  return null;
}

/** Missing browser: a loud failure under CI, a loud skip elsewhere. Returns true when usable. */
export function browserAvailable(name: BrowserName): boolean {
  const ok = !!findBrowser(name) && existsSync(join(extensionDir(name), 'manifest.json')) && existsSync(join(extensionDir(name, true), 'manifest.json'));
  if (!ok) {
    const msg = `[e2e] ${name} or its built extension is missing (install Debian's ${name === 'chromium' ? 'chromium' : 'firefox-esr'} and run npm run build)`;
    if (process.env.CI) throw new Error(msg);
    console.warn('\n*** SKIPPING ' + msg + ' ***\n');
  }
  return ok;
}

export interface Session {
  name: BrowserName;
  browser: Browser;
  /** chrome-extension://ID/ or moz-extension://UUID/ */
  extBase: string;
  page: Page;
  /** Opens an extension page (popup, options) in a tab and waits for it to load. */
  openExtensionPage(path: string, page?: Page): Promise<Page>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  lang?: string;
  /** Load the release build (closed shadow root, no test attributes) instead of the test build. */
  release?: boolean;
  /** Called after launch, before the extension is installed (to arm network capture). */
  beforeInstall?: (browser: Browser) => Promise<void>;
}

export async function launch(name: BrowserName, opts: LaunchOptions = {}): Promise<Session> {
  const exe = findBrowser(name)!;
  if (name === 'chromium') {
    const browser = await puppeteer.launch({
      executablePath: exe,
      headless: true,
      pipe: true,
      enableExtensions: true,
      userDataDir: mkdtempSync(join(tmpdir(), 'kc-chromium-')),
      args: [...QUIET_CHROMIUM_FLAGS, '--enable-unsafe-extension-debugging', `--lang=${opts.lang ?? 'en-US'}`, '--window-size=1280,900'],
      env: { ...process.env, LANGUAGE: opts.lang ?? 'en' },
      defaultViewport: { width: 1280, height: 900 },
      protocolTimeout: 120_000,
    });
    await opts.beforeInstall?.(browser);
    const id = await browser.installExtension(extensionDir(name, opts.release));
    const page = (await browser.pages())[0] ?? (await browser.newPage());
    const extBase = `chrome-extension://${id}/`;
    return {
      name,
      browser,
      extBase,
      page,
      async openExtensionPage(path, p) {
        const tab = p ?? (await browser.newPage());
        await tab.goto(extBase + path, { waitUntil: 'load' });
        return tab;
      },
      close: () => browser.close(),
    };
  }
  const prefs: Record<string, unknown> = {
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_UUID }),
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'app.normandy.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
  };
  if (opts.lang) {
    prefs['intl.locale.requested'] = opts.lang;
    prefs['intl.accept_languages'] = opts.lang;
  }
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: exe,
    headless: true,
    args: ['--remote-allow-system-access', '--width=1280', '--height=900'],
    env: {
      ...process.env,
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      ...(opts.lang ? { LANG: opts.lang.replace('-', '_') + '.UTF-8', LC_ALL: opts.lang.replace('-', '_') + '.UTF-8' } : {}),
    },
    extraPrefsFirefox: prefs,
    defaultViewport: { width: 1280, height: 900 },
    protocolTimeout: 120_000,
  });
  await opts.beforeInstall?.(browser);
  await browser.installExtension(extensionDir(name, opts.release));
  const page = (await browser.pages())[0] ?? (await browser.newPage());
  const extBase = `moz-extension://${FIREFOX_UUID}/`;
  return {
    name,
    browser,
    extBase,
    page,
    async openExtensionPage(path, p) {
      const tab = p ?? (await browser.newPage());
      const ctx = (tab.mainFrame() as unknown as { _id: string })._id;
      await (browser as unknown as { connection: { send(m: string, p: unknown): Promise<unknown> } }).connection.send('browsingContext.navigate', {
        context: ctx,
        url: extBase + path,
        wait: 'complete',
      });
      return tab;
    },
    close: () => browser.close(),
  };
}
