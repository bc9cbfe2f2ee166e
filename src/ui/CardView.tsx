import type { CardModel } from '../core/cards/card-model';
import { AccountsView, ProvisionsView, RelatedView, RolesView, SourcesView } from './CardParts';
import { Clamp } from './Clamp';
import { reader } from './guard';
import { t, type MessageKey } from './i18n';
import { ReportProblem } from './ReportProblem';
import { TimelineView } from './TimelineView';

export interface CardViewProps {
  model: CardModel;
  /** Opens a related entry inside the same card. */
  onNavigate(id: string): void;
  onBack?: () => void;
  onClose?: () => void;
  pinned?: boolean;
  onPin?: () => void;
  headingId: string;
  /** Which mention of this entry on the page the card belongs to (0-based), when it has several. */
  mention?: { index: number; count: number };
  /** Steps to the previous (-1) or next (+1) mention of this entry on the page. */
  onStep?: (delta: 1 | -1) => void;
}

const PIN = (
  <svg width="16" height="16" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
    <path fill="currentColor" d="M16 3l5 5-3 1-4 4 1 5-2 2-4-4-5 5-1-1 5-5-4-4 2-2 5 1 4-4z" />
  </svg>
);

function Controls({ onClose, onPin, pinned, onBack }: Pick<CardViewProps, 'onClose' | 'onPin' | 'pinned' | 'onBack'>) {
  // DOM order is the Tab order after the heading: ✕, pin, back; shown right to left.
  return (
    <div class="kc-controls">
      {onClose && (
        <button type="button" class="kc-icon kc-close" onClick={reader(onClose)} aria-label={t('close')} title={t('close')}>
          ✕
        </button>
      )}
      {onPin && (
        <button
          type="button"
          class="kc-icon"
          onClick={reader(onPin)}
          aria-pressed={pinned ? 'true' : 'false'}
          aria-label={pinned ? t('unpin') : t('pin')}
          title={pinned ? t('unpin') : t('pin')}
        >
          {PIN}
        </button>
      )}
      {onBack && (
        <button type="button" class="kc-icon" onClick={reader(onBack)} aria-label={t('back')} title={t('back')}>
          ←
        </button>
      )}
    </div>
  );
}

function Stepper({ mention, onStep }: { mention: { index: number; count: number }; onStep(d: 1 | -1): void }) {
  return (
    <div class="kc-stepper">
      <button type="button" class="kc-icon kc-step" onClick={reader(() => onStep(-1))} aria-label={t('prevMention')} title={t('prevMention')}>
        ‹
      </button>
      <span class="kc-muted">{t('mentionOf', mention.index + 1, mention.count)}</span>
      <button type="button" class="kc-icon kc-step" onClick={reader(() => onStep(1))} aria-label={t('nextMention')} title={t('nextMention')}>
        ›
      </button>
    </div>
  );
}

/**
 * The body of a context card; the overlay and the options page both render it. It answers first:
 * who or what, then (people) their posts then and now, (agreements) what became of each provision,
 * and the timeline with the last episodes before the article and everything since. The rest
 * (earlier episodes, accounts, sources) is folded. No landmark elements: divs with headings.
 */
export function CardView(props: CardViewProps) {
  const { model: m, onNavigate, headingId, mention, onStep } = props;
  const sub = [m.subtitle, m.dateLabel, m.place].filter(Boolean).join(' · ');
  return (
    <div class="kc-card-inner">
      <div class="kc-head">
        <h2 id={headingId} class="kc-name" tabIndex={-1}>
          {m.name}
        </h2>
        <Controls onClose={props.onClose} onPin={props.onPin} pinned={props.pinned} onBack={props.onBack} />
        <p class="kc-sub">
          <span class="kc-kind">{t(('kind_' + m.kind) as MessageKey)}</span>
          {m.hangul && (
            <>
              {' · '}
              <span class="kc-hangul" lang="ko">
                {m.hangul}
              </span>
            </>
          )}
          {sub && ' · ' + sub}
        </p>
        {mention && mention.count > 1 && onStep && <Stepper mention={mention} onStep={onStep} />}
      </div>
      {/* Two lines when a box below answers (posts, provisions), three otherwise. */}
      <Clamp text={m.summary} lines={m.person || m.provisions ? 2 : 3} class="kc-summary" />
      {m.person && <RolesView roles={m.person} articleDateLabel={m.articleDateLabel} asOfLabel={m.asOfLabel} />}
      {m.provisions && <ProvisionsView items={m.provisions} onNavigate={onNavigate} />}
      {m.outcome && (
        <div class="kc-box kc-outcome">
          <h3>{t('outcome')}</h3>
          <Clamp text={m.outcome} lines={3} />
        </div>
      )}
      {m.timeline && <TimelineView tl={m.timeline} entryId={m.id} articleDateLabel={m.articleDateLabel} asOfLabel={m.asOfLabel} onNavigate={onNavigate} />}
      {m.accounts && <AccountsView accounts={m.accounts} />}
      {m.dateNote && (
        <div class="kc-note">
          <h3>{t('dateNote')}</h3>
          <Clamp text={m.dateNote} lines={2} />
        </div>
      )}
      {m.related.length > 0 && <RelatedView related={m.related} onNavigate={onNavigate} />}
      {m.sources.length > 0 && <SourcesView sources={m.sources} />}
      <div class="kc-foot">
        <p>{t('asOf', m.asOfLabel)}</p>
        <ReportProblem key={m.id} model={m} />
      </div>
    </div>
  );
}
