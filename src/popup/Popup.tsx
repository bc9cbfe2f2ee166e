import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import browser, { type Tabs } from '../platform/browser';
import type { PageStatus } from '../core/messages';
import { siteMode, withSiteMode, type SiteMode } from '../core/settings/settings';
import { t } from '../ui/i18n';
import { statusText } from './status';
import { useSettings } from '../ui/use-settings';
import { settingsPort } from '../platform/settings-port';
import { askPage } from '../platform/page-link';

/** The page the popup is about: the active tab, or (when the popup itself is a tab) the last page used. */
async function targetTab(): Promise<Tabs.Tab | undefined> {
  const own = browser.runtime.getURL('');
  const tabs = await browser.tabs.query({ currentWindow: true });
  const pages = tabs.filter((tb) => !tb.url?.startsWith(own));
  return pages.find((tb) => tb.active) ?? pages.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
}

function hostOf(url?: string): { host: string; origin: string } | null {
  try {
    const u = new URL(url ?? '');
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    return { host: u.hostname, origin: u.origin };
  } catch {
    return null;
  }
}

/** While the page says it is still reading, ask again: at most this many times, this far apart. */
const LOADING_POLLS = 20;
const LOADING_POLL_MS = 500;

/** The page the popup is about and what it reports; asks again while the page is still reading. */
function usePageStatus() {
  const [tab, setTab] = useState<Tabs.Tab>();
  const [status, setStatus] = useState<PageStatus | null>(null);
  const [granted, setGranted] = useState(true);
  const refresh = useCallback(async () => {
    const tb = await targetTab();
    setTab(tb);
    if (tb?.id === undefined) return;
    const h = hostOf(tb.url);
    if (h) setGranted(await browser.permissions.contains({ origins: [h.origin + '/*'] }).catch(() => true));
    const st = await askPage<PageStatus>(tb.id, { type: 'kc:get-status' });
    setStatus(st);
  }, []);
  useEffect(() => {
    void refresh();
    const onChange = () => setTimeout(() => void refresh(), 400);
    browser.storage.onChanged.addListener(onChange);
    return () => browser.storage.onChanged.removeListener(onChange);
  }, [refresh]);
  // A page still reading (or restarting after a site-mode change) is asked again, a bounded number of times.
  const polls = useRef(0);
  useEffect(() => {
    if (status?.status !== 'loading') {
      polls.current = 0;
      return;
    }
    if (polls.current >= LOADING_POLLS) return;
    const timer = setTimeout(() => {
      polls.current++;
      void refresh();
    }, LOADING_POLL_MS);
    return () => clearTimeout(timer);
  }, [status, refresh]);
  // Without the "tabs" permission the tab's address may be hidden; the page's own report fills in.
  const site = hostOf(tab?.url) ?? (status ? { host: status.host, origin: status.origin } : null);
  return { tab, status, granted, setGranted, site };
}

function SiteModes({ host, mode, setMode }: { host: string; mode: SiteMode; setMode(m: SiteMode): void }) {
  return (
    <fieldset style={{ border: 0, padding: 0, margin: '8px 0' }}>
      <legend style={{ marginBottom: '4px' }}>
        {t('popupSite')}: <strong>{host}</strong>
      </legend>
      <div class="seg" role="radiogroup" aria-label={t('popupSite')}>
        {(['auto', 'on', 'off'] as const).map((m) => (
          <label key={m}>
            <input type="radio" name="site-mode" value={m} checked={mode === m} onChange={() => setMode(m)} data-kc-mode={m} />
            {m === 'auto' ? t('siteAuto') : m === 'on' ? t('siteOn') : t('siteOff')}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Names({ entries, open }: { entries: PageStatus['entries']; open(id: string): void }) {
  return (
    <section aria-labelledby="kc-names">
      <h2 id="kc-names" style={{ fontSize: '13px', margin: '8px 0 0' }} class="muted">
        {t('namesFound')}
      </h2>
      <ul class="names">
        {entries.map((e) => (
          <li key={e.id}>
            <button type="button" onClick={() => open(e.id)}>
              <span>{e.name}</span>
              <span class="muted">{e.count}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function Popup() {
  const { settings, save } = useSettings(settingsPort);
  const { tab, status, granted, setGranted, site } = usePageStatus();
  if (!settings) return <main class="popup" aria-busy="true" />;
  const mode: SiteMode = site ? siteMode(settings, site.host) : 'auto';
  const grant = async () => {
    if (!site || tab?.id === undefined) return;
    const ok = await browser.permissions.request({ origins: [site.origin + '/*'] });
    if (ok) {
      setGranted(true);
      await browser.tabs.reload(tab.id);
    }
  };
  const openCard = async (id: string) => {
    if (tab?.id === undefined) return;
    await askPage(tab.id, { type: 'kc:open-card', id });
    window.close();
  };
  return (
    <main class="popup" style={{ width: '340px', padding: '12px 14px' }}>
      <header class="row" style={{ marginTop: 0 }}>
        <strong style={{ fontSize: '16px' }}>Korea Context</strong>
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={settings.enabled}
            aria-label={t('popupGlobal')}
            onChange={(e) => {
              const on = (e.currentTarget as HTMLInputElement).checked;
              void save((cur) => ({ ...cur, enabled: on }));
            }}
          />
          <span>{t('popupGlobal')}</span>
        </label>
      </header>
      {site && <SiteModes host={site.host} mode={mode} setMode={(m) => void save((cur) => withSiteMode(cur, site.host, m))} />}
      {site && !granted && (
        <div class="notice" role="alert">
          <p style={{ margin: '0 0 6px' }}>{t('needPermission')}</p>
          <button type="button" class="btn btn-primary" onClick={grant}>
            {t('grant')}
          </button>
        </div>
      )}
      <p id="kc-status" role="status" data-status={status?.status ?? 'none'}>
        {statusText(settings.enabled, mode, !!site, granted, status)}
      </p>
      {status?.status === 'active' && status.entries.length > 0 && <Names entries={status.entries} open={(id) => void openCard(id)} />}
      <p style={{ marginBottom: 0 }}>
        <a
          href="#"
          onClick={(e) => {
            e.preventDefault();
            void browser.runtime.openOptionsPage();
          }}
        >
          {t('openOptions')}
        </a>
      </p>
    </main>
  );
}
