import { useRef, useState } from 'preact/hooks';
import { CorpusBrowser } from './CorpusBrowser';
import { Display } from './Display';
import { corpus } from '../corpus/data';
import { formatDate } from '../core/cards/dates';
import { DEFAULTS, exportSettings, normalizeSitePattern, parseImport, type Settings } from '../core/settings/settings';
import { language, t, type MessageKey } from '../ui/i18n';
import { useSettings, type SettingsUpdate } from '../ui/use-settings';
import { settingsPort } from '../platform/settings-port';

type Msg = { text: string; error?: boolean } | null;

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
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            id="opt-file-pages"
            checked={settings.filePages}
            onChange={(e) => set('filePages', (e.currentTarget as HTMLInputElement).checked)}
          />
          <span>{t('optFilePages')}</span>
        </label>
      </section>
      <Sites settings={settings} save={save} setMsg={setMsg} />
      <Display settings={settings} save={save} />
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
