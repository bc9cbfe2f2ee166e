/**
 * The visible text of a subtree (blocks end in newlines) and the share of it inside links, read in
 * resumable steps: on a page of hundreds of thousands of elements the style checks add up, so the
 * page session walks in slices between tasks while tools walk to the end at once.
 */
import { skipElement } from './scanner';

const BLOCK = /^(P|DIV|LI|UL|OL|H[1-6]|SECTION|ARTICLE|HEADER|MAIN|BLOCKQUOTE|FIGURE|FIGCAPTION|TABLE|TR|TD|TH|DL|DT|DD|BR|HR|ADDRESS|DETAILS|CAPTION)$/;
/** Nodes visited per step. */
const STEP_NODES = 64;

/** True for an element a reader cannot see (attributes only; the visibility tester checks styles). */
function hiddenByAttributes(el: Element): boolean {
  return el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
}

interface Frame {
  next: Node | null;
  inLink: boolean;
  block: boolean;
}

export class VisibleTextWalk {
  private readonly parts: string[] = [];
  private len = 0;
  private linkLen = 0;
  private lastNl = true;
  private readonly stack: Frame[];

  constructor(
    root: Element | null,
    private readonly visible: (el: Element) => boolean,
    private readonly maxChars: number,
  ) {
    this.stack = root ? [{ next: root.firstChild, inLink: false, block: false }] : [];
  }

  private newline(): void {
    if (this.lastNl) return;
    this.parts.push('\n');
    this.len++;
    this.lastNl = true;
  }

  private text(t: string, inLink: boolean): void {
    if (!t.trim()) {
      if (t.length && !this.lastNl) {
        this.parts.push(' ');
        this.len++;
      }
      return;
    }
    // A huge text node is read only up to the limit.
    const piece = t.length > this.maxChars - this.len ? t.slice(0, this.maxChars - this.len) : t;
    this.parts.push(piece);
    this.len += piece.length;
    if (inLink) this.linkLen += piece.trim().length;
    this.lastNl = false;
  }

  /** Visits a few nodes; true when the walk is done. */
  step(): boolean {
    for (let k = 0; k < STEP_NODES; k++) {
      const top = this.stack[this.stack.length - 1];
      if (!top || this.len >= this.maxChars) return true;
      const n = top.next;
      if (!n) {
        this.stack.pop();
        if (top.block) this.newline();
        continue;
      }
      top.next = n.nextSibling;
      if (n.nodeType === 3) this.text((n as Text).data, top.inLink);
      else if (n.nodeType === 1) {
        const c = n as Element;
        // Links are read (an inline link is part of the sentence) but counted for link density.
        const isLink = c.tagName === 'A';
        if ((!isLink && skipElement(c)) || hiddenByAttributes(c) || !this.visible(c)) continue;
        const block = BLOCK.test(c.tagName);
        if (block) this.newline();
        this.stack.push({ next: c.firstChild, inLink: top.inLink || isLink, block });
      }
    }
    return !this.stack.length || this.len >= this.maxChars;
  }

  result(): { text: string; linkDensity: number } {
    const text = this.parts
      .join('')
      .replace(/[ \t\u00a0]+\n/g, '\n')
      .replace(/\n[ \t\u00a0]+/g, '\n');
    const letters = text.replace(/\s+/g, '').length;
    return { text, linkDensity: letters ? Math.min(1, this.linkLen / letters) : 0 };
  }
}
