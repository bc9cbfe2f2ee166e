/** What a session derives from the settings: matching options and the overlay's theme. */
import { forPage, type WireOptions } from '../core/matching/service';
import type { EntryKind } from '../core/corpus/types';
import { resolveTheme, type Settings } from '../core/settings/settings';

/** The reader's matching options for a page, before the activation rule has spoken (see `forPage`). */
export function baseOptions(s: Settings, articleDate: string | null): WireOptions {
  const kinds = (Object.keys(s.categories) as EntryKind[]).filter((k) => s.categories[k]);
  return { articleDate, kinds, density: s.density };
}

/** Matching options for an active page (`forPage` in the service says what `page` changes). */
export function mentionOptions(s: Settings, articleDate: string | null, page: { koreaPage: boolean; forced: boolean }): WireOptions {
  return forPage(baseOptions(s, articleDate), page);
}

/** The overlay's theme: the reader's choice, or the OS theme for "system". */
export function themeOf(s: Settings): 'light' | 'dark' {
  return resolveTheme(s.theme, matchMedia('(prefers-color-scheme: dark)').matches);
}
