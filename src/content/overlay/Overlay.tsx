import { useLayoutEffect, useRef } from 'preact/hooks';
import type { CardModel } from '../../core/cards/card-model';
import type { EntrySummary } from '../../core/messages';
import { CardView } from '../../ui/CardView';
import { t, type MessageKey } from '../../ui/i18n';

export interface CardState {
  stack: CardModel[];
  pinned: boolean;
  /** Returns the anchor rectangle in viewport coordinates, or null when off screen. */
  anchor: () => DOMRect | null;
  /** Matches for a free-text look-up, shown as a list instead of a card. */
  choices?: { query: string; items: EntrySummary[] };
}

export interface OverlayState {
  theme: 'light' | 'dark';
  card: CardState | null;
  entries: EntrySummary[];
  matches: number;
  showPill: boolean;
  panelOpen: boolean;
  /** Bumped on scroll/resize so the card re-positions. */
  frame: number;
}

export interface OverlayActions {
  closeCard(): void;
  navigate(id: string): void;
  back(): void;
  togglePin(): void;
  togglePanel(open?: boolean): void;
  choose(id: string): void;
}

const KIND_ORDER = ['person', 'event', 'topic', 'agreement', 'organisation', 'place', 'term'];

/**
 * Places the card next to its anchor: below if it fits, else above, else on the
 * roomier side with its height capped so it never covers the mention; clamped to the viewport.
 */
export function placeCard(anchor: DOMRect | null, w: number, h: number, vw: number, vh: number): { left: number; top: number; maxHeight: number } {
  const m = 8;
  const gap = 6;
  if (!anchor) return { left: Math.max(m, vw - w - m), top: m, maxHeight: vh - 2 * m };
  const left = Math.min(Math.max(m, anchor.left), Math.max(m, vw - w - m));
  const below = vh - m - (anchor.bottom + gap);
  const above = anchor.top - gap - m;
  if (h <= below) return { left, top: anchor.bottom + gap, maxHeight: below };
  if (h <= above) return { left, top: anchor.top - gap - h, maxHeight: above };
  if (Math.max(below, above) < 160) {
    // Mention at an edge or off screen: clamp a full-height card inside the viewport.
    return { left, top: Math.min(Math.max(m, anchor.bottom + gap), Math.max(m, vh - h - m)), maxHeight: vh - 2 * m };
  }
  if (below >= above) return { left, top: anchor.bottom + gap, maxHeight: below };
  return { left, top: m, maxHeight: above };
}

function Card({ state, actions, frame }: { state: CardState; actions: OverlayActions; frame: number }) {
  const ref = useRef<HTMLDivElement>(null);
  const model = state.stack[state.stack.length - 1];
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.style.maxHeight = '';
    const r = el.getBoundingClientRect();
    const p = placeCard(state.anchor(), r.width, r.height, window.innerWidth, window.innerHeight);
    el.style.left = p.left + 'px';
    el.style.top = p.top + 'px';
    el.style.maxHeight = Math.floor(p.maxHeight) + 'px';
  });
  useLayoutEffect(() => {
    // Focus moves into the card when it opens or changes entry.
    const el = ref.current;
    const target = el?.querySelector<HTMLElement>('h2') ?? el;
    target?.focus({ preventScroll: true });
  }, [model?.id, state.choices?.query]);
  void frame;
  if (state.choices) {
    const { query, items } = state.choices;
    return (
      <div ref={ref} class="kc-card" role="dialog" aria-labelledby="kc-card-title" tabIndex={-1}>
        <div class="kc-card-inner">
          <div class="kc-head-row">
            <span class="kc-kind">Korea Context</span>
            <span class="kc-spacer" />
            <button type="button" class="kc-icon" onClick={actions.closeCard} aria-label={t('close')} title={t('close')}>✕</button>
          </div>
          <h2 id="kc-card-title" class="kc-name" tabIndex={-1}>{items.length ? t('lookupTitle', query) : t('lookupNone', query)}</h2>
          <ul>
            {items.map((it) => (
              <li key={it.id}>
                <button type="button" class="kc-panel-item" onClick={() => actions.choose(it.id)}>
                  <span>{it.name}</span>
                  <span class="kc-count">{t(('kind_' + it.kind) as MessageKey)}</span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
    );
  }
  if (!model) return null;
  return (
    <div ref={ref} class="kc-card" role="dialog" aria-labelledby="kc-card-title" tabIndex={-1}>
      <CardView
        model={model}
        headingId="kc-card-title"
        onNavigate={actions.navigate}
        onBack={state.stack.length > 1 ? actions.back : undefined}
        onClose={actions.closeCard}
        pinned={state.pinned}
        onPin={actions.togglePin}
      />
    </div>
  );
}

function Panel({ entries, actions }: { entries: EntrySummary[]; actions: OverlayActions }) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLElement>('.kc-panel-item')?.focus();
  }, []);
  const groups = KIND_ORDER.map((k) => ({ kind: k, items: entries.filter((e) => e.kind === k) })).filter((g) => g.items.length);
  const onKey = (ev: KeyboardEvent) => {
    const target = ev.target as HTMLElement | null;
    if ((ev.key === 'Enter' || ev.key === ' ') && target?.classList.contains('kc-panel-item')) {
      // Activate explicitly: some pages swallow the synthetic click that Enter would make.
      ev.preventDefault();
      target.click();
      return;
    }
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('.kc-panel-item') ?? [])];
    const i = items.indexOf((ev.target as HTMLElement) ?? null);
    const next = items[(i + (ev.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length];
    next?.focus();
    ev.preventDefault();
  };
  return (
    <div ref={ref} class="kc-panel" role="dialog" aria-labelledby="kc-panel-title" onKeyDown={onKey}>
      <div class="kc-head-row">
        <h2 id="kc-panel-title">{t('briefingTitle')}</h2>
        <span class="kc-spacer" />
        <button type="button" class="kc-icon" onClick={() => actions.togglePanel(false)} aria-label={t('close')} title={t('close')}>✕</button>
      </div>
      <p class="kc-muted">{t('briefingHint')}</p>
      {groups.map((g) => (
        <section class="kc-panel-group" key={g.kind} aria-labelledby={'kc-g-' + g.kind}>
          <h3 id={'kc-g-' + g.kind}>{t(('kinds_' + g.kind) as MessageKey)}</h3>
          <ul>
            {g.items.map((e) => (
              <li key={e.id}>
                <button type="button" class="kc-panel-item" onClick={() => actions.choose(e.id)}>
                  <span>{e.name}</span>
                  <span class="kc-count" aria-label={t('mentions', e.count)}>{e.count}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Everything the extension shows on a page: the card, the briefing pill and its panel. */
export function Overlay({ state, actions }: { state: OverlayState; actions: OverlayActions }) {
  return (
    <div class="kc-root" data-theme={state.theme}>
      {state.showPill && state.entries.length > 0 && (
        <button
          type="button"
          class="kc-fab"
          aria-expanded={state.panelOpen ? 'true' : 'false'}
          aria-label={`${t('briefingPill', state.entries.length)} — ${t('briefingTitle')}`}
          onClick={() => actions.togglePanel()}
        >
          {t('briefingPill', state.entries.length)}
        </button>
      )}
      {state.panelOpen && <Panel entries={state.entries} actions={actions} />}
      {state.card && <Card state={state.card} actions={actions} frame={state.frame} />}
    </div>
  );
}
