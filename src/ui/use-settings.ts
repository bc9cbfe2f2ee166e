import { useEffect, useRef, useState } from 'preact/hooks';
import browser from '../platform/browser';
import type { Settings } from '../core/settings/settings';
import { saveSettings, watchSettings } from '../platform/settings-store';
import { resolveLanguage, setLanguage } from './i18n';

/** A new value, or a change computed from the newest known settings (so quick successive clicks all count). */
export type SettingsUpdate = Settings | ((prev: Settings) => Settings);

/** Settings for a Preact page: loaded, kept live across contexts, saved on change. */
export function useSettings(): { settings: Settings | null; problems: string[]; save(u: SettingsUpdate): Promise<void> } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const latest = useRef<Settings | null>(null);
  const watch = useRef<ReturnType<typeof watchSettings> | null>(null);
  useEffect(() => {
    let first = true;
    const w = watchSettings(
      browser.storage,
      (s, p) => {
        latest.current = s;
        applyLanguage(s);
        setSettings(s);
        if (first) setProblems(p);
        first = false;
      },
      { initial: true },
    );
    watch.current = w;
    return () => w.stop();
  }, []);
  return {
    settings,
    problems,
    async save(u) {
      const prev = latest.current;
      if (!prev && typeof u === 'function') return;
      const next = typeof u === 'function' ? u(prev!) : u;
      latest.current = next;
      // A read started before this write may still finish; it must not bring back the older value.
      watch.current?.invalidate();
      applyLanguage(next);
      setSettings(next);
      await saveSettings(browser.storage, next);
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
