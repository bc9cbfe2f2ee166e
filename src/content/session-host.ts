/**
 * The page session's host on the page: made when the page turns active (or when the reader asks for
 * a card on a page we are off), never on an idle page. It says how many names the page has, once,
 * in the live region; shows the briefing button; and, in test builds, the status of the contract.
 */
import { setLanguage, t, tn } from './host-strings';
import { createHost, type Host } from './overlay/host';

export interface HostPrefs {
  language(): 'en' | 'ko';
  theme(): 'light' | 'dark';
}

export class SessionHost {
  private host: Host | null = null;
  private count = 0;
  private expanded = false;
  private announced = false;

  constructor(
    signal: AbortSignal,
    private readonly prefs: HostPrefs,
    private readonly onFab: () => void,
  ) {
    signal.addEventListener(
      'abort',
      () => {
        this.host?.destroy();
        this.host = null;
      },
      { once: true },
    );
  }

  /** The host, made on first use. */
  get(): Host {
    if (!this.host) {
      this.host = createHost(document, this.onFab);
      this.host.setTheme(this.prefs.theme());
    }
    return this.host;
  }

  now(): Host | null {
    return this.host;
  }

  /** What the page shows now; an inactive page that has no host gets none. */
  publish(active: boolean, entries: number, matches: number): void {
    if (!active && !this.host) return;
    const h = this.get();
    h.setStatus({ status: active ? 'active' : 'lookup', entries: String(active ? entries : 0), matches: String(active ? matches : 0) });
    this.count = active ? entries : 0;
    this.fab();
    if (active && !this.announced) {
      this.announced = true;
      this.say(() => tn('liveNames', entries));
    }
  }

  /** "{name}, mention {i} of {n}" in the live region. */
  mention(name: string, i: number, n: number): void {
    this.say(() => t('liveMention', name, i, n));
  }

  /** The panel opened or closed. */
  panel(open: boolean): void {
    this.expanded = open;
    this.fab();
  }

  /** Theme or language changed. */
  restyle(): void {
    this.host?.setTheme(this.prefs.theme());
    this.fab();
  }

  private say(text: () => string): void {
    setLanguage(this.prefs.language());
    this.get().announce(text());
  }

  private fab(): void {
    if (!this.host) return;
    setLanguage(this.prefs.language());
    const text = t('briefingPill', this.count);
    this.host.setFab({ count: this.count, expanded: this.expanded, text, label: `${text} — ${t('briefingTitle')}` });
  }
}
