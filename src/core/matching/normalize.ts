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
    c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 ||
    c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 ||
    c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 ||
    c === 45 || c === 95 || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe63 || c === 0xff0d
  );
}

/** Characters dropped entirely: zero-width marks, soft hyphen, BOM. */
function isIgnorable(c: number): boolean {
  return c === 0xad || (c >= 0x200b && c <= 0x200d) || c === 0x2060 || c === 0xfeff ||
    (c >= 0x0300 && c <= 0x036f);
}

const QUOTES: Record<number, string> = {
  0x2018: "'", 0x2019: "'", 0x201a: "'", 0x201b: "'", 0x2032: "'", 0x02bc: "'", 0x0060: "'", 0x00b4: "'",
  0x201c: '"', 0x201d: '"', 0x201e: '"', 0x201f: '"',
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
    r = String.fromCharCode(c).normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    if (c === 0xdf) r = 'ss';
    else if (c === 0xd8 || c === 0xf8) r = c === 0xd8 ? 'O' : 'o';
    cache.set(c, r);
  }
  return r;
}

/** Folds a string for matching; see {@link Folded}. */
export function fold(input: string): Folded {
  const n = input.length;
  const starts = new Uint32Array(n + 1);
  const ends = new Uint32Array(n + 1);
  let lower = '';
  let cased = '';
  let k = 0;
  let lastSpace = true; // collapse leading spaces
  for (let i = 0; i < n; i++) {
    const c = input.charCodeAt(i);
    if (isSpaceLike(c)) {
      if (!lastSpace) {
        lower += ' ';
        cased += ' ';
        starts[k] = i;
        ends[k] = i + 1;
        k++;
        lastSpace = true;
      } else if (k > 0) {
        ends[k - 1] = i + 1;
      }
      continue;
    }
    if (isIgnorable(c)) continue;
    lastSpace = false;
    const b = c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : baseChar(c);
    const l = b.toLowerCase();
    // Keep folded length equal in both forms so one offset map serves both.
    const width = Math.max(b.length, l.length);
    lower += l.padEnd(width, ' ').slice(0, width);
    cased += b.padEnd(width, ' ').slice(0, width);
    for (let j = 0; j < width; j++) {
      starts[k] = i;
      ends[k] = i + 1;
      k++;
    }
  }
  return { text: lower, cased, starts: starts.subarray(0, k), ends: ends.subarray(0, k) };
}

/** The folded lower-case form of an alias. Plain ASCII takes a fast path with the same result. */
export function foldAlias(alias: string): string {
  if (/^[\x20-\x7e]*$/.test(alias) && !/`/.test(alias)) return alias.toLowerCase().replace(/[\s_-]+/g, ' ').trim();
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

/** Letters and digits of any script: the characters a whole-word match may not touch. */
export function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (c >= 0xd800 && c <= 0xdfff) return true;
  return /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c));
}

