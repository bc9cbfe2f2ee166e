/** How a settings page reads and writes settings, so the UI needs no browser API (the platform layer implements it). */
import type { Settings } from './settings';

export interface SettingsPort {
  /** Calls back with the newest settings, the first read included; `invalidate` drops reads under way. */
  watch(cb: (s: Settings, problems: string[]) => void): { stop(): void; invalidate(): void };
  save(s: Settings): Promise<unknown>;
  /** The browser's UI language, for the "system" language setting. */
  uiLanguage(): string | undefined;
}
