/** "Look up … in Korea Context" on selected text. */
import browser from '../platform/browser';
import { askPage } from '../platform/page-link';

const MENU_ID = 'kc-lookup';
const menus = (browser as unknown as { menus?: typeof browser.contextMenus }).menus ?? browser.contextMenus;

function createMenu() {
  menus
    .removeAll()
    .then(() => menus.create({ id: MENU_ID, title: browser.i18n.getMessage('menuLookup'), contexts: ['selection'] }))
    .catch(() => undefined);
}

/** Registers the menu and its click handler. */
export function registerContextMenu(): void {
  browser.runtime.onInstalled.addListener(createMenu);
  browser.runtime.onStartup?.addListener(createMenu);
  menus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== MENU_ID || tab?.id === undefined || !info.selectionText) return;
    void askPage(tab.id, { type: 'kc:lookup', text: info.selectionText.slice(0, 500) });
  });
}
