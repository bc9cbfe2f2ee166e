/**
 * Folding: the text and every alias pass through the same function, so
 * "Kim Jong-un", "KIM JONG UN" and "Kim Jong Un" meet as "kim jong un".
 * The folded string keeps a map back to original offsets.
 */

export interface Folded {
  /** Lower-cased, folded text. */
  text: string;
  /** Same folding without lower-casing, for case-sensitive aliases. */
  cased: string;
  /** starts[k]: offset in the original string of the char that produced folded char k. */
  starts: Uint32Array;
  /** ends[k]: offset just after that original char. */
  ends: Uint32Array;
}

/** Characters folded to one space: whitespace, dashes and hyphens, underscores. */
function isSpaceLike(c: number): boolean {
  return (
    c === 32 ||
    c === 9 ||
    c === 10 ||
    c === 13 ||
    c === 12 ||
    c === 11 ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 45 ||
    c === 95 ||
    (c >= 0x2010 && c <= 0x2015) ||
    c === 0x2212 ||
    c === 0xfe63 ||
    c === 0xff0d
  );
}

/** Characters dropped entirely: zero-width marks, soft hyphen, BOM. */
function isIgnorable(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff || (c >= 0x0300 && c <= 0x036f);
}

const QUOTES: Record<number, string> = {
  0x2018: "'",
  0x2019: "'",
  0x201a: "'",
  0x201b: "'",
  0x2032: "'",
  0x02bc: "'",
  0x0060: "'",
  0x00b4: "'",
  0x201c: '"',
  0x201d: '"',
  0x201e: '"',
  0x201f: '"',
};

const cache = new Map<number, string>();

/** Folds one BMP char (not space-like, not ignorable) to its base form, case kept. */
function baseChar(c: number): string {
  const q = QUOTES[c];
  if (q) return q;
  if (c < 0xc0) return String.fromCharCode(c);
  // Only Latin, Greek and Cyrillic letters lose their diacritics: NFD would split Hangul syllables.
  if (c > 0x24f && !(c >= 0x1e00 && c <= 0x1eff)) return String.fromCharCode(c);
  let r = cache.get(c);
  if (r === undefined) {
    r = String.fromCharCode(c)
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '');
    if (c === 0xdf) r = 'ss';
    else if (c === 0xd8 || c === 0xf8) r = c === 0xd8 ? 'O' : 'o';
    cache.set(c, r);
  }
  return r;
}

/** Folded text as UTF-16 code units, ready for the automaton; see {@link Folded}. */
export interface FoldedCodes {
  lower: Uint16Array;
  cased: Uint16Array;
  starts: Uint32Array;
  ends: Uint32Array;
  /** Folded length; the arrays may be longer (they are reused). */
  length: number;
}

// Per-character fold tables, filled on first sight of each character: one
// array read per character instead of string work. Special values:
const UNSET = 0;
const SPACE = 0xffff;
const DROP = 0xfffe;
const MULTI = 0xfffd; // folds to more than one unit ("ß" → "ss"): the slow path
const LOWER = new Uint16Array(65536);
const CASED = new Uint16Array(65536);

function classify(c: number): number {
  let v: number;
  if (isSpaceLike(c)) v = SPACE;
  else if (isIgnorable(c)) v = DROP;
  else if (c >= 0xd800 && c <= 0xdfff) {
    v = c;
    CASED[c] = c;
  } else {
    const b = baseChar(c);
    const l = b.toLowerCase();
    if (b.length === 1 && l.length === 1 && l.charCodeAt(0) < MULTI) {
      v = l.charCodeAt(0);
      CASED[c] = b.charCodeAt(0);
    } else v = MULTI;
  }
  if (c !== 0) LOWER[c] = v;
  return v;
}

function grow(f: FoldedCodes, need: number): void {
  const cap = Math.max(need, f.lower.length * 2);
  const g = <T extends Uint16Array | Uint32Array>(a: T): T => {
    const b = new (a.constructor as new (n: number) => T)(cap);
    b.set(a);
    return b;
  };
  f.lower = g(f.lower);
  f.cased = g(f.cased);
  f.starts = g(f.starts);
  f.ends = g(f.ends);
}

/** An empty buffer for {@link foldCodes}. */
export function foldBuffer(capacity = 1024): FoldedCodes {
  return { lower: new Uint16Array(capacity), cased: new Uint16Array(capacity), starts: new Uint32Array(capacity), ends: new Uint32Array(capacity), length: 0 };
}

/**
 * Folds a string into code-unit arrays (reusing `buf` when given): case,
 * spaces, hyphens and dashes, curly quotes, zero-width marks and diacritics.
 * Hangul passes through untouched.
 */
export function foldCodes(input: string, buf: FoldedCodes = foldBuffer(input.length + 16)): FoldedCodes {
  const n = input.length;
  // Room for one unit per input char; only a multi-unit fold (rare) has to make more room.
  if (buf.lower.length < n + 16) grow(buf, n + 16);
  let { lower, cased, starts, ends } = buf;
  let k = 0;
  let lastSpace = true; // collapse leading spaces
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    let v = LOWER[c];
    if (v === UNSET) v = classify(c);
    if (v < MULTI) {
      lower[k] = v;
      cased[k] = CASED[c];
      starts[k] = i;
      ends[k] = i + 1;
      k++;
      lastSpace = false;
    } else if (v === SPACE) {
      if (!lastSpace) {
        lower[k] = 32;
        cased[k] = 32;
        starts[k] = i;
        ends[k] = i + 1;
        k++;
        lastSpace = true;
      } else if (k > 0) {
        ends[k - 1] = i + 1;
      }
    } else if (v === MULTI) {
      const b = baseChar(c);
      const l = b.toLowerCase();
      // Keep folded length equal in both forms so one offset map serves both.
      const width = Math.max(b.length, l.length);
      if (k + width + (n - i) + 16 > lower.length) {
        grow(buf, k + width + (n - i) + 16);
        ({ lower, cased, starts, ends } = buf);
      }
      for (let j = 0; j < width; j++) {
        lower[k] = j < l.length ? l.charCodeAt(j) : 32;
        cased[k] = j < b.length ? b.charCodeAt(j) : 32;
        starts[k] = i;
        ends[k] = i + 1;
        k++;
      }
      lastSpace = false;
    }
    // DROP: nothing
  }
  buf.length = k;
  return buf;
}

const decoder = (a: Uint16Array, n: number): string => {
  let s = '';
  for (let i = 0; i < n; i += 4096) s += String.fromCharCode.apply(null, a.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  return s;
};

/** Folds a string for matching, as strings; see {@link Folded}. */
export function fold(input: string): Folded {
  const f = foldCodes(input);
  return { text: decoder(f.lower, f.length), cased: decoder(f.cased, f.length), starts: f.starts.slice(0, f.length), ends: f.ends.slice(0, f.length) };
}

/** The folded lower-case form of an alias. Plain ASCII takes a fast path with the same result. */
export function foldAlias(alias: string): string {
  if (/^[\x20-\x7e]*$/.test(alias) && !/`/.test(alias))
    return alias
      .toLowerCase()
      .replace(/[\s_-]+/g, ' ')
      .trim();
  return fold(alias).text.trimEnd();
}

/** The folded form of an alias with case kept (for acronyms). */
export function foldAliasCased(alias: string): string {
  return fold(alias).cased.trimEnd();
}

/** True for an alias matched case-sensitively: an acronym such as "DPRK" or "NLL". */
export function isAcronym(alias: string): boolean {
  return /^[A-Z0-9&.\- ]+$/.test(alias) && /[A-Z].*[A-Z]|^[A-Z]$/.test(alias) && !/[a-z]/.test(alias);
}

export function isHangul(c: number): boolean {
  return (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);
}

const WORD = new Uint8Array(65536); // 0 unknown, 1 no, 2 yes

/** Letters and digits of any script: the characters a whole-word match may not touch. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  let w = WORD[c];
  if (w === 0) WORD[c] = w = /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)) ? 2 : 1;
  return w === 2;
}
