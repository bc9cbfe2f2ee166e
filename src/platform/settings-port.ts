/** The settings port the extension's own pages (popup, options) hand to `useSettings`: stored settings in the browser. */
import browser from './browser';
import { saveSettings, watchSettings } from './settings-store';
import type { SettingsPort } from '../core/settings/port';

export const settingsPort: SettingsPort = {
  watch: (cb) => watchSettings(browser.storage, cb, { initial: true }),
  save: (s) => saveSettings(browser.storage, s),
  uiLanguage: () => browser.i18n.getUILanguage(),
};
