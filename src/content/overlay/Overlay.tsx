import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CardModel } from '../../core/cards/card-model';
import type { EntrySummary } from '../../core/messages';
import { CardView } from '../../ui/CardView';
import { inTextField, reader } from '../../ui/guard';
import { t, type MessageKey } from '../../ui/i18n';
import { Panel } from './Panel';
import { cycleIndex, isSheet, placeCard, swipeCloses } from './placement';

export interface CardState {
  stack: CardModel[];
  pinned: boolean;
  /** Returns the anchor rectangle in viewport coordinates, or null when off screen. */
  anchor: () => DOMRect | null;
  /** Matches for a free-text look-up, shown as a list instead of a card. */
  choices?: { query: string; items: EntrySummary[] };
  /** The mention the card belongs to: entry id, its 0-based index among that entry's mentions, and how many there are. */
  mention?: { id: string; index: number; count: number };
}

export interface OverlayState {
  theme: 'light' | 'dark';
  card: CardState | null;
  entries: EntrySummary[];
  matches: number;
  panelOpen: boolean;
  /** Bumped on scroll/resize so the card re-positions. */
  frame: number;
}

export interface OverlayActions {
  /** Closes the card; the controller returns focus to the mention (or what had focus before). */
  closeCard(): void;
  navigate(id: string): void;
  back(): void;
  togglePin(): void;
  togglePanel(open?: boolean): void;
  /** Opens the card of `id` at its mention `index` (0-based; the first when absent), from the panel or a look-up list. */
  choose(id: string, index?: number): void;
  /**
   * Moves the page's focus ring to mention `index` (0-based, document order; out-of-range values
   * wrap) of entry `id`: scrolls it into view and announces "{name}, mention {i} of {n}" in the live
   * region (i18n `liveMention`). It does not open a card; when the open card is about `id` it
   * re-anchors the card there and updates `CardState.mention`. Called by the panel (→/←) and by the
   * card's stepper (‹ ›, N/P keys).
   */
  focusMention?(id: string, index: number): void;
}

/** Elements inside the card that Tab cycles through, in DOM order: the heading first. */
function focusables(root: HTMLElement): HTMLElement[] {
  const sel = 'h2[tabindex="-1"], button, a[href], textarea, input, select, [tabindex="0"]';
  return [...root.querySelectorAll<HTMLElement>(sel)].filter(
    (el) => !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled && el.getClientRects().length > 0,
  );
}

/** On a bottom sheet, a downward swipe on its grab bar (the reader's own pointer) closes it. */
function useSheetSwipe(ref: { current: HTMLDivElement | null }, sheet: boolean, close: () => void) {
  const drag = useRef<{ y: number; t: number; id: number } | null>(null);
  if (!sheet) return {};
  const end = (e: PointerEvent, cancel: boolean) => {
    const d = drag.current;
    const el = ref.current;
    if (!d || !el || d.id !== e.pointerId) return;
    drag.current = null;
    el.classList.remove('kc-dragging');
    if (!cancel && fromReaderEvent(e) && swipeCloses(e.clientY - d.y, e.timeStamp - d.t)) close();
    else el.style.transform = '';
  };
  return {
    onPointerDown: reader((e: PointerEvent) => {
      if (!e.isPrimary) return;
      drag.current = { y: e.clientY, t: e.timeStamp, id: e.pointerId };
      (e.currentTarget as HTMLElement).setPointerCapture?.(e.pointerId);
    }),
    onPointerMove: reader((e: PointerEvent) => {
      const d = drag.current;
      if (!d || d.id !== e.pointerId || !ref.current) return;
      ref.current.classList.add('kc-dragging');
      ref.current.style.transform = `translateY(${Math.max(0, e.clientY - d.y)}px)`;
    }),
    onPointerUp: (e: PointerEvent) => end(e, false),
    onPointerCancel: (e: PointerEvent) => end(e, true),
  };
}

/**
 * The dialog frame shared by the card and the look-up list: placement (popover, or bottom sheet on
 * narrow screens), focus kept inside (Tab wraps, heading first), Escape closes, N/P step mentions,
 * and on a sheet a downward swipe on its top closes it. Only the reader's own events count.
 */
function DialogFrame({
  state,
  actions,
  focusKey,
  onStep,
  children,
}: {
  state: CardState;
  actions: OverlayActions;
  focusKey: string;
  onStep?: (d: 1 | -1) => void;
  children: ComponentChildren;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const sheet = isSheet(window.innerWidth);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (sheet) {
      el.style.left = el.style.top = el.style.maxHeight = '';
      return;
    }
    el.style.maxHeight = '';
    const r = el.getBoundingClientRect();
    const p = placeCard(state.anchor(), r.width, r.height, window.innerWidth, window.innerHeight);
    el.style.left = p.left + 'px';
    el.style.top = p.top + 'px';
    el.style.maxHeight = Math.floor(p.maxHeight) + 'px';
  });
  useLayoutEffect(() => {
    // Focus moves to the heading when the card opens or changes entry.
    const el = ref.current;
    (el?.querySelector<HTMLElement>('h2') ?? el)?.focus({ preventScroll: true });
  }, [focusKey]);
  const onKeyDown = reader((e: KeyboardEvent) => {
    const el = ref.current;
    if (!el) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      actions.closeCard();
      return;
    }
    if (e.key === 'Tab') {
      const list = focusables(el);
      const active = (el.getRootNode() as Document | ShadowRoot).activeElement as HTMLElement | null;
      const next = list[cycleIndex(active ? list.indexOf(active) : -1, list.length, e.shiftKey)];
      if (next) {
        e.preventDefault();
        next.focus();
      }
      return;
    }
    if (onStep && !inTextField(e) && !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'n' || e.key === 'p')) {
      e.preventDefault();
      onStep(e.key === 'n' ? 1 : -1);
    }
  });
  const grab = useSheetSwipe(ref, sheet, actions.closeCard);
  return (
    <div
      ref={ref}
      class={sheet ? 'kc-card kc-sheet' : 'kc-card'}
      role="dialog"
      aria-modal="true"
      aria-labelledby="kc-card-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      {sheet && (
        <div class="kc-grab" title={t('sheetClose')} {...grab}>
          <span class="kc-grab-bar" aria-hidden="true" />
        </div>
      )}
      <div class="kc-card-scroll">{children}</div>
    </div>
  );
}

/** A swipe counts only when its end was the reader's own too. */
function fromReaderEvent(e: Event): boolean {
  let ok = false;
  reader(() => (ok = true))(e);
  return ok;
}

function Card({ state, actions, frame, entries }: { state: CardState; actions: OverlayActions; frame: number; entries: EntrySummary[] }) {
  const model = state.stack[state.stack.length - 1];
  void frame;
  if (state.choices) {
    const { query, items } = state.choices;
    return (
      <DialogFrame state={state} actions={actions} focusKey={'q:' + query}>
        <div class="kc-card-inner">
          <div class="kc-head">
            <h2 id="kc-card-title" class="kc-name" tabIndex={-1}>
              {items.length ? t('lookupTitle', query) : t('lookupNone', query)}
            </h2>
            <div class="kc-controls">
              <button type="button" class="kc-icon kc-close" onClick={reader(actions.closeCard)} aria-label={t('close')} title={t('close')}>
                ✕
              </button>
            </div>
            <p class="kc-sub">
              <span class="kc-kind">Korea Context</span>
            </p>
          </div>
          <ul class="kc-plain">
            {items.map((it) => (
              <li key={it.id}>
                <button type="button" class="kc-panel-item" onClick={reader(() => actions.choose(it.id))}>
                  <span>{it.name}</span>
                  <span class="kc-count">{t(('kind_' + it.kind) as MessageKey)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      </DialogFrame>
    );
  }
  if (!model) return null;
  const count = state.mention?.id === model.id ? state.mention.count : (entries.find((e) => e.id === model.id)?.count ?? 0);
  const index = state.mention?.id === model.id ? state.mention.index : 0;
  const focusMention = actions.focusMention;
  const onStep = focusMention && count > 1 ? (d: 1 | -1) => focusMention(model.id, (index + d + count) % count) : undefined;
  return (
    <DialogFrame state={state} actions={actions} focusKey={'e:' + model.id + ':' + state.stack.length} onStep={onStep}>
      <CardView
        key={model.id + ':' + state.stack.length}
        model={model}
        headingId="kc-card-title"
        onNavigate={actions.navigate}
        onBack={state.stack.length > 1 ? actions.back : undefined}
        onClose={actions.closeCard}
        pinned={state.pinned}
        onPin={actions.togglePin}
        mention={onStep ? { index, count } : undefined}
        onStep={onStep}
      />
    </DialogFrame>
  );
}

/** The card and the briefing panel (the session's host draws the live region and the briefing button). */
export function Overlay({ state, actions }: { state: OverlayState; actions: OverlayActions }) {
  return (
    <div class="kc-root" data-theme={state.theme}>
      {state.panelOpen && <Panel entries={state.entries} actions={actions} />}
      {state.card && <Card state={state.card} actions={actions} frame={state.frame} entries={state.entries} />}
    </div>
  );
}
