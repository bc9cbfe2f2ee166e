/**
 * Turns a DOM subtree into one string plus a map back to its text nodes.
 * Inline elements join without a separator (so <b>Kim</b> Jong Un matches);
 * block elements add a newline. Skips everything a reader cannot read or
 * that a highlight must not touch.
 */

/** Elements whose text is never scanned. */
const SKIP = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'OPTION', 'BUTTON', 'A', 'CODE', 'PRE',
  'KBD', 'SAMP', 'VAR', 'SVG', 'svg', 'MATH', 'math', 'IFRAME', 'CANVAS', 'VIDEO', 'AUDIO', 'OBJECT', 'EMBED', 'KC-HOST',
  'NAV', 'FOOTER', 'ASIDE', 'FORM', 'LABEL', 'DIALOG', 'HEAD', 'TITLE', 'META', 'LINK', 'IMG', 'PICTURE', 'SUMMARY',
]);

/** Elements that break the text flow. */
const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER', 'MAIN', 'BLOCKQUOTE',
  'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'TD', 'TH', 'THEAD', 'TBODY', 'DL', 'DT', 'DD', 'BR', 'HR', 'ADDRESS', 'DETAILS',
  'CAPTION', 'BODY', 'HTML',
]);

const SKIP_ROLES = new Set(['navigation', 'button', 'link', 'textbox', 'searchbox', 'menu', 'menubar', 'toolbar', 'dialog', 'alert', 'tab', 'complementary', 'contentinfo']);

export interface TextMap {
  text: string;
  nodes: Text[];
  /** offsets[i]: where nodes[i] starts in `text`. */
  offsets: number[];
}

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
  done = false;

  constructor(private root: Node) {
    this.n = root.firstChild;
    if (!this.n) this.done = true;
  }

  next(limit = Infinity): TextMap {
    const parts: string[] = [];
    const nodes: Text[] = [];
    const offsets: number[] = [];
    let len = 0;
    let n = this.n;
    const stack = this.stack;
    while (n) {
      if (len >= limit && this.lastNl) break;
      let descend = false;
      if (n.nodeType === 3) {
        const t = (n as Text).data;
        if (t.length) {
          nodes.push(n as Text);
          offsets.push(len);
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
        }
      }
      if (descend) {
        stack.push(n);
        n = n.firstChild;
        continue;
      }
      while (n && !n.nextSibling) {
        n = stack.pop() ?? null;
        if (n && n.nodeType === 1 && BLOCK.has((n as Element).tagName) && !this.lastNl) {
          parts.push('\n');
          len++;
          this.lastNl = true;
        }
      }
      n = n ? n.nextSibling : null;
    }
    this.n = n;
    if (!n) this.done = true;
    return { text: parts.join(''), nodes, offsets };
  }
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
  const offset = pos - offsets[lo];
  if (offset < 0 || offset > node.data.length) return null;
  return { node, offset };
}
