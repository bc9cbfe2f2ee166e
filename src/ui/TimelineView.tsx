import { useEffect, useRef, useState } from 'preact/hooks';
import type { CardTimeline, TimelineItem, TimelineStrip } from '../core/cards/timeline';
import { inTextField, reader } from './guard';
import { t, tn } from './i18n';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

/** Index of the mark nearest to x (0..1). */
function nearestMark(strip: TimelineStrip, x: number): number {
  let best = 0;
  strip.marks.forEach((m, k) => {
    if (Math.abs(m.x - x) < Math.abs(strip.marks[best].x - x)) best = k;
  });
  return best;
}

const STEP_KEYS: Record<string, number> = { ArrowRight: 1, ArrowUp: 1, ArrowLeft: -1, ArrowDown: -1, PageUp: 5, PageDown: -5 };

/**
 * The compact visual timeline: one mark per event, the article's date as a dashed line. It is one
 * slider (a single tab stop and a target as wide as the card): arrows, Home/End and the pointer
 * choose a mark; Enter opens the chosen event.
 */
function Strip({ strip, picked, onPick, onOpen }: { strip: TimelineStrip; picked: number | null; onPick(k: number): void; onOpen(k: number): void }) {
  const ref = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const value = picked ?? strip.initial;
  const n = strip.marks.length;
  const fromPointer = (e: PointerEvent) => {
    const r = ref.current!.getBoundingClientRect();
    if (r.width > 0) onPick(nearestMark(strip, (e.clientX - r.left) / r.width));
  };
  const onKeyDown = reader((e: KeyboardEvent) => {
    if (inTextField(e) || e.altKey || e.ctrlKey || e.metaKey) return;
    let next: number | null = null;
    if (e.key in STEP_KEYS) next = Math.max(0, Math.min(n - 1, value + STEP_KEYS[e.key]));
    else if (e.key === 'Home') next = 0;
    else if (e.key === 'End') next = n - 1;
    else if (e.key === 'Enter' && picked !== null) {
      e.preventDefault();
      onOpen(picked);
      return;
    }
    if (next === null) return;
    e.preventDefault();
    onPick(next);
  });
  const mark = strip.marks[value];
  return (
    <div
      ref={ref}
      class="kc-strip"
      role="slider"
      tabIndex={0}
      aria-label={t('stripLabel')}
      aria-valuemin={1}
      aria-valuemax={n}
      aria-valuenow={value + 1}
      aria-valuetext={mark?.label}
      onKeyDown={onKeyDown}
      onPointerDown={reader((e: PointerEvent) => {
        if (e.button !== 0) return;
        dragging.current = true;
        ref.current?.setPointerCapture?.(e.pointerId);
        fromPointer(e);
      })}
      onPointerMove={reader((e: PointerEvent) => dragging.current && fromPointer(e))}
      onPointerUp={() => (dragging.current = false)}
      onPointerCancel={() => (dragging.current = false)}
    >
      <div class="kc-axis" />
      {strip.article !== undefined && <span class="kc-article-line" style={{ left: pct(strip.article) }} />}
      {strip.marks.map((m, k) => (
        <span
          key={m.id}
          class={'kc-mark' + (m.current ? ' kc-mark-current' : m.after ? ' kc-mark-after' : '') + (picked === k ? ' kc-mark-picked' : '')}
          style={{ left: pct(m.x) }}
        />
      ))}
      <div class="kc-ticks" aria-hidden="true">
        {strip.ticks.map((tk) => (
          <span key={tk.label} style={{ left: pct(tk.x) }}>
            {tk.label}
          </span>
        ))}
      </div>
    </div>
  );
}

function Row({ it, picked, onNavigate, detail }: { it: TimelineItem; picked: boolean; onNavigate(id: string): void; detail: boolean }) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (picked) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [picked]);
  const cls = ['kc-tl-row', it.current && 'kc-tl-current', picked && 'kc-tl-picked'].filter(Boolean).join(' ');
  return (
    <li ref={ref} class={cls} aria-current={it.current ? 'true' : undefined}>
      <span class="kc-tl-date">
        <time dateTime={it.date}>{it.dateLabel}</time>
        {it.gap ? <span class="kc-gap"> · {it.gap}</span> : null}
      </span>
      {it.current ? (
        <span class="kc-tl-name">
          {it.title} <span class="kc-chip">{t('thisEntry')}</span>
        </span>
      ) : (
        <button type="button" class="kc-link kc-tl-name" onClick={reader(() => onNavigate(it.id))}>
          {it.title}
        </button>
      )}
      {detail && !it.headlined && it.line && it.line !== it.title && <span class="kc-tl-line">{it.line}</span>}
    </li>
  );
}

type RowFn = (it: TimelineItem, hidden: boolean, detail: boolean) => preact.JSX.Element;

/** The heading: "Timeline", with the topic it comes from (a link) or the entry whose own record it is. */
function Heading({ tl, entryId, onNavigate }: { tl: CardTimeline; entryId: string; onNavigate(id: string): void }) {
  return (
    <h3>
      {t('timeline')}
      {tl.topicId !== entryId ? (
        <>
          {': '}
          <button type="button" class="kc-link" onClick={reader(() => onNavigate(tl.topicId))}>
            {tl.title}
          </button>
        </>
      ) : tl.own ? (
        ': ' + tl.title
      ) : null}
    </h3>
  );
}

/** The event chosen on the strip, with a link to open it. */
function Picked({ p, entryId, onNavigate }: { p: TimelineItem; entryId: string; onNavigate(id: string): void }) {
  return (
    <p class="kc-strip-pick">
      <span class="kc-visually-hidden">{t('stripPicked')}: </span>
      <time dateTime={p.date}>{p.dateLabel}</time> ·{' '}
      {p.id === entryId ? (
        p.title
      ) : (
        <button type="button" class="kc-link" onClick={reader(() => onNavigate(p.id))}>
          {p.title}
        </button>
      )}
    </p>
  );
}

/** Everything since the article; a long list folds its middle behind "n more since this article". */
function Since({
  tl,
  row,
  open,
  setOpen,
  articleDateLabel,
  asOfLabel,
}: {
  tl: CardTimeline;
  row: RowFn;
  open: boolean;
  setOpen(v: boolean): void;
  articleDateLabel?: string;
  asOfLabel: string;
}) {
  const folded = tl.after.filter((it) => it.folded).length;
  const first = tl.after.findIndex((it) => it.folded);
  return (
    <>
      <h4 class="kc-split kc-split-after">
        {t('sinceArticle')} {articleDateLabel && <span class="kc-muted">({articleDateLabel})</span>}
      </h4>
      {tl.after.length ? (
        <ol class="kc-tl kc-tl-after">
          {tl.after.map((it, k) => [
            k === first && folded > 0 && !open ? (
              <li key="kc-fold-since" class="kc-tl-foldrow">
                <button type="button" class="kc-fold" aria-expanded="false" onClick={reader(() => setOpen(true))}>
                  {tn('moreSince', folded)}
                </button>
              </li>
            ) : null,
            row(it, it.folded && !open, true),
          ])}
        </ol>
      ) : (
        <p class="kc-muted">{t('nothingSinceAsOf', asOfLabel)}</p>
      )}
    </>
  );
}

/** The last episodes before the article; the older ones fold behind "n earlier episodes". */
function Before({ tl, row, open, setOpen }: { tl: CardTimeline; row: RowFn; open: boolean; setOpen(v: boolean): void }) {
  const folded = tl.before.filter((it) => it.folded).length;
  return (
    <>
      <div class="kc-split-row">
        <h4 class="kc-split">{tl.split ? t('beforeArticle') : t('latestEpisodes')}</h4>
        {folded > 0 && (
          <button type="button" class="kc-fold" aria-expanded={open ? 'true' : 'false'} onClick={reader(() => setOpen(!open))}>
            {open ? t('hideEarlier') : tn('earlierEpisodes', folded)}
          </button>
        )}
      </div>
      <ol class="kc-tl kc-tl-before">{tl.before.map((it) => row(it, it.folded && !open, it.current || !tl.split))}</ol>
    </>
  );
}

/** The timeline section of a card: the strip, the last few episodes before the article, and everything since. */
export function TimelineView({
  tl,
  entryId,
  articleDateLabel,
  asOfLabel,
  onNavigate,
}: {
  tl: CardTimeline;
  entryId: string;
  articleDateLabel?: string;
  asOfLabel: string;
  onNavigate(id: string): void;
}) {
  const [picked, setPicked] = useState<number | null>(null);
  const [earlierOpen, setEarlierOpen] = useState(false);
  const [sinceOpen, setSinceOpen] = useState(false);
  const all = [...tl.before, ...tl.after];
  const p = picked === null ? null : all[picked];
  const pick = (k: number) => {
    setPicked(k);
    const it = all[k];
    if (it?.folded && !it.after) setEarlierOpen(true);
    if (it?.folded && it.after) setSinceOpen(true);
  };
  const row: RowFn = (it, hidden, detail) =>
    hidden ? (
      <li key={it.id} hidden class="kc-tl-row">
        <time dateTime={it.date}>{it.dateLabel}</time> {it.title}
      </li>
    ) : (
      <Row key={it.id} it={it} picked={it.id === p?.id} onNavigate={onNavigate} detail={detail} />
    );
  return (
    <div class="kc-timeline">
      <Heading tl={tl} entryId={entryId} onNavigate={onNavigate} />
      <Strip strip={tl.strip} picked={picked} onPick={pick} onOpen={(k) => all[k] && all[k].id !== entryId && onNavigate(all[k].id)} />
      {p && <Picked p={p} entryId={entryId} onNavigate={onNavigate} />}
      <Before tl={tl} row={row} open={earlierOpen} setOpen={setEarlierOpen} />
      {tl.split ? (
        <Since tl={tl} row={row} open={sinceOpen} setOpen={setSinceOpen} articleDateLabel={articleDateLabel} asOfLabel={asOfLabel} />
      ) : (
        <p class="kc-muted">{t('articleDateUnknown')}</p>
      )}
    </div>
  );
}
