/**
 * The overlay controller (UI bundle): owns the card stack and the briefing panel, rendered into the
 * session's host, and tells the session when they open and close.
 */
import { h, render } from 'preact';
import { buildCardModel } from '../../core/cards/card-model';
import { cardIndex, type CardIndex } from '../../core/corpus/card-index';
import { searchEntries } from '../../core/corpus/search';
import { setLanguage } from '../../ui/i18n';
import css from '../../ui/card.css?inline';
import { Overlay, type OverlayActions, type OverlayState } from './Overlay';
import type { OverlayController, OverlayEnv } from './ui-module';

let shared: Promise<CardIndex> | null = null;
let sheet: CSSStyleSheet | null = null;

/** The card and panel styles, made once per page. */
function cardSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

class Controller implements OverlayController {
  private articleDate: string | null;
  private queued = false;
  private rendered = false;
  private readonly state: OverlayState;
  private readonly actions: OverlayActions;

  constructor(private readonly env: OverlayEnv) {
    this.articleDate = env.articleDate;
    this.state = { theme: env.theme, card: null, entries: [], matches: 0, panelOpen: false, frame: 0 };
    setLanguage(env.language);
    this.actions = {
      closeCard: () => this.closeCard(),
      navigate: (id) => void this.push(id),
      back: () =>
        this.setCard(this.state.card && this.state.card.stack.length > 1 ? { ...this.state.card, stack: this.state.card.stack.slice(0, -1) } : this.state.card),
      togglePin: () => this.setCard(this.state.card ? { ...this.state.card, pinned: !this.state.card.pinned } : null),
      togglePanel: (open) => this.togglePanel(open),
      choose: (id, index) => {
        this.state.panelOpen = false;
        const at = env.goToMention(id, index ?? 0);
        void this.openCard(id, at?.anchor ?? (() => null), at ?? undefined);
      },
      focusMention: (id, index) => {
        // The ring moves; an open card about the same entry follows it, nothing else opens.
        const at = env.goToMention(id, index);
        const card = this.state.card;
        if (at && card && card.stack[card.stack.length - 1]?.id === id)
          this.setCard({ ...card, anchor: at.anchor, mention: { id, index: at.index, count: at.count } });
      },
    };
    env.signal.addEventListener('abort', () => this.destroy(), { once: true });
  }

  private rerender(): void {
    if (this.queued || this.env.signal.aborted) return;
    this.queued = true;
    queueMicrotask(() => {
      this.queued = false;
      if (this.env.signal.aborted) return;
      if (!this.rendered) this.env.host.adopt(cardSheet());
      this.rendered = true;
      render(h(Overlay, { state: { ...this.state }, actions: this.actions }), this.env.host.mount);
    });
  }

  /** The card text, injected the first time a card is asked for. */
  private cards(): Promise<CardIndex> {
    return (shared ??= this.env.loadCards().then(cardIndex));
  }

  private async model(id: string) {
    return buildCardModel(await this.cards(), id, this.articleDate, this.env.language);
  }

  private setCard(card: OverlayState['card']): void {
    this.state.card = card;
    this.rerender();
  }

  private async push(id: string): Promise<void> {
    const m = await this.model(id);
    if (m && this.state.card) this.setCard({ ...this.state.card, choices: undefined, stack: [...this.state.card.stack, m] });
  }

  update(p: Parameters<OverlayController['update']>[0]): void {
    if (p.theme) this.state.theme = p.theme;
    if (p.language) setLanguage(p.language);
    if (p.entries) this.state.entries = p.entries;
    if (p.matches !== undefined) this.state.matches = p.matches;
    if (p.articleDate !== undefined) this.articleDate = p.articleDate;
    this.rerender();
  }

  async openCard(id: string, anchor: () => DOMRect | null, mention?: { index: number; count: number }): Promise<boolean> {
    const m = await this.model(id);
    if (!m) return false;
    this.setCard({
      stack: [m],
      pinned: this.state.card?.pinned ?? false,
      anchor,
      ...(mention ? { mention: { id, index: mention.index, count: mention.count } } : {}),
    });
    return true;
  }

  async lookup(text: string, anchor: () => DOMRect | null): Promise<number> {
    const found = searchEntries(await this.cards(), text, 8);
    if (found.length === 1) await this.openCard(found[0].id, anchor);
    else {
      const items = found.map((e) => ({ id: e.id, name: e.name, kind: e.kind, count: 0 }));
      this.setCard({ stack: [], pinned: false, anchor, choices: { query: text.slice(0, 80), items } });
    }
    return found.length;
  }

  togglePanel(open?: boolean): void {
    const was = this.state.panelOpen;
    this.state.panelOpen = open ?? !was;
    if (was !== this.state.panelOpen) this.env.onPanel(this.state.panelOpen);
    this.rerender();
    if (was && !this.state.panelOpen && !this.state.card) this.env.onClosed();
  }

  closeCard(): void {
    if (!this.state.card) return;
    this.setCard(null);
    this.env.onClosed();
  }

  hasCard = () => !!this.state.card;
  isOpen = () => !!this.state.card || this.state.panelOpen;

  reposition(): void {
    if (!this.state.card) return;
    this.state.frame++;
    this.rerender();
  }

  destroy(): void {
    if (this.rendered) render(null, this.env.host.mount);
    this.rendered = false;
  }
}

/** Creates the controller; it renders into the session's host and goes with the session. */
export function createOverlay(env: OverlayEnv): OverlayController {
  return new Controller(env);
}
