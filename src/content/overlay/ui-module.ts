/**
 * The contract between the page session (engine bundle) and the overlay (UI bundle, loaded only
 * on an active page or when the reader asks for a card). Types only.
 */
import type { EntrySummary } from '../../core/messages';

export interface OverlayEnv {
  doc: Document;
  /** Aborts with the page session: the overlay removes itself. */
  signal: AbortSignal;
  articleDate: string | null;
  language: 'en' | 'ko';
  theme: 'light' | 'dark';
  /** The card or panel closed: the session puts focus back (on the mention it came from). */
  onClosed(): void;
  /** The panel asks to go to mention `index` (0-based) of an entry; returns its anchor or null. */
  goToMention(id: string, index: number): (() => DOMRect | null) | null;
}

export interface OverlayController {
  /** Restyles and refreshes in place; never closes an open card. */
  update(p: { active?: boolean; theme?: 'light' | 'dark'; language?: 'en' | 'ko'; entries?: EntrySummary[]; matches?: number; articleDate?: string | null }): void;
  /** Opens an entry's card next to `anchor`; false when the id is unknown. */
  openCard(id: string, anchor: () => DOMRect | null): boolean;
  /** A free-text look-up: one card, or a list of choices. Returns how many entries matched. */
  lookup(text: string, anchor: () => DOMRect | null): number;
  togglePanel(open?: boolean): void;
  closeCard(): void;
  hasCard(): boolean;
  isOpen(): boolean;
  /** Says `text` once through the polite live region. */
  announce(text: string): void;
  /** True when the event happened inside our overlay. */
  contains(ev: Event): boolean;
  /** Re-positions the card (scroll, resize). */
  reposition(): void;
  destroy(): void;
}

export interface UiModule {
  createOverlay(env: OverlayEnv): OverlayController;
}
