/**
 * One page session per activation: signals → detection → verdict → paint pass → page watch →
 * overlay. Everything it starts hangs on one AbortController; stop() aborts it and clears what
 * it painted. Settings changes restyle, repaint or restart as the change requires.
 */
import { TEST_BUILD } from '../build-flags';
import { shouldActivate, type Verdict } from '../core/activation';
import type { Corpus } from '../core/corpus/types';
import type { Detection } from '../core/detection/detect';
import type { MatchReply, MatchService } from '../core/matching/service';
import type { EntrySummary, PageStatus } from '../core/messages';
import { resolveLanguage, siteMode, type Settings } from '../core/settings/settings';
import { Highlighter, randomHighlightNames, TEST_HIGHLIGHT_NAMES, type HighlightNames } from './highlighter';
import { highlightCss, pageColours } from './highlight-style';
import { MentionNav } from './mention-nav';
import { listenForInput } from './page-input';
import { paintPass, paintState, repaintBlocks, type HeadStart, type PaintState } from './paint-pass';
import { detectRequest, lookAtPage } from './page-look';
import { watchPage } from './page-watch';
import { isAbort, nextTask, type SliceOptions } from './scheduler';
import { entrySummaries, pageStatus, statusReporter, type PageReport } from './status';
import type { OverlayController, UiModule } from './overlay/ui-module';
import { mentionOptions, themeOf } from './session-prefs';
import { ReaderActions } from './session-reader';
import { SessionHost } from './session-host';

/** What a session needs from outside: the matching service, the background, the UI bundle. */
export interface SessionDeps {
  service: MatchService;
  send(msg: object): Promise<unknown>;
  /** Adds (with the next matching request) or takes away the page's highlight style sheet. */
  style(css: string, remove: boolean): void;
  loadUi(): Promise<UiModule>;
  /** The card text bundle's corpus. */
  loadCards(): Promise<Corpus>;
  uiLanguage(): string | undefined;
  /** The page changed address: the owner replaces this session. */
  restart(): void;
}

const BUDGET_MS = 8;

export class PageSession {
  private readonly ac = new AbortController();
  readonly signal = this.ac.signal;
  private detection: Detection | null = null;
  /** Entries detection found on the page (entry indexes of the service). */
  private found: number[] = [];
  private verdict: Verdict = { active: false, reason: 'loading' };
  private articleDate: string | null = null;
  private root: Element | null = null;
  private paint: PaintState | null = null;
  /** Highlight names and their style sheet, made before detection (the sheet may go with it). */
  private names: HighlightNames | null = null;
  private css = '';
  /** Whether the background added the style sheet (with the detection), and so must take it away. */
  private cssIn = false;
  /** The first chunk, read and matched with the detection, for the first paint. */
  private head: { start: HeadStart; reply: MatchReply } | null = null;
  private overlay: OverlayController | null = null;
  private nav: MentionNav | null = null;
  private readonly host: SessionHost;
  private readonly report: (r: PageReport) => void;
  private readonly reader = new ReaderActions({
    overlay: () => this.ensureOverlay(),
    overlayNow: () => this.overlay,
    announceMention: (name, i, n) => this.host.mention(name, i, n),
    inHost: (ev) => !!this.host.now()?.contains(ev),
    nav: () => this.nav,
    hl: () => this.paint?.hl ?? null,
    nameOf: (id) => [...(this.paint?.refs.values() ?? [])].find((r) => r.id === id)?.name ?? id,
    theme: () => themeOf(this.settings),
  });
  /** Longest slice of our own work (test builds expose it for the hostile-page tests). */
  private longest = { ms: 0, kind: '' };
  private lastDetect = 0;
  private detectGap = 1000;

  /**
   * `lookupOnly`: a session for a card or look-up the reader asked for on a page where we are off;
   * it shows cards and never reads or paints the page.
   */
  constructor(
    private settings: Settings,
    private readonly deps: SessionDeps,
    private readonly lookupOnly = false,
  ) {
    this.host = new SessionHost(this.signal, { language: () => this.language(), theme: () => themeOf(this.settings) }, () => void this.openBriefing(true));
    this.report = statusReporter((r) => void deps.send({ type: 'kc:status-changed', ...r }).catch(() => undefined), this.signal);
  }

  /** Reads the page and activates when the rule says so; idles and watches otherwise. */
  async start(): Promise<void> {
    try {
      if (this.lookupOnly) {
        this.verdict = { active: false, reason: this.settings.enabled ? 'site-off' : 'global-off' };
        return;
      }
      await this.detect();
      await nextTask(this.signal);
      watchPage(
        document,
        () => ({ active: this.verdict.active, root: this.root }),
        {
          navigated: () => this.deps.restart(),
          grew: () => this.redetect(),
          changed: (blocks, removed) => void this.repaintBlocks(blocks, removed),
        },
        this.signal,
      );
      if (this.verdict.active) await this.activate();
    } catch (e) {
      if (!isAbort(e, this.signal)) throw e;
    }
  }

  /**
   * Reads the page's signals (here) and detects (in the service). The first text to paint and the
   * style sheet travel with the request: an active page gets its first names in the same reply.
   */
  private async detect(): Promise<void> {
    await nextTask(this.signal);
    const look = await lookAtPage(this.sliced('detect'));
    this.articleDate = look.signals.publishedAt;
    this.root = look.root;
    const s = this.settings;
    const paintRoot = look.root ?? document.body;
    if (paintRoot && !this.css) this.css = highlightCss(this.highlightNames(), pageColours(document, paintRoot));
    const reply = await this.deps.service.detect(detectRequest(look, s), this.css || undefined);
    if (reply.first && !this.cssIn) this.takeCss();
    if (this.signal.aborted) throw this.signal.reason;
    this.detection = reply.detection;
    this.found = reply.found;
    this.head = look.start && reply.first ? { start: look.start, reply: reply.first } : null;
    const mode = siteMode(s, location.hostname);
    this.verdict = shouldActivate({ enabled: s.enabled, siteMode: mode, sensitivity: s.sensitivity, detection: this.detection, mentions: reply.mentions });
  }

  /** The session's highlight names: the test contract's in test builds, random ones in release builds. */
  private highlightNames(): HighlightNames {
    return (this.names ??= TEST_BUILD ? TEST_HIGHLIGHT_NAMES : randomHighlightNames());
  }

  /** The style sheet is in the page: it leaves with the session. */
  private takeCss(): void {
    this.cssIn = true;
    const css = this.css;
    const drop = () => this.deps.style(css, true);
    if (this.signal.aborted) drop();
    else this.signal.addEventListener('abort', drop, { once: true });
  }

  /** Idle page grew: look again, at most once per `detectGap` (doubling while nothing changes). */
  private redetect(): void {
    const now = performance.now();
    if (now - this.lastDetect < this.detectGap || this.verdict.active) return;
    this.lastDetect = now;
    void this.detect()
      .then(() => {
        if (this.verdict.active) return this.activate();
        this.detectGap = Math.min(this.detectGap * 2, 30000);
      })
      .catch((e) => {
        if (!isAbort(e, this.signal)) throw e;
      });
  }

  private async activate(): Promise<void> {
    const root = this.root ?? document.body;
    if (!root || this.paint) return;
    const hl = new Highlighter(this.highlightNames());
    hl.setStyle(this.settings.style);
    this.nav = new MentionNav(hl);
    this.paint = paintState(this.deps.service, hl, this.settings.maxHighlights, this.matching(this.settings), this.found);
    if (!this.cssIn) {
      // Detection did not add the sheet (no text to read then): it goes with the first matching request.
      this.css ||= highlightCss(hl.names, pageColours(document, root));
      this.deps.style(this.css, false);
      this.takeCss();
    }
    this.signal.addEventListener(
      'abort',
      () => {
        hl.clear();
        void this.deps.send({ type: 'kc:status-changed', active: false, matches: 0 }).catch(() => undefined);
      },
      { once: true },
    );
    listenForInput(document, this.reader.inputTarget(hl), this.signal);
    const head = this.head;
    this.head = null;
    if (!head) await nextTask(this.signal);
    await paintPass(root, this.paint, this.sliced('paint'), head ?? undefined);
    this.publish();
  }

  private matching(s: Settings) {
    return mentionOptions(s, this.articleDate, { koreaPage: !!this.detection?.korea.related, forced: this.verdict.reason === 'forced-on' });
  }

  private async ensureOverlay(): Promise<OverlayController> {
    if (this.overlay) return this.overlay;
    const ui = await this.deps.loadUi();
    if (this.signal.aborted) throw this.signal.reason;
    const host = this.host.get();
    if (!this.verdict.active) this.host.publish(false, 0, 0);
    if (this.overlay) return this.overlay;
    this.overlay = ui.createOverlay({
      doc: document,
      host,
      onPanel: (open) => this.host.panel(open),
      signal: this.signal,
      articleDate: this.articleDate,
      language: this.language(),
      theme: themeOf(this.settings),
      loadCards: () => this.deps.loadCards(),
      onClosed: () => this.reader.closed(),
      goToMention: (id, i) => this.reader.goToMention(id, i),
    });
    // What the page shows so far (the panel lists it).
    if (this.verdict.active && this.paint) this.overlay.update({ active: true, entries: this.entries(), matches: this.paint.hl.all().length });
    return this.overlay;
  }

  private language(): 'en' | 'ko' {
    return resolveLanguage(this.settings.language, this.deps.uiLanguage());
  }

  /** Tells the overlay, the badge and (test builds) the host what the page shows now. */
  private publish(): void {
    const active = this.verdict.active && !!this.paint;
    const entries = this.entries();
    const matches = active ? this.paint!.hl.all().length : 0;
    this.report({ active, matches: active ? entries.length : 0 });
    this.host.publish(active, entries.length, matches);
    this.host.now()?.setStatus({ 'longest-task': this.longest.ms.toFixed(1), 'longest-task-kind': this.longest.kind });
    this.overlay?.update({ active, entries, matches });
  }

  private entries(): EntrySummary[] {
    return this.verdict.active ? entrySummaries(this.paint) : [];
  }

  /** Repaints the blocks the page changed, in slices. */
  private async repaintBlocks(blocks: Element[], removed: boolean): Promise<void> {
    if (!this.paint) return;
    try {
      await repaintBlocks(blocks, removed, this.paint, this.sliced('repaint'));
      this.publish();
    } catch (e) {
      if (!isAbort(e, this.signal)) throw e;
    }
  }

  /** Slices of at most BUDGET_MS, ended with the session, the longest noted. */
  private sliced(kind: string): SliceOptions {
    return { budgetMs: BUDGET_MS, signal: this.signal, onSlice: (ms) => this.slice(ms, kind) };
  }

  private slice(ms: number, kind: string): void {
    if (ms > this.longest.ms) this.longest = { ms, kind };
  }

  /**
   * Applies new settings. Returns false when the change needs a new session (the owner restarts):
   * switching on or off, or a new sensitivity. Style, theme and language restyle in place; kinds,
   * density and the cap repaint; none of them closes an open card.
   */
  update(next: Settings): boolean {
    const prev = this.settings;
    this.settings = next;
    const mode = (s: Settings) => `${s.enabled}:${siteMode(s, location.hostname)}:${s.sensitivity}`;
    if (mode(prev) !== mode(next)) return false;
    const p = this.paint;
    if (p && prev.style !== next.style) p.hl.setStyle(next.style);
    this.overlay?.update({ theme: themeOf(next), language: this.language() });
    this.host.restyle();
    const repaint =
      JSON.stringify(prev.categories) !== JSON.stringify(next.categories) || prev.density !== next.density || prev.maxHighlights !== next.maxHighlights;
    if (p && repaint && this.root) {
      p.hl.clear();
      p.hl.setStyle(next.style);
      p.counts.clear();
      p.options = this.matching(next);
      p.maxHighlights = next.maxHighlights;
      this.nav?.clear();
      void paintPass(this.root, p, this.sliced('paint'))
        .then(() => this.publish())
        .catch((e) => {
          if (!isAbort(e, this.signal)) throw e;
        });
    }
    return true;
  }

  stop(): void {
    this.ac.abort(new DOMException('session ended', 'AbortError'));
  }

  /** Keyboard stepping from the next/previous-name commands. */
  step(dir: 1 | -1): boolean {
    return this.reader.step(dir);
  }

  openFromPopup(id: string): Promise<boolean> {
    return this.reader.openFromPopup(id);
  }

  lookup(text: string): Promise<number> {
    return this.reader.lookup(text);
  }

  /** Opens the briefing panel (command, popup), or toggles it (the briefing button). */
  async openBriefing(toggle = false): Promise<boolean> {
    if (!this.verdict.active) return false;
    (await this.ensureOverlay()).togglePanel(toggle ? undefined : true);
    return true;
  }

  status(): PageStatus {
    const active = this.verdict.active;
    return pageStatus(this.verdict, {
      host: location.hostname,
      origin: location.origin,
      matches: active && this.paint ? this.paint.hl.all().length : 0,
      entries: this.entries(),
      score: this.detection?.korea.score,
    });
  }
}
