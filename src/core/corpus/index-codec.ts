/**
 * Compiled index data as text and back. The plain part travels as JSON (parsed without a reviver);
 * the typed arrays travel together in one base64 blob, each at a 4-byte-aligned offset, so loading
 * is one JSON parse, one base64 decode and a few array views.
 */
import type { IndexData } from './corpus-index';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const KINDS = { Int32Array, Uint32Array, Uint16Array, Uint8Array } as const;
type Kind = keyof typeof KINDS;
type Typed = InstanceType<(typeof KINDS)[Kind]>;
/** Where a typed array sits in the blob. */
interface Ref {
  $t: Kind;
  o: number;
  n: number;
}

function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out.push(B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '='));
  }
  return out.join('');
}

/** Decodes base64 with the platform's atob (fast, native) into bytes. */
function fromBase64(s: string): Uint8Array {
  const atob = (globalThis as unknown as { atob: (s: string) => string }).atob;
  const bin = atob(s);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** Serialises index data: `{ data, blob }` with each typed array replaced by a reference into the blob. */
/** The file the build writes beside the manifest: the slim corpus and the encoded index, for the background. */
export const INDEX_FILE = 'index-data.json';

export function encodeIndex(data: IndexData): string {
  const parts: Uint8Array[] = [];
  let size = 0;
  const json = JSON.stringify(data, (_k, v) => {
    if (!ArrayBuffer.isView(v)) return v;
    const t = v as Typed;
    const bytes = new Uint8Array(t.buffer, t.byteOffset, t.byteLength);
    const ref: Ref = { $t: t.constructor.name as Kind, o: size, n: t.length };
    parts.push(bytes);
    size += (bytes.length + 3) & ~3;
    return ref;
  });
  const blob = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    blob.set(p, at);
    at += (p.length + 3) & ~3;
  }
  return JSON.stringify({ data: JSON.parse(json), blob: toBase64(blob) });
}

/** Replaces references with views into the decoded blob, walking only where arrays can be. */
function attach(v: unknown, buf: ArrayBuffer): unknown {
  if (!v || typeof v !== 'object') return v;
  const r = v as Partial<Ref>;
  if (typeof r.$t === 'string' && r.$t in KINDS && typeof r.o === 'number' && typeof r.n === 'number') return new KINDS[r.$t](buf, r.o, r.n);
  if (Array.isArray(v)) return v;
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) o[k] = attach(o[k], buf);
  return o;
}

/** Reads what encodeIndex wrote. */
export function decodeIndex(text: string): IndexData {
  const { data, blob } = JSON.parse(text) as { data: IndexData; blob: string };
  const buf = fromBase64(blob).buffer as ArrayBuffer;
  data.matcher = attach(data.matcher, buf) as IndexData['matcher'];
  return data;
}
