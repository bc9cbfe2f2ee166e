/**
 * The overlay controller (UI bundle): owns what the reader sees on the page — the card stack, the
 * briefing panel, the pill, the live region — and where focus goes when they close.
 */
import { h } from 'preact';
import { buildCardModel } from '../../core/cards/card-model';
import { cardIndex, type CardIndex } from '../../core/corpus/card-index';
import { searchEntries } from '../../core/corpus/search';
import { corpus } from '../../corpus/data';
import { setLanguage } from '../../ui/i18n';
import { createHost, type Host } from './host';
import { Overlay, type OverlayActions, type OverlayState } from './Overlay';
import type { OverlayController, OverlayEnv } from './ui-module';

let shared: CardIndex | null = null;
const cards = () => (shared ??= cardIndex(corpus));

/** Creates the controller; its host appears on first render and goes with the session. */
export function createOverlay(env: OverlayEnv): OverlayController {
  let host: Host | null = null;
  let articleDate = env.articleDate;
  let announcement = '';
  let active = false;
  const state: OverlayState = { theme: env.theme, card: null, entries: [], matches: 0, showPill: true, panelOpen: false, frame: 0 };
  setLanguage(env.language);

  let queued = false;
  const rerender = () => {
    if (queued || env.signal.aborted) return;
    queued = true;
    queueMicrotask(() => {
      queued = false;
      if (env.signal.aborted) return;
      host ??= createHost(env.doc);
      host.setStatus({ status: active ? 'active' : 'lookup', entries: String(active ? state.entries.length : 0), matches: String(active ? state.matches : 0) });
      host.render(h(Overlay, { state: { ...state }, actions, announcement }));
    });
  };

  const model = (id: string) => buildCardModel(cards() as never, id, articleDate, env.language);

  const closeCard = () => {
    if (!state.card) return;
    state.card = null;
    rerender();
    env.onClosed();
  };

  const actions: OverlayActions = {
    closeCard,
    navigate(id) {
      const m = model(id);
      if (!m || !state.card) return;
      state.card = { ...state.card, choices: undefined, stack: [...state.card.stack, m] };
      rerender();
    },
    back() {
      if (!state.card || state.card.stack.length < 2) return;
      state.card = { ...state.card, stack: state.card.stack.slice(0, -1) };
      rerender();
    },
    togglePin() {
      if (!state.card) return;
      state.card = { ...state.card, pinned: !state.card.pinned };
      rerender();
    },
    togglePanel(open) {
      const next = open ?? !state.panelOpen;
      const was = state.panelOpen;
      state.panelOpen = next;
      rerender();
      if (was && !next && !state.card) env.onClosed();
    },
    choose(id) {
      state.panelOpen = false;
      const anchor = env.goToMention(id, 0) ?? (() => null);
      ctl.openCard(id, anchor);
    },
    focusMention(id: string, index: number) {
      const anchor = env.goToMention(id, index);
      if (anchor) ctl.openCard(id, anchor);
    },
  };

  const ctl: OverlayController = {
    update(p) {
      if (p.active !== undefined) active = p.active;
      if (p.theme) state.theme = p.theme;
      if (p.language) setLanguage(p.language);
      if (p.entries) state.entries = p.entries;
      if (p.matches !== undefined) state.matches = p.matches;
      if (p.articleDate !== undefined) articleDate = p.articleDate;
      rerender();
    },
    openCard(id, anchor) {
      const m = model(id);
      if (!m) return false;
      state.card = { stack: [m], pinned: state.card?.pinned ?? false, anchor };
      rerender();
      return true;
    },
    lookup(text, anchor) {
      const found = searchEntries(cards() as never, text, 8);
      if (found.length === 1) ctl.openCard(found[0].id, anchor);
      else {
        const items = found.map((e) => ({ id: e.id, name: e.name, kind: e.kind, count: 0 }));
        state.card = { stack: [], pinned: false, anchor, choices: { query: text.slice(0, 80), items } };
        rerender();
      }
      return found.length;
    },
    togglePanel: (open) => actions.togglePanel(open),
    closeCard,
    hasCard: () => !!state.card,
    isOpen: () => !!state.card || state.panelOpen,
    announce(text) {
      announcement = text;
      rerender();
    },
    contains: (ev) => !!host && ev.composedPath().includes(host.el),
    reposition() {
      if (!state.card) return;
      state.frame++;
      rerender();
    },
    destroy() {
      host?.destroy();
      host = null;
    },
  };
  env.signal.addEventListener('abort', () => ctl.destroy(), { once: true });
  return ctl;
}
