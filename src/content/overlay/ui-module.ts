/**
 * The contract between the page session (engine bundle) and the overlay (UI bundle, loaded only
 * on an active page or when the reader asks for a card). Types only.
 */
import type { Corpus } from '../../core/corpus/types';
import type { EntrySummary } from '../../core/messages';
import type { Host } from './host';

export interface OverlayEnv {
  doc: Document;
  /** The session's host: the overlay renders into its mount. */
  host: Host;
  /** The briefing panel opened or closed (the session's button shows it). */
  onPanel(open: boolean): void;
  /** Aborts with the page session: the overlay removes itself. */
  signal: AbortSignal;
  articleDate: string | null;
  language: 'en' | 'ko';
  theme: 'light' | 'dark';
  /** The whole corpus (card text), injected on first use. */
  loadCards(): Promise<Corpus>;
  /** The card or panel closed: the session puts focus back (on the mention it came from). */
  onClosed(): void;
  /**
   * Puts the keyboard ring on mention `index` (0-based, wrapping) of an entry, scrolls to it and
   * announces it; returns its anchor and place, or null when the entry has no mention on the page.
   */
  goToMention(id: string, index: number): MentionPlace | null;
}

/** A mention's anchor and its place among its entry's mentions (0-based index, count). */
export interface MentionPlace {
  anchor: () => DOMRect | null;
  index: number;
  count: number;
}

export interface OverlayController {
  /** Restyles and refreshes in place; never closes an open card. */
  update(p: {
    active?: boolean;
    theme?: 'light' | 'dark';
    language?: 'en' | 'ko';
    entries?: EntrySummary[];
    matches?: number;
    articleDate?: string | null;
  }): void;
  /** Opens an entry's card next to `anchor` (at `mention`, when it came from one); false when the id is unknown. */
  openCard(id: string, anchor: () => DOMRect | null, mention?: { index: number; count: number }): Promise<boolean>;
  /** A free-text look-up: one card, or a list of choices. Returns how many entries matched. */
  lookup(text: string, anchor: () => DOMRect | null): Promise<number>;
  togglePanel(open?: boolean): void;
  closeCard(): void;
  hasCard(): boolean;
  isOpen(): boolean;
  /** Re-positions the card (scroll, resize). */
  reposition(): void;
  destroy(): void;
}

export interface UiModule {
  createOverlay(env: OverlayEnv): OverlayController;
}
