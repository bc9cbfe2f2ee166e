/**
 * Turns a DOM subtree into one string plus a map back to its text nodes.
 * Inline elements join without a separator (so <b>Kim</b> Jong Un matches);
 * block elements add a newline. Skips everything a reader cannot read or
 * that a highlight must not touch.
 */

/** Elements whose text is never scanned. */
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TEXTAREA',
  'INPUT',
  'SELECT',
  'OPTION',
  'BUTTON',
  'A',
  'CODE',
  'PRE',
  'KBD',
  'SAMP',
  'VAR',
  'SVG',
  'svg',
  'MATH',
  'math',
  'IFRAME',
  'CANVAS',
  'VIDEO',
  'AUDIO',
  'OBJECT',
  'EMBED',
  'KC-HOST',
  'NAV',
  'FOOTER',
  'ASIDE',
  'FORM',
  'LABEL',
  'DIALOG',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
  'IMG',
  'PICTURE',
  'SUMMARY',
]);

/** Elements that break the text flow. */
const BLOCK = new Set([
  'P',
  'DIV',
  'LI',
  'UL',
  'OL',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'MAIN',
  'BLOCKQUOTE',
  'FIGURE',
  'FIGCAPTION',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'THEAD',
  'TBODY',
  'DL',
  'DT',
  'DD',
  'BR',
  'HR',
  'ADDRESS',
  'DETAILS',
  'CAPTION',
  'BODY',
  'HTML',
]);

const SKIP_ROLES = new Set([
  'navigation',
  'button',
  'link',
  'textbox',
  'searchbox',
  'menu',
  'menubar',
  'toolbar',
  'dialog',
  'alert',
  'tab',
  'complementary',
  'contentinfo',
]);

export interface TextMap {
  text: string;
  nodes: Text[];
  /** offsets[i]: where nodes[i] (or the piece of it in this map) starts in `text`. */
  offsets: number[];
  /** starts[i]: where in nodes[i] that piece begins (0 unless a huge node was cut into pieces). */
  starts?: number[];
}

/** A text node longer than this is read in pieces, so no single step reads megabytes. */
const PIECE = 50000;

/** True for an element whose subtree must not be scanned. */
export function skipElement(el: Element): boolean {
  if (SKIP.has(el.tagName)) return true;
  if (el.namespaceURI && el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return true;
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true' || el.getAttribute('inert') !== null) return true;
  const ce = el.getAttribute('contenteditable');
  if (ce !== null && ce !== 'false') return true;
  const role = el.getAttribute('role');
  if (role && SKIP_ROLES.has(role)) return true;
  return false;
}

/**
 * Walks a subtree in resumable steps: each next() returns the text of whole
 * blocks up to about `limit` characters, so a huge page is read in short tasks.
 */
export class TextWalker {
  private n: Node | null;
  private stack: Node[] = [];
  private lastNl = true;
  /** A huge text node being read piece by piece, and where the next piece starts. */
  private piece: { node: Text; at: number } | null = null;
  done = false;

  constructor(private root: Node) {
    this.n = root.firstChild;
    if (!this.n) this.done = true;
  }

  next(limit = Infinity): TextMap {
    const parts: string[] = [];
    const nodes: Text[] = [];
    const offsets: number[] = [];
    const starts: number[] = [];
    let len = 0;
    if (this.piece) {
      const { node, at } = this.piece;
      const end = pieceEnd(node.data, at);
      nodes.push(node);
      offsets.push(0);
      starts.push(at);
      parts.push(node.data.slice(at, end));
      len = end - at;
      this.piece = end < node.data.length ? { node, at: end } : null;
      if (this.piece) return { text: parts.join(''), nodes, offsets, starts };
    }
    let n = this.n;
    const stack = this.stack;
    while (n) {
      if (len >= limit && this.lastNl) break;
      let descend = false;
      if (n.nodeType === 3) {
        const t = (n as Text).data;
        if (t.length > PIECE) {
          // Read a huge node in pieces: this map ends with its first piece, the next maps go on.
          const end = pieceEnd(t, 0);
          nodes.push(n as Text);
          offsets.push(len);
          starts.push(0);
          parts.push(t.slice(0, end));
          this.lastNl = false;
          this.piece = { node: n as Text, at: end };
          this.n = advance(n, stack, this);
          if (!this.n && !this.piece) this.done = true;
          return { text: parts.join(''), nodes, offsets, starts };
        }
        if (t.length) {
          nodes.push(n as Text);
          offsets.push(len);
          starts.push(0);
          parts.push(t);
          len += t.length;
          this.lastNl = false;
        }
      } else if (n.nodeType === 1) {
        const el = n as Element;
        if (!skipElement(el)) {
          if (BLOCK.has(el.tagName) && !this.lastNl) {
            parts.push('\n');
            len++;
            this.lastNl = true;
          }
          if (el.firstChild) descend = true;
        } else if (!this.lastNl && len && parts[parts.length - 1] !== ' ') {
          // A skipped element (a script, a link, a button…) separates the text around it: no name
          // may be matched across it.
          parts.push(' ');
          len++;
        }
      }
      if (descend) {
        stack.push(n);
        n = n.firstChild;
        continue;
      }
      const before = parts.length;
      n = advance(n, stack, this, parts);
      len += parts.length - before; // each part advance() adds is one newline
    }
    this.n = n;
    if (!n && !this.piece) this.done = true;
    return { text: parts.join(''), nodes, offsets, starts };
  }

  /** Used by advance(): whether the text so far ends a line. */
  endsLine(): boolean {
    return this.lastNl;
  }

  markLine(nl: boolean): void {
    this.lastNl = nl;
  }
}

/** The next node in document order after `n`'s subtree, closing blocks (newline into `parts`). */
function advance(n: Node, stack: Node[], w: TextWalker, parts?: string[]): Node | null {
  let cur: Node | null = n;
  while (cur && !cur.nextSibling) {
    cur = stack.pop() ?? null;
    if (cur && cur.nodeType === 1 && BLOCK.has((cur as Element).tagName) && !w.endsLine()) {
      parts?.push('\n');
      w.markLine(true);
    }
  }
  return cur ? cur.nextSibling : null;
}

/** Where a piece of a huge text starting at `at` ends: near PIECE characters, at a space when there is one. */
function pieceEnd(t: string, at: number): number {
  const hard = Math.min(t.length, at + PIECE);
  if (hard === t.length) return hard;
  const sp = t.lastIndexOf(' ', hard);
  return sp > at + PIECE / 2 ? sp + 1 : hard;
}

/** Collects the text under `root` in one go, up to about `maxChars`. */
export function collectText(root: Node, maxChars = Infinity): TextMap {
  return new TextWalker(root).next(maxChars);
}

/** Finds the text node and offset for a position in TextMap.text (binary search). */
export function locate(map: TextMap, pos: number, preferEnd = false): { node: Text; offset: number } | null {
  const { offsets, nodes } = map;
  let lo = 0;
  let hi = offsets.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (offsets[mid] < pos || (!preferEnd && offsets[mid] === pos)) lo = mid;
    else hi = mid - 1;
  }
  const node = nodes[lo];
  if (!node) return null;
  const offset = pos - offsets[lo] + (map.starts?.[lo] ?? 0);
  if (offset < 0 || offset > node.data.length) return null;
  return { node, offset };
}
