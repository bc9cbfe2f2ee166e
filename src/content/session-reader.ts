/**
 * What the reader does on an active page, for the page session: open a mention's card (click, tap,
 * Enter), step between names by keyboard, look things up, and get focus back where it was when a
 * card or the panel closes.
 */
import type { Highlighter, PaintedMention } from './highlighter';
import { firstRect, type MentionNav } from './mention-nav';
import type { InputTarget } from './page-input';
import type { MentionPlace, OverlayController } from './overlay/ui-module';

/** The session state the reader's actions read (the session owns it). */
export interface ReaderContext {
  overlay(): Promise<OverlayController>;
  overlayNow(): OverlayController | null;
  /** Says where the keyboard ring is, in the live region. */
  announceMention(name: string, i: number, n: number): void;
  /** True when the event happened inside our host. */
  inHost(ev: Event): boolean;
  nav(): MentionNav | null;
  hl(): Highlighter | null;
  nameOf(entryId: string): string;
  theme(): 'light' | 'dark';
}

export class ReaderActions {
  /** Where focus was before a card or the panel opened (no keyboard ring). */
  private focusBack: Element | null = null;

  constructor(private readonly c: ReaderContext) {}

  private rememberFocus(o: OverlayController): void {
    if (o.isOpen()) return;
    const a = document.activeElement;
    this.focusBack = a && a !== document.body ? a : null;
  }

  /** Opens an entry's card from a mention (or without one, for look-ups and the popup). */
  async openCard(id: string, m: PaintedMention | null, anchor?: () => DOMRect | null): Promise<boolean> {
    const o = await this.c.overlay();
    this.rememberFocus(o);
    this.c.hl()?.setActive(m);
    const place = m ? this.c.nav()?.place(m) : undefined;
    return o.openCard(id, anchor ?? (() => (m ? firstRect(m.range) : null)), place && place[0] > 0 ? { index: place[0] - 1, count: place[1] } : undefined);
  }

  /** A card or the panel closed: back to the mention with the keyboard ring, or where focus was. */
  closed(): void {
    this.c.hl()?.setActive(null);
    const m = this.c.nav()?.focused();
    if (m) {
      this.c.nav()!.show(m);
      this.sayPlace(m);
      return;
    }
    const el = this.focusBack as HTMLElement | null;
    this.focusBack = null;
    if (el?.isConnected && typeof el.focus === 'function') el.focus({ preventScroll: true });
  }

  private sayPlace(m: PaintedMention): void {
    const nav = this.c.nav();
    if (nav) this.c.announceMention(this.c.nameOf(m.entryId), ...nav.place(m));
  }

  /** The panel's step to mention `index` of an entry: ring, announcement, anchor for its card. */
  goToMention(id: string, index: number): MentionPlace | null {
    const nav = this.c.nav();
    const hit = nav?.nth(id, index);
    if (!nav || !hit) return null;
    nav.show(hit.mention);
    this.sayPlace(hit.mention);
    this.c.hl()?.setActive(hit.mention);
    const [i, count] = nav.place(hit.mention);
    return { anchor: () => firstRect(hit.mention.range), index: i - 1, count };
  }

  /** Next/previous name: the ring moves and the live region says where it is. */
  step(dir: 1 | -1): boolean {
    const nav = this.c.nav();
    if (!nav || this.c.overlayNow()?.hasCard()) return false;
    const m = nav.step(dir);
    if (m) this.sayPlace(m);
    return !!m;
  }

  async openFromPopup(id: string): Promise<boolean> {
    const hit = this.c.nav()?.nth(id, 0) ?? null;
    if (hit) this.c.nav()!.show(hit.mention);
    return this.openCard(id, hit?.mention ?? null);
  }

  async lookup(text: string): Promise<number> {
    const o = await this.c.overlay();
    const sel = document.getSelection();
    const range = sel && sel.rangeCount ? sel.getRangeAt(0).cloneRange() : null;
    this.rememberFocus(o);
    return o.lookup(text, () => (range ? firstRect(range) : null));
  }

  /** The handlers the page's input calls. */
  inputTarget(hl: Highlighter): InputTarget {
    const o = () => this.c.overlayNow();
    return {
      hl,
      inOverlay: (ev) => this.c.inHost(ev),
      open: (m) => {
        this.c.nav()?.clear();
        void this.openCard(m.entryId, m);
      },
      escape: () => {
        const ov = o();
        if (ov?.isOpen()) {
          if (ov.hasCard()) ov.closeCard();
          else ov.togglePanel(false);
          return true;
        }
        if (!this.c.nav()?.focused()) return false;
        this.c.nav()!.clear();
        return true;
      },
      enter: () => {
        const m = this.c.nav()?.focused();
        if (!m || o()?.isOpen()) return false;
        void this.openCard(m.entryId, m);
        return true;
      },
      outsidePointer: (onMention) => {
        this.c.nav()?.clear();
        const ov = o();
        if (!onMention && ov?.hasCard()) ov.closeCard();
        if (ov?.isOpen() && !ov.hasCard()) ov.togglePanel(false);
      },
      openPanel: () => void this.c.overlay().then((ov) => ov.togglePanel(true)),
      step: (dir) => void this.step(dir),
      reposition: () => o()?.reposition(),
      themeChanged: () => o()?.update({ theme: this.c.theme() }),
    };
  }
}
