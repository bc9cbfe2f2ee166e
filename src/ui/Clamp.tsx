import { useState } from 'preact/hooks';
import { needsClamp } from '../core/cards/text';
import { reader } from './guard';
import { t } from './i18n';

/** A paragraph clamped to `lines` lines with a "more" button when it is long. */
export function Clamp({ text, lines = 3, class: cls, lang }: { text: string; lines?: number; class?: string; lang?: string }) {
  const [open, setOpen] = useState(false);
  const long = needsClamp(text, lines);
  return (
    <div class={cls ? `kc-clamp ${cls}` : 'kc-clamp'}>
      <p class={long && !open ? `kc-clamped kc-l${lines}` : undefined} lang={lang}>
        {text}
      </p>
      {long && (
        <button type="button" class="kc-more" aria-expanded={open ? 'true' : 'false'} onClick={reader(() => setOpen(!open))}>
          {open ? t('less') : t('more')}
        </button>
      )}
    </div>
  );
}
