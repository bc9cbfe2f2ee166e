import { useRef, useState } from 'preact/hooks';
import type { CardModel } from '../core/cards/card-model';
import { problemReport } from '../core/cards/report';
import { reader } from './guard';
import { t } from './i18n';

/** Puts text on the clipboard from a reader's click: the async API where the page allows it, else a selected textarea. */
async function copyText(text: string, fallback: HTMLTextAreaElement | null): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    /* not allowed here (insecure page, permissions policy): fall back */
  }
  if (!fallback) return false;
  fallback.value = text;
  fallback.hidden = false;
  fallback.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  }
}

/**
 * "Report a problem with this card": the reader writes what is wrong; the card prepares a plain-text
 * report (entry id, corpus version, the reader's words) and copies it. Nothing is sent anywhere.
 */
export function ReportProblem({ model }: { model: CardModel }) {
  const [open, setOpen] = useState(false);
  const [words, setWords] = useState('');
  const [done, setDone] = useState<'copied' | 'manual' | null>(null);
  const out = useRef<HTMLTextAreaElement>(null);
  const id = 'kc-report-' + model.id;
  if (!open) {
    return (
      <button type="button" class="kc-link kc-report-open" onClick={reader(() => setOpen(true))}>
        {t('reportOpen')}
      </button>
    );
  }
  const report = problemReport({
    entryId: model.id,
    entryName: model.name,
    corpusVersion: model.version,
    asOf: model.asOf,
    articleDate: model.articleDate,
    words,
  });
  return (
    <div class="kc-report">
      <label for={id}>{t('reportLabel')}</label>
      <textarea id={id} rows={3} value={words} maxLength={4000} onInput={reader((e: Event) => setWords((e.currentTarget as HTMLTextAreaElement).value))} />
      <p class="kc-muted">{t('reportPrivacy')}</p>
      <div class="kc-report-actions">
        <button
          type="button"
          class="kc-btn kc-btn-primary"
          onClick={reader(() => {
            void copyText(report, out.current).then((ok) => {
              setDone(ok ? 'copied' : 'manual');
              if (!ok && out.current) {
                out.current.hidden = false;
                out.current.select();
              }
            });
          })}
        >
          {t('reportCopy')}
        </button>
        <button
          type="button"
          class="kc-btn"
          onClick={reader(() => {
            setOpen(false);
            setDone(null);
          })}
        >
          {t('reportCancel')}
        </button>
      </div>
      <p role="status" class="kc-report-status">
        {done === 'copied' ? t('reportCopied') : done === 'manual' ? t('reportManual') : ''}
      </p>
      <textarea ref={out} class="kc-report-text" aria-label={t('reportText')} readOnly rows={6} hidden={done !== 'manual'} value={report} />
    </div>
  );
}
