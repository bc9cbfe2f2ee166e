import { useMemo, useRef, useState } from 'preact/hooks';
import { corpus } from '../corpus/data';
import { indexCorpus } from '../core/corpus/corpus-index';
import { rankEntries } from '../core/corpus/search';
import { ENTRY_KINDS, type EntryKind } from '../core/corpus/types';
import { buildCardModel } from '../core/cards/card-model';
import { formatDate } from '../core/cards/dates';
import { DEFAULTS, exportSettings, normalizeSitePattern, parseImport, type Settings } from '../core/settings/settings';
import { CardView } from '../ui/CardView';
import { language, t, tn, type MessageKey } from '../ui/i18n';
import { useSettings, type SettingsUpdate } from '../ui/use-settings';
import { settingsPort } from '../popup/settings-port';

type Msg = { text: string; error?: boolean } | null;

function Radio<T extends string>({
  name,
  legend,
  value,
  options,
  onChange,
}: {
  name: string;
  legend: string;
  value: T;
  options: [T, string][];
  onChange(v: T): void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="seg" role="radiogroup" aria-label={legend}>
        {options.map(([v, label]) => (
          <label key={v}>
            <input type="radio" name={name} value={v} checked={value === v} onChange={() => onChange(v)} />
            {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Sites({ settings, save, setMsg }: { settings: Settings; save(u: SettingsUpdate): Promise<void>; setMsg(m: Msg): void }) {
  const [draft, setDraft] = useState('');
  const [mode, setMode] = useState<'on' | 'off'>('off');
  const add = (e: Event) => {
    e.preventDefault();
    const p = normalizeSitePattern(draft);
    if (!p) return setMsg({ text: t('optBadSite', draft), error: true });
    setDraft('');
    setMsg(null);
    void save((cur) => ({ ...cur, sites: { ...cur.sites, [p]: mode } }));
  };
  const remove = (p: string) => {
    void save((cur) => {
      const sites = { ...cur.sites };
      delete sites[p];
      return { ...cur, sites };
    });
  };
  const lists: ['on' | 'off', MessageKey][] = [
    ['on', 'optAlways'],
    ['off', 'optNever'],
  ];
  return (
    <section aria-labelledby="h-sites">
      <h2 id="h-sites">{t('optSites')}</h2>
      <p class="muted">{t('optSitesHelp')}</p>
      <form onSubmit={add} class="row" style={{ justifyContent: 'flex-start' }}>
        <input
          type="text"
          value={draft}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
          aria-label={t('optSites')}
          placeholder="example.com"
          id="site-input"
        />
        <select value={mode} onChange={(e) => setMode((e.currentTarget as HTMLSelectElement).value as 'on' | 'off')} aria-label={t('popupSite')} id="site-mode">
          <option value="on">{t('optAlways')}</option>
          <option value="off">{t('optNever')}</option>
        </select>
        <button type="submit" class="btn" id="site-add">
          {t('optAdd')}
        </button>
      </form>
      {lists.map(([m, label]) => (
        <div key={m}>
          <h3 style={{ fontSize: '14px', margin: '8px 0 2px' }}>{t(label)}</h3>
          <ul class="site-list" data-list={m}>
            {Object.entries(settings.sites)
              .filter(([, v]) => v === m)
              .map(([p]) => (
                <li key={p}>
                  <code>{p}</code>
                  <button type="button" class="btn" onClick={() => remove(p)} aria-label={t('optRemove', p)}>
                    ✕
                  </button>
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

function CorpusBrowser() {
  const index = useMemo(() => indexCorpus(corpus), []);
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

/** Export, import and reset of the settings. */
function Backup({ settings, save, setMsg }: { settings: Settings; save(u: SettingsUpdate): Promise<void>; setMsg(m: Msg): void }) {
  const fileRef = useRef<HTMLInputElement>(null);
  const doExport = () => {
    const blob = new Blob([exportSettings(settings)], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'korea-context-settings.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };
  const doImport = async (file: File) => {
    try {
      const s = parseImport(await file.text());
      await save(s);
      setMsg({ text: t('optImported') });
    } catch (e) {
      setMsg({ text: t('optImportFailed', (e as Error).message), error: true });
    }
  };
  return (
    <section aria-labelledby="h-backup">
      <h2 id="h-backup">{t('optBackup')}</h2>
      <div class="row" style={{ justifyContent: 'flex-start' }}>
        <button type="button" class="btn" id="opt-export" onClick={doExport}>
          {t('optExport')}
        </button>
        <button type="button" class="btn" id="opt-import" onClick={() => fileRef.current?.click()}>
          {t('optImport')}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept="application/json,.json"
          id="opt-import-file"
          hidden
          onChange={(e) => {
            const f = (e.currentTarget as HTMLInputElement).files?.[0];
            if (f) void doImport(f);
            (e.currentTarget as HTMLInputElement).value = '';
          }}
        />
        <button
          type="button"
          class="btn"
          id="opt-reset"
          onClick={() => {
            void save({ ...DEFAULTS, sites: {}, categories: { ...DEFAULTS.categories } });
            setMsg({ text: t('optResetDone') });
          }}
        >
          {t('optReset')}
        </button>
      </div>
    </section>
  );
}

export function Options() {
  const { settings, problems, save } = useSettings(settingsPort);
  const [msg, setMsg] = useState<Msg>(null);
  if (!settings) return <main class="opts" aria-busy="true" />;
  const set = <K extends keyof Settings>(k: K, v: Settings[K]) => void save((cur) => ({ ...cur, [k]: v }));

  return (
    <main class="opts">
      <h1>{t('optTitle')}</h1>
      {problems.length > 0 && (
        <p class="message error" role="alert">
          {t('optRepaired')}
        </p>
      )}
      <div aria-live="polite" id="opt-message">
        {msg && (
          <p class={msg.error ? 'message error' : 'message'} role={msg.error ? 'alert' : 'status'}>
            {msg.text}
          </p>
        )}
      </div>
      <section>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            id="opt-enabled"
            checked={settings.enabled}
            onChange={(e) => set('enabled', (e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('optEnabled')}</span>
        </label>
      </section>
      <Sites settings={settings} save={save} setMsg={setMsg} />
      <section aria-labelledby="h-hl">
        <h2 id="h-hl">{t('optHighlighting')}</h2>
        <fieldset>
          <legend>{t('optCategories')}</legend>
          <div class="cats">
            {ENTRY_KINDS.map((k: EntryKind) => (
              <label key={k}>
                <input
                  type="checkbox"
                  name={'cat-' + k}
                  checked={settings.categories[k]}
                  onChange={(e) => {
                    const on = (e.currentTarget as HTMLInputElement).checked;
                    void save((cur) => ({ ...cur, categories: { ...cur.categories, [k]: on } }));
                  }}
                />{' '}
                {t(('kinds_' + k) as MessageKey)}
              </label>
            ))}
          </div>
        </fieldset>
        <Radio
          name="density"
          legend={t('optDensity')}
          value={settings.density}
          onChange={(v) => set('density', v)}
          options={[
            ['first', t('optDensityFirst')],
            ['all', t('optDensityAll')],
          ]}
        />
        <Radio
          name="style"
          legend={t('optStyle')}
          value={settings.style}
          onChange={(v) => set('style', v)}
          options={[
            ['underline', t('optStyleUnderline')],
            ['background', t('optStyleBackground')],
            ['none', t('optStyleNone')],
          ]}
        />
        <Radio
          name="sensitivity"
          legend={t('optSensitivity')}
          value={settings.sensitivity}
          onChange={(v) => set('sensitivity', v)}
          options={[
            ['strict', t('optSensStrict')],
            ['normal', t('optSensNormal')],
            ['everywhere', t('optSensEverywhere')],
          ]}
        />
        <label>
          {t('optMaxHighlights')}{' '}
          <input
            type="number"
            min={1}
            max={5000}
            value={settings.maxHighlights}
            onChange={(e) => {
              const v = Number((e.currentTarget as HTMLInputElement).value);
              if (Number.isFinite(v) && v >= 1 && v <= 5000) set('maxHighlights', Math.round(v));
            }}
          />
        </label>
      </section>
      <section aria-labelledby="h-look">
        <h2 id="h-look">{t('optAppearance')}</h2>
        <Radio
          name="theme"
          legend={t('optTheme')}
          value={settings.theme}
          onChange={(v) => set('theme', v)}
          options={[
            ['system', t('optThemeSystem')],
            ['light', t('optThemeLight')],
            ['dark', t('optThemeDark')],
          ]}
        />
        <Radio
          name="language"
          legend={t('optLanguage')}
          value={settings.language}
          onChange={(v) => set('language', v)}
          options={[
            ['system', t('optLangSystem')],
            ['en', 'English'],
            ['ko', '한국어'],
          ]}
        />
      </section>
      <Backup settings={settings} save={save} setMsg={setMsg} />
      <CorpusBrowser />
      <section aria-labelledby="h-about">
        <h2 id="h-about">{t('optAbout')}</h2>
        <p id="opt-version">{t('optVersion', corpus.version, formatDate(corpus.asOf, language()), corpus.entries.length)}</p>
        <p>{t('optPrivacy')}</p>
      </section>
    </main>
  );
}
