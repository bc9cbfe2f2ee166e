/**
 * The compiled index as one binary file and back. Layout: a 4-byte little-endian length L, L bytes
 * of UTF-8 JSON (the slim corpus and the index's plain part, each typed array replaced by a
 * reference), zero padding to a multiple of 4, then the typed arrays' bytes, each at a 4-byte-aligned
 * offset. Loading is one JSON parse of the header and a few array views over the same buffer: no
 * text decoding of the arrays, no base64, no compile step.
 */
import type { Corpus } from './types';
import type { IndexData } from './corpus-index';

const KINDS = { Int32Array, Uint32Array, Uint16Array, Uint8Array } as const;
type Kind = keyof typeof KINDS;
type Typed = InstanceType<(typeof KINDS)[Kind]>;
/** Where a typed array sits after the header. */
interface Ref {
  $t: Kind;
  o: number;
  n: number;
}

/** What the file holds: the corpus the index was compiled from (slim) and the index. */
export interface IndexBundle {
  slim: Corpus;
  index: IndexData;
}

/** The file the build writes beside the manifest, for the background (never web-accessible). */
export const INDEX_FILE = 'index.bin';

const align = (n: number) => (n + 3) & ~3;

/** Serialises a bundle into the layout above. */
export function encodeIndex(bundle: IndexBundle): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  const header = JSON.stringify(bundle, (_k, v: unknown) => {
    if (!ArrayBuffer.isView(v)) return v;
    const t = v as Typed;
    const ref: Ref = { $t: t.constructor.name as Kind, o: size, n: t.length };
    parts.push(new Uint8Array(t.buffer, t.byteOffset, t.byteLength));
    size += align(t.byteLength);
    return ref;
  });
  const head = new TextEncoder().encode(header);
  const start = align(4 + head.length);
  const out = new Uint8Array(start + size);
  new DataView(out.buffer).setUint32(0, head.length, true);
  out.set(head, 4);
  let at = start;
  for (const p of parts) {
    out.set(p, at);
    at += align(p.length);
  }
  return out;
}

/** Replaces references with views into the buffer, walking only where arrays can be. */
function attach(v: unknown, buf: ArrayBuffer, base: number): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const r = v as Partial<Ref>;
  if (typeof r.$t === 'string' && r.$t in KINDS && typeof r.o === 'number' && typeof r.n === 'number') return new KINDS[r.$t](buf, base + r.o, r.n);
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) o[k] = attach(o[k], buf, base);
  return o;
}

/** Reads what encodeIndex wrote (the arrays are views into `buf`). */
export function decodeIndex(buf: ArrayBuffer): IndexBundle {
  const length = new DataView(buf).getUint32(0, true);
  if (length > buf.byteLength - 4) throw new Error('index file cut short');
  const bundle = JSON.parse(new TextDecoder().decode(new Uint8Array(buf, 4, length))) as IndexBundle;
  bundle.index.matcher = attach(bundle.index.matcher, buf, align(4 + length)) as IndexData['matcher'];
  return bundle;
}
