/**
 * The settings port the extension's own pages (popup, options) hand to `useSettings`: stored
 * settings through the platform layer. (It belongs with the platform seam; it sits here because
 * ui may not import platform.)
 */
import browser from '../platform/browser';
import { saveSettings, watchSettings } from '../platform/settings-store';
import type { SettingsPort } from '../ui/use-settings';

export const settingsPort: SettingsPort = {
  watch: (cb) => watchSettings(browser.storage, cb, { initial: true }),
  save: (s) => saveSettings(browser.storage, s),
  uiLanguage: () => browser.i18n.getUILanguage(),
};
