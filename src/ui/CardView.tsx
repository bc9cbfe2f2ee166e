import type { CardModel, TimelineItem, TimelineStrip } from '../core/cards/card-model';
import { formatDate } from '../core/cards/dates';
import { language, t, type MessageKey } from './i18n';

export interface CardViewProps {
  model: CardModel;
  /** Opens a related entry inside the same card. */
  onNavigate(id: string): void;
  onBack?: () => void;
  onClose?: () => void;
  pinned?: boolean;
  onPin?: () => void;
  headingId: string;
}

function Strip({ strip }: { strip: TimelineStrip }) {
  const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
  return (
    <figure class="kc-strip" aria-hidden="true">
      <div class="kc-axis" />
      {strip.marks.map((m) => (
        <span key={m.id} title={m.label} class={m.current ? 'kc-mark kc-mark-current' : m.after ? 'kc-mark kc-mark-after' : 'kc-mark'} style={{ left: pct(m.x) }} />
      ))}
      {strip.article !== undefined && <span class="kc-article-line" style={{ left: pct(strip.article) }} />}
      <div class="kc-ticks">
        {strip.ticks.map((tk) => (
          <span key={tk.label} style={{ left: pct(tk.x) }}>{tk.label}</span>
        ))}
      </div>
    </figure>
  );
}

const PIN = (
  <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path fill="currentColor" d="M16 3l5 5-3 1-4 4 1 5-2 2-4-4-5 5-1-1 5-5-4-4 2-2 5 1 4-4z" />
  </svg>
);

function Items({ items, onNavigate, split }: { items: TimelineItem[]; onNavigate(id: string): void; split: string }) {
  return (
    <ol class="kc-tl" data-kc-split={split}>
      {items.map((it) => (
        <li key={it.id} data-kc-item={it.id} class={it.current ? 'kc-tl-current' : undefined} aria-current={it.current ? 'true' : undefined}>
          <span class="kc-tl-date">{it.dateLabel}{it.gap ? <span class="kc-gap"> · {it.gap}</span> : null}</span>
          {it.current ? (
            <span class="kc-tl-name">{it.name} <span class="kc-chip">{t('thisEntry')}</span></span>
          ) : (
            <button type="button" class="kc-link kc-tl-name" onClick={() => onNavigate(it.id)}>{it.name}</button>
          )}
          <span class="kc-tl-line">{it.line}</span>
        </li>
      ))}
    </ol>
  );
}

/** The body of a context card; the overlay and the options page both render it. */
export function CardView({ model: m, onNavigate, onBack, onClose, pinned, onPin, headingId }: CardViewProps) {
  const lang = language();
  const tl = m.timeline;
  return (
    <div class="kc-card-inner">
      <header class="kc-head">
        <div class="kc-head-row">
          {onBack && (
            <button type="button" class="kc-icon" onClick={onBack} aria-label={t('back')} title={t('back')}>←</button>
          )}
          <span class="kc-kind">{t(('kind_' + m.kind) as MessageKey)}</span>
          <span class="kc-spacer" />
          {onPin && (
            <button type="button" class="kc-icon" onClick={onPin} aria-pressed={pinned ? 'true' : 'false'} aria-label={pinned ? t('unpin') : t('pin')} title={pinned ? t('unpin') : t('pin')}>{PIN}</button>
          )}
          {onClose && (
            <button type="button" class="kc-icon" onClick={onClose} aria-label={t('close')} title={t('close')}>✕</button>
          )}
        </div>
        <h2 id={headingId} class="kc-name" tabIndex={-1}>{m.name}</h2>
        {m.hangul && <p class="kc-hangul" lang="ko">{m.hangul}</p>}
        {(m.subtitle || m.dateLabel || m.place) && (
          <p class="kc-sub">{[m.subtitle, m.dateLabel, m.place].filter(Boolean).join(' · ')}</p>
        )}
      </header>
      <p class="kc-summary">{m.summary}</p>
      {m.outcome && (
        <section class="kc-box" aria-label={t('outcome')}>
          <h3>{t('outcome')}</h3>
          <p>{m.outcome}</p>
        </section>
      )}
      {m.accounts && (
        <section class="kc-box" aria-label={t('accounts')}>
          <h3>{t('accounts')}</h3>
          <dl class="kc-accounts">
            {m.accounts.map((a) => (
              <div key={a.party}><dt>{a.party}</dt><dd>{a.account}</dd></div>
            ))}
          </dl>
        </section>
      )}
      {m.dateNote && <p class="kc-note"><strong>{t('dateNote')}:</strong> {m.dateNote}</p>}
      {tl && (
        <section class="kc-timeline" aria-label={t('timeline') + ': ' + tl.title}>
          <h3>{t('timeline')}: {tl.topicId !== m.id ? <button type="button" class="kc-link" onClick={() => onNavigate(tl.topicId)}>{tl.title}</button> : tl.title}</h3>
          <Strip strip={tl.strip} />
          {tl.split ? (
            <>
              <h4 class="kc-split">{t('beforeArticle')} <span class="kc-muted">({m.articleDate ? formatDate(m.articleDate, lang) : ''})</span></h4>
              <Items items={tl.before} onNavigate={onNavigate} split="before" />
              <h4 class="kc-split kc-split-after">{t('sinceArticle')}</h4>
              {tl.after.length ? <Items items={tl.after} onNavigate={onNavigate} split="after" /> : <p class="kc-muted">{t('nothingSince')}</p>}
            </>
          ) : (
            <>
              <p class="kc-muted">{t('articleDateUnknown')}</p>
              <Items items={tl.before} onNavigate={onNavigate} split="all" />
            </>
          )}
        </section>
      )}
      {m.related.length > 0 && (
        <section aria-label={t('related')}>
          <h3>{t('related')}</h3>
          <ul class="kc-related">
            {m.related.slice(0, 12).map((r) => (
              <li key={r.id}><button type="button" class="kc-pill" onClick={() => onNavigate(r.id)}>{r.name}</button></li>
            ))}
          </ul>
        </section>
      )}
      <section aria-label={t('sources')}>
        <h3>{t('sources')}</h3>
        <ul class="kc-sources">
          {m.sources.map((s) => (
            <li key={s.url}><a href={s.url} target="_blank" rel="noopener noreferrer">{s.title}</a> <span class="kc-muted">{s.host}</span></li>
          ))}
        </ul>
      </section>
      <footer class="kc-foot">{t('asOf', formatDate(m.asOf, lang))} · Korea Context</footer>
    </div>
  );
}
