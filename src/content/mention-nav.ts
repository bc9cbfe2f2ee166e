/**
 * Keyboard navigation between highlighted names: next/previous in reading order, a visible focus
 * ring on the current one, and the place focus returns to when its card closes.
 */
import type { Highlighter, PaintedMention } from './highlighter';

/** Reading order of two mentions. */
function order(a: PaintedMention, b: PaintedMention): number {
  try {
    return a.range.compareBoundaryPoints(Range.START_TO_START, b.range);
  } catch {
    return 0;
  }
}

export function firstRect(r: Range): DOMRect | null {
  const rects = r.getClientRects();
  const rect = rects.length ? rects[0] : r.getBoundingClientRect();
  if (!rect || (rect.width === 0 && rect.height === 0)) return null;
  return rect;
}

export class MentionNav {
  private current: PaintedMention | null = null;
  private sorted: PaintedMention[] | null = null;
  private sortedFrom: readonly PaintedMention[] | null = null;
  private sortedLen = -1;

  constructor(private hl: Highlighter) {}

  private list(): PaintedMention[] {
    const all = this.hl.all();
    if (!this.sorted || this.sortedFrom !== all || this.sortedLen !== all.length) {
      this.sorted = [...all].filter((m) => m.range.startContainer.isConnected).sort(order);
      this.sortedFrom = all;
      this.sortedLen = all.length;
    }
    return this.sorted;
  }

  /** The mention with the ring, if any. */
  focused(): PaintedMention | null {
    return this.current && this.current.range.startContainer.isConnected ? this.current : null;
  }

  /** Moves the ring to the next (1) or previous (-1) mention and scrolls it into view. */
  step(dir: 1 | -1): PaintedMention | null {
    const list = this.list();
    if (!list.length) return null;
    const cur = this.focused();
    let i = cur ? list.indexOf(cur) : -1;
    if (i < 0) i = dir === 1 ? -1 : list.length;
    return this.show(list[(i + dir + list.length) % list.length]);
  }

  /** Mention `index` (0-based) of an entry, in reading order. */
  nth(entryId: string, index: number): { mention: PaintedMention; of: number } | null {
    const mine = this.list().filter((m) => m.entryId === entryId);
    if (!mine.length) return null;
    const k = ((index % mine.length) + mine.length) % mine.length;
    return { mention: mine[k], of: mine.length };
  }

  /** Position of a mention among its entry's mentions: [1-based index, count]. */
  place(m: PaintedMention): [number, number] {
    const mine = this.list().filter((x) => x.entryId === m.entryId);
    return [mine.indexOf(m) + 1, mine.length];
  }

  /** Puts the ring on `m` and scrolls to it. */
  show(m: PaintedMention): PaintedMention {
    this.current = m;
    this.hl.setFocus(m);
    const el = m.range.startContainer.parentElement;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    el?.scrollIntoView({ block: 'center', behavior: reduce ? 'auto' : 'smooth' });
    return m;
  }

  /** Removes the ring (a click elsewhere, the session ending). */
  clear(): void {
    this.current = null;
    this.hl.setFocus(null);
  }
}
