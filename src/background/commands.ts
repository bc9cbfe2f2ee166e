/** Keyboard commands (rebindable in the browser's shortcut settings). */
import browser from '../platform/browser';
import type { PageStatus } from '../core/messages';
import { siteMode, withSiteMode } from '../core/settings/settings';
import { loadSettings, saveSettings } from '../platform/settings-store';

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

async function toggleSite(tabId: number, url: string): Promise<void> {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return;
  }
  const { settings } = await loadSettings(browser.storage);
  const status = (await browser.tabs.sendMessage(tabId, { type: 'kc:get-status' }).catch(() => null)) as PageStatus | null;
  const shown = status?.status === 'active' || (settings.enabled && siteMode(settings, host) === 'on');
  await saveSettings(browser.storage, withSiteMode(settings, host, shown ? 'off' : 'on'));
}

/** Registers the command listener. */
export function registerCommands(): void {
  browser.commands.onCommand.addListener(async (command) => {
    const tab = await activeTab();
    if (!tab?.id || !tab.url) return;
    const send = (msg: object) => browser.tabs.sendMessage(tab.id!, msg).catch(() => undefined);
    if (command === 'open-briefing') await send({ type: 'kc:open-briefing' });
    else if (command === 'next-name') await send({ type: 'kc:step', dir: 1 });
    else if (command === 'previous-name') await send({ type: 'kc:step', dir: -1 });
    else if (command === 'toggle-site') await toggleSite(tab.id, tab.url);
  });
}
