/**
 * Highlight colours that stay readable on the page they are painted on: WCAG contrast computed
 * against the page's own background and text colours (not the OS theme).
 */

export interface Rgb {
  r: number;
  g: number;
  b: number;
  /** 0..1 */
  a: number;
}

const clamp255 = (n: number) => Math.max(0, Math.min(255, Math.round(n)));

/** Parses the colour forms getComputedStyle returns (rgb(), rgba(), color(srgb …)) and hex; null otherwise. */
export function parseColour(css: string): Rgb | null {
  const s = css.trim().toLowerCase();
  if (s === 'transparent') return { r: 0, g: 0, b: 0, a: 0 };
  let m = /^#([0-9a-f]{3,8})$/.exec(s);
  if (m) {
    let h = m[1];
    if (h.length === 3 || h.length === 4) h = [...h].map((c) => c + c).join('');
    if (h.length !== 6 && h.length !== 8) return null;
    const n = (k: number) => parseInt(h.slice(k, k + 2), 16);
    return { r: n(0), g: n(2), b: n(4), a: h.length === 8 ? n(6) / 255 : 1 };
  }
  m = /^rgba?\(\s*([\d.]+%?)[\s,]+([\d.]+%?)[\s,]+([\d.]+%?)(?:\s*[,/]\s*([\d.]+%?))?\s*\)$/.exec(s);
  if (m) {
    const ch = (v: string) => (v.endsWith('%') ? (parseFloat(v) * 255) / 100 : parseFloat(v));
    const al = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return { r: clamp255(ch(m[1])), g: clamp255(ch(m[2])), b: clamp255(ch(m[3])), a: Math.max(0, Math.min(1, al)) };
  }
  m = /^color\(srgb\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)(?:\s*\/\s*([\d.]+%?))?\s*\)$/.exec(s);
  if (m) {
    const al = m[4] === undefined ? 1 : m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
    return { r: clamp255(+m[1] * 255), g: clamp255(+m[2] * 255), b: clamp255(+m[3] * 255), a: al };
  }
  return null;
}

/** `fg` painted over an opaque `bg`. */
function composite(fg: Rgb, bg: Rgb): Rgb {
  const a = fg.a;
  return { r: clamp255(fg.r * a + bg.r * (1 - a)), g: clamp255(fg.g * a + bg.g * (1 - a)), b: clamp255(fg.b * a + bg.b * (1 - a)), a: 1 };
}

/** WCAG relative luminance. */
function luminance(c: Rgb): number {
  const lin = (v: number) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(c.r) + 0.7152 * lin(c.g) + 0.0722 * lin(c.b);
}

/** WCAG contrast ratio of two opaque colours (1..21). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

function toHex(c: Rgb): string {
  return '#' + [c.r, c.g, c.b].map((v) => clamp255(v).toString(16).padStart(2, '0')).join('');
}

/** Preferred underline colours, in order: blues first (the card's accent), then amber, magenta, teal. */
const HIGHLIGHT_PALETTE = ['#1d4ed8', '#93c5fd', '#b45309', '#fbbf24', '#a21caf', '#f0abfc', '#0f766e', '#5eead4'];

export interface HighlightColours {
  /** Underline (and focus ring) colour: at least 3:1 against the page background. */
  underline: string;
  /** Background tint for the "background" style: keeps the page's text readable on it. */
  tint: string;
  underlineContrast: number;
  /** Contrast of the page's text on the tint. */
  textOnTint: number;
}

const WHITE: Rgb = { r: 255, g: 255, b: 255, a: 1 };
const BLACK: Rgb = { r: 0, g: 0, b: 0, a: 1 };

/**
 * Picks highlight colours for a page from its computed background and text colours (CSS strings).
 * A transparent or unreadable background counts as white (the canvas default). The underline is
 * the first palette colour with ≥ 3:1 against the background (non-text contrast, WCAG 1.4.11),
 * else black or white, whichever contrasts more (always ≥ 4.58:1). The tint is the underline
 * colour mixed into the background as strongly as keeps the text at ≥ 4.5:1 (or, on a page whose
 * own text is fainter than that, within 90% of its own contrast).
 */
export function pickHighlight(page: { background: string; text: string }): HighlightColours {
  const rawBg = parseColour(page.background);
  const bg = rawBg && rawBg.a > 0 ? composite(rawBg, WHITE) : WHITE;
  const rawText = parseColour(page.text);
  const text = rawText ? composite(rawText, bg) : contrastRatio(bg, BLACK) >= contrastRatio(bg, WHITE) ? BLACK : WHITE;
  let underline: Rgb | null = null;
  for (const hex of HIGHLIGHT_PALETTE) {
    const c = parseColour(hex)!;
    if (contrastRatio(c, bg) >= 3) {
      underline = c;
      break;
    }
  }
  underline ??= contrastRatio(bg, BLACK) >= contrastRatio(bg, WHITE) ? BLACK : WHITE;
  const own = contrastRatio(text, bg);
  const need = Math.min(4.5, own * 0.9);
  let tint = bg;
  for (let a = 0.3; a >= 0.05; a -= 0.025) {
    const t = composite({ ...underline, a }, bg);
    if (contrastRatio(text, t) >= need) {
      tint = t;
      break;
    }
  }
  return { underline: toHex(underline), tint: toHex(tint), underlineContrast: contrastRatio(underline, bg), textOnTint: contrastRatio(text, tint) };
}
