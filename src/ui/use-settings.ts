import type { SettingsPort } from '../core/settings/port';
import { useEffect, useRef, useState } from 'preact/hooks';
import { resolveLanguage, resolveTheme, type Settings } from '../core/settings/settings';
import { setLanguage } from './i18n';

/** A new value, or a change computed from the newest known settings (so quick successive clicks all count). */
export type SettingsUpdate = Settings | ((prev: Settings) => Settings);

/** How a page reaches stored settings; the page builds it from the platform layer (ui imports no platform). */

/** Settings for a Preact page: loaded, kept live across contexts, saved on change. */
export function useSettings(port: SettingsPort): { settings: Settings | null; problems: string[]; save(u: SettingsUpdate): Promise<void> } {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const latest = useRef<Settings | null>(null);
  const watch = useRef<ReturnType<SettingsPort['watch']> | null>(null);
  useEffect(() => {
    let first = true;
    const w = port.watch((s, p) => {
      latest.current = s;
      applyLanguage(s, port.uiLanguage());
      setSettings(s);
      if (first) setProblems(p);
      first = false;
    });
    watch.current = w;
    return () => w.stop();
  }, [port]);
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
      applyLanguage(next, port.uiLanguage());
      setSettings(next);
      await port.save(next);
    },
  };
}

/** Applies the language and theme settings to the page document. */
function applyLanguage(s: Settings, uiLanguage: string | undefined): void {
  const lang = resolveLanguage(s.language, uiLanguage);
  setLanguage(lang);
  document.documentElement.lang = lang;
  document.documentElement.dataset.theme = resolveTheme(s.theme, matchMedia('(prefers-color-scheme: dark)').matches);
}
