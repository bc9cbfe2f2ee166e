import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { EntrySummary } from '../../core/messages';
import { reader } from '../../ui/guard';
import { t, type MessageKey } from '../../ui/i18n';
import type { OverlayActions } from './Overlay';

const KIND_ORDER = ['person', 'event', 'topic', 'agreement', 'organisation', 'place', 'term'];

/**
 * The briefing panel: every name on the page by kind. ↑/↓ move between names, Enter opens a card,
 * →/← step through a name's mentions on the page (through `focusMention`), Escape closes.
 */
export function Panel({ entries, actions }: { entries: EntrySummary[]; actions: OverlayActions }) {
  const ref = useRef<HTMLDivElement>(null);
  const [steps, setSteps] = useState<Record<string, number>>({});
  useLayoutEffect(() => {
    ref.current?.querySelector<HTMLElement>('.kc-panel-item')?.focus();
  }, []);
  const groups = KIND_ORDER.map((k) => ({ kind: k, items: entries.filter((e) => e.kind === k) })).filter((g) => g.items.length);
  const onKey = reader((ev: KeyboardEvent) => {
    const target = ev.target as HTMLElement | null;
    const id = target?.dataset.id;
    if (ev.key === 'Escape') {
      ev.preventDefault();
      ev.stopPropagation();
      actions.togglePanel(false);
      return;
    }
    if ((ev.key === 'Enter' || ev.key === ' ') && id) {
      // Activate explicitly: some pages swallow the synthetic click that Enter would make.
      ev.preventDefault();
      actions.choose(id, steps[id]);
      return;
    }
    if ((ev.key === 'ArrowRight' || ev.key === 'ArrowLeft') && id && actions.focusMention) {
      const count = entries.find((e) => e.id === id)?.count ?? 0;
      if (count < 1) return;
      const cur = steps[id];
      const next = cur === undefined ? (ev.key === 'ArrowRight' ? 0 : count - 1) : (cur + (ev.key === 'ArrowRight' ? 1 : count - 1)) % count;
      setSteps({ ...steps, [id]: next });
      actions.focusMention(id, next);
      ev.preventDefault();
      return;
    }
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
    const items = [...(ref.current?.querySelectorAll<HTMLElement>('.kc-panel-item') ?? [])];
    const i = items.indexOf(target as HTMLElement);
    items[(i + (ev.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus();
    ev.preventDefault();
  });
  return (
    <div ref={ref} class="kc-panel" role="dialog" aria-labelledby="kc-panel-title" onKeyDown={onKey}>
      <div class="kc-panel-head">
        <h2 id="kc-panel-title">{t('briefingTitle')}</h2>
        <button type="button" class="kc-icon kc-close" onClick={reader(() => actions.togglePanel(false))} aria-label={t('close')} title={t('close')}>
          ✕
        </button>
      </div>
      <p class="kc-muted">{t('briefingHint')}</p>
      {groups.map((g) => (
        <div class="kc-panel-group" key={g.kind} role="group" aria-labelledby={'kc-g-' + g.kind}>
          <h3 id={'kc-g-' + g.kind}>{t(('kinds_' + g.kind) as MessageKey)}</h3>
          <ul class="kc-plain">
            {g.items.map((e) => (
              <li key={e.id}>
                <button type="button" class="kc-panel-item" data-id={e.id} onClick={reader(() => actions.choose(e.id, steps[e.id]))}>
                  <span>{e.name}</span>
                  <span class="kc-count">
                    {steps[e.id] !== undefined ? <span class="kc-step-pos">{t('panelMention', steps[e.id] + 1, e.count)} · </span> : null}
                    <span aria-label={t('mentions', e.count)}>{e.count}</span>
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
