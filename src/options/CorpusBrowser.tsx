import { useMemo, useState } from 'preact/hooks';
import { corpus } from '../corpus/data';
import { cardIndex } from '../core/corpus/card-index';
import { rankEntries } from '../core/corpus/search';
import { buildCardModel } from '../core/cards/card-model';
import { CardView } from '../ui/CardView';
import { language, t, tn, type MessageKey } from '../ui/i18n';

/** Search every entry and read its card; with no query, the topics and their timelines. */
export function CorpusBrowser() {
  const index = useMemo(() => cardIndex(corpus), []);
  const [q, setQ] = useState('');
  const [stack, setStack] = useState<string[]>([]);
  const results = useMemo(() => {
    if (q.trim()) return rankEntries(index, q, 60);
    return index.entries.filter((e) => e.kind === 'topic');
  }, [q, index]);
  const current = stack[stack.length - 1];
  const model = current ? buildCardModel(index, current, null, language()) : null;
  return (
    <section aria-labelledby="h-corpus">
      <h2 id="h-corpus">{t('optCorpus')}</h2>
      <input
        type="search"
        id="corpus-search"
        value={q}
        placeholder={t('optSearch')}
        aria-label={t('optSearch')}
        style={{ width: '100%', maxWidth: '420px' }}
        onInput={(e) => setQ((e.currentTarget as HTMLInputElement).value)}
      />
      <p class="muted" aria-live="polite">
        {q.trim() ? tn('optResults', results.length) : t('optTopics')}
      </p>
      <div class="browser">
        <ul id="corpus-results">
          {results.map((e) => (
            <li key={e.id}>
              <button type="button" aria-current={current === e.id ? 'true' : undefined} onClick={() => setStack([e.id])} data-entry={e.id}>
                <span>{e.name}</span>
                <span class="muted">{t(('kind_' + e.kind) as MessageKey)}</span>
              </button>
            </li>
          ))}
        </ul>
        <div>
          {model && (
            <div class="kc-root" data-theme={document.documentElement.dataset.theme} role="region" aria-labelledby="corpus-card-title" id="corpus-card">
              <CardView
                model={model}
                headingId="corpus-card-title"
                onNavigate={(id) => setStack([...stack, id])}
                onBack={stack.length > 1 ? () => setStack(stack.slice(0, -1)) : undefined}
              />
            </div>
          )}
        </div>
      </div>
    </section>
  );
}
