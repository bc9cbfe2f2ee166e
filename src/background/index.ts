/** Background: registers handlers only (badge, context menu, commands). */
import browser from '../platform/browser';
import { dispatch, type Handlers, type PageStatus } from '../core/messages';
import { siteMode, withSiteMode } from '../core/settings/settings';
import { loadSettings, saveSettings } from '../platform/settings-store';

const MENU_ID = 'kc-lookup';
const menus = (browser as unknown as { menus?: typeof browser.contextMenus }).menus ?? browser.contextMenus;

function createMenu() {
  menus.removeAll().then(() => {
    menus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuLookup'), contexts: ['selection'] });
  }).catch(() => {});
}
browser.runtime.onInstalled.addListener(createMenu);
browser.runtime.onStartup?.addListener(createMenu);

menus.onClicked.addListener((info, tab) => {
  if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
  void browser.tabs.sendMessage(tab.id, { type: 'kc:lookup', text: info.selectionText.slice(0, 500) }).catch(() => {});
});

async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

browser.commands.onCommand.addListener(async (command) => {
  const tab = await activeTab();
  if (!tab?.id || !tab.url) return;
  if (command === 'open-briefing') {
    await browser.tabs.sendMessage(tab.id, { type: 'kc:open-briefing' }).catch(() => {});
  } else if (command === 'toggle-site') {
    let host: string;
    try {
      host = new URL(tab.url).hostname;
    } catch {
      return;
    }
    const { settings } = await loadSettings(browser.storage);
    const status = (await browser.tabs.sendMessage(tab.id, { type: 'kc:get-status' }).catch(() => null)) as PageStatus | null;
    const shown = status?.status === 'active' || (settings.enabled && siteMode(settings, host) === 'on');
    await saveSettings(browser.storage, withSiteMode(settings, host, shown ? 'off' : 'on'));
  }
});

const handlers: Handlers = {
  'kc:status-changed': async (m, sender) => {
    const tabId = (sender as { tab?: { id?: number } })?.tab?.id;
    if (tabId === undefined) return { ok: false };
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#1d4ed8' }).catch(() => {});
    await browser.action.setBadgeText({ tabId, text: m.active && m.matches > 0 ? String(m.matches) : '' }).catch(() => {});
    return { ok: true };
  },
};

browser.runtime.onMessage.addListener(((msg: unknown, sender: unknown) => dispatch(handlers, msg, sender)) as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
