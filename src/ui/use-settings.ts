import { useEffect, useState } from 'preact/hooks';
import browser from '../platform/browser';
import type { Settings } from '../core/settings/settings';
import { loadSettings, saveSettings, watchSettings } from '../platform/settings-store';
import { resolveLanguage, setLanguage } from './i18n';

/** Settings for a Preact page: loaded, kept live across contexts, saved on change. */
export function useSettings(): { settings: Settings | null; problems: string[]; save(s: Settings): Promise<void> } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  useEffect(() => {
    let live = true;
    void loadSettings(browser.storage).then((r) => {
      if (!live) return;
      applyLanguage(r.settings);
      setSettings(r.settings);
      setProblems(r.problems);
    });
    const stop = watchSettings(browser.storage, (s) => {
      applyLanguage(s);
      setSettings(s);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);
  return {
    settings,
    problems,
    async save(s) {
      applyLanguage(s);
      setSettings(s);
      await saveSettings(browser.storage, s);
    },
  };
}

export function applyLanguage(s: Settings): void {
  const lang = resolveLanguage(s.language, browser.i18n.getUILanguage());
  setLanguage(lang);
  document.documentElement.lang = lang;
  const dark = s.theme === 'dark' || (s.theme === 'system' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}
