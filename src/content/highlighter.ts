/**
 * The only module that paints on the page. Mentions are painted with the CSS
 * Custom Highlight API: no element is inserted into the page, so its layout,
 * text and scripts are untouched. Clicks are hit-tested against the ranges.
 */
import { randomToken } from './random-token';

export interface PaintedMention {
  entryId: string;
  range: Range;
}

/** The names the highlights are registered under (page-visible on active pages). */
export interface HighlightNames {
  underline: string;
  background: string;
  hover: string;
  active: string;
  focus: string;
}

/** The test contract's names. */
export const TEST_HIGHLIGHT_NAMES: HighlightNames = {
  underline: 'kc-mention',
  background: 'kc-mention-bg',
  hover: 'kc-hover',
  active: 'kc-active',
  focus: 'kc-focus',
};

/** Names no page can guess: one random prefix per page session (release builds). */
export function randomHighlightNames(): HighlightNames {
  const p = 'h' + randomToken(10);
  return { underline: p + '-a', background: p + '-b', hover: p + '-c', active: p + '-d', focus: p + '-e' };
}

type HL = { add(r: Range): void; delete(r: Range): boolean; clear(): void; size: number };
type Registry = { set(name: string, h: unknown): void; delete(name: string): boolean };

function registry(): Registry | null {
  return (globalThis as unknown as { CSS?: { highlights?: Registry } }).CSS?.highlights ?? null;
}

function makeHighlight(): HL | null {
  const Ctor = (globalThis as unknown as { Highlight?: new () => HL }).Highlight;
  return Ctor ? new Ctor() : null;
}

export class Highlighter {
  private mentions: PaintedMention[] = [];
  private byNode = new Map<Node, PaintedMention[]>();
  private main: HL | null = makeHighlight();
  private hover: HL | null = makeHighlight();
  private active: HL | null = makeHighlight();
  private focus: HL | null = makeHighlight();
  private style: 'underline' | 'background' | 'none' = 'underline';
  private registered = false;

  constructor(readonly names: HighlightNames) {}

  /** True when the browser can paint highlights without touching the DOM. */
  static supported(): boolean {
    return !!registry() && typeof (globalThis as { Highlight?: unknown }).Highlight === 'function';
  }

  setStyle(style: 'underline' | 'background' | 'none'): void {
    if (style === this.style) return;
    this.unregister();
    this.style = style;
    if (this.mentions.length) this.register();
  }

  private register(): void {
    const reg = registry();
    if (!reg || this.registered) return;
    const n = this.names;
    if (this.style !== 'none' && this.main) reg.set(this.style === 'background' ? n.background : n.underline, this.main);
    if (this.hover) reg.set(n.hover, this.hover);
    if (this.active) reg.set(n.active, this.active);
    if (this.focus) reg.set(n.focus, this.focus);
    this.registered = true;
  }

  private unregister(): void {
    const reg = registry();
    if (!reg || !this.registered) return;
    for (const n of Object.values(this.names)) reg.delete(n);
    this.registered = false;
  }

  /** Adds mentions to the painted set. */
  add(list: PaintedMention[]): void {
    for (const m of list) {
      this.mentions.push(m);
      this.main?.add(m.range);
      for (const n of nodesOf(m.range)) {
        const arr = this.byNode.get(n);
        if (arr) arr.push(m);
        else this.byNode.set(n, [m]);
      }
    }
    if (this.mentions.length) this.register();
  }

  /** Removes the mentions whose range starts inside `container`. */
  removeWithin(container: Node): void {
    const keep: PaintedMention[] = [];
    for (const m of this.mentions) {
      if (!m.range.startContainer.isConnected || container.contains(m.range.startContainer)) {
        this.main?.delete(m.range);
        for (const n of nodesOf(m.range)) {
          const arr = this.byNode.get(n);
          if (!arr) continue;
          const rest = arr.filter((x) => x !== m);
          if (rest.length) this.byNode.set(n, rest);
          else this.byNode.delete(n);
        }
      } else keep.push(m);
    }
    this.mentions = keep;
  }

  /** Drops mentions whose text the page removed. */
  purgeDisconnected(): void {
    const stale = this.mentions.filter((m) => !m.range.startContainer.isConnected || !m.range.endContainer.isConnected);
    if (!stale.length) return;
    for (const m of stale) {
      this.main?.delete(m.range);
      for (const n of nodesOf(m.range)) this.byNode.delete(n);
    }
    const set = new Set(stale);
    this.mentions = this.mentions.filter((m) => !set.has(m));
  }

  /** Removes everything painted. */
  clear(): void {
    this.unregister();
    this.main?.clear();
    this.hover?.clear();
    this.active?.clear();
    this.focus?.clear();
    this.mentions = [];
    this.byNode.clear();
  }

  all(): readonly PaintedMention[] {
    return this.mentions;
  }

  /** The mention under a viewport point, if any. */
  hitTest(x: number, y: number): PaintedMention | null {
    const pos = caretAt(x, y);
    if (!pos) return null;
    const list = this.byNode.get(pos.node);
    if (!list) return null;
    for (const m of list) {
      if (!m.range.isPointInRange(pos.node, pos.offset) && !(m.range.endContainer === pos.node && m.range.endOffset === pos.offset)) continue;
      for (const r of m.range.getClientRects()) {
        if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return m;
      }
    }
    return null;
  }

  setHover(m: PaintedMention | null): void {
    this.hover?.clear();
    if (m) this.hover?.add(m.range);
  }

  setActive(m: PaintedMention | null): void {
    this.active?.clear();
    if (m) this.active?.add(m.range);
  }

  /** The keyboard focus ring on one mention (or none). */
  setFocus(m: PaintedMention | null): void {
    this.focus?.clear();
    if (m) this.focus?.add(m.range);
  }
}

/** Text nodes a range covers (start to end, inclusive). */
function nodesOf(r: Range): Node[] {
  if (r.startContainer === r.endContainer) return [r.startContainer];
  const out: Node[] = [];
  const doc = r.startContainer.ownerDocument!;
  const w = doc.createTreeWalker(r.commonAncestorContainer, NodeFilter.SHOW_TEXT);
  w.currentNode = r.startContainer;
  let n: Node | null = r.startContainer;
  while (n) {
    out.push(n);
    if (n === r.endContainer) break;
    n = w.nextNode();
  }
  return out;
}

/** The text position at a viewport point, in either browser. */
function caretAt(x: number, y: number): { node: Node; offset: number } | null {
  const d = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (d.caretPositionFromPoint) {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const r = d.caretRangeFromPoint?.(x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}
