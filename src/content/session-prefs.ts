/** What a session derives from the settings: matching options and the overlay's theme. */
import type { WireOptions } from '../core/matching/service';
import type { EntryKind } from '../core/corpus/types';
import { resolveTheme, type Settings } from '../core/settings/settings';

/**
 * Matching options for a page. `koreaPage`: detection says the page is about Korea, so episode words
 * ("the hotline", "the summit") may link. `forced`: the reader turned the site on, so capitals and
 * bylines show too (they are quiet on detected pages by default).
 */
export function mentionOptions(s: Settings, articleDate: string | null, page: { koreaPage: boolean; forced: boolean }): WireOptions {
  const kinds = (Object.keys(s.categories) as EntryKind[]).filter((k) => s.categories[k]);
  return { articleDate, kinds, density: s.density, koreaPage: page.koreaPage, ...(page.forced ? { quiet: false } : {}) };
}

/** The overlay's theme: the reader's choice, or the OS theme for "system". */
export function themeOf(s: Settings): 'light' | 'dark' {
  return resolveTheme(s.theme, matchMedia('(prefers-color-scheme: dark)').matches);
}
