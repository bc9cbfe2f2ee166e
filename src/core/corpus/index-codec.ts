/**
 * Compiled index data as text and back: typed arrays travel as base64 inside one JSON string, so
 * the engine bundle carries the compiled index and loads it with one parse and a few decodes.
 */
import type { IndexData } from './corpus-index';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DECODE = new Uint8Array(128);
for (let i = 0; i < B64.length; i++) DECODE[B64.charCodeAt(i)] = i;

function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    chunk += B64[(n >> 18) & 63] + B64[(n >> 12) & 63] + (i + 1 < bytes.length ? B64[(n >> 6) & 63] : '=') + (i + 2 < bytes.length ? B64[n & 63] : '=');
    if (chunk.length > 8192) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return out.join('');
}

function fromBase64(s: string): Uint8Array {
  const pad = s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((s.length / 4) * 3 - pad);
  let o = 0;
  for (let i = 0; i < s.length; i += 4) {
    const n = (DECODE[s.charCodeAt(i)] << 18) | (DECODE[s.charCodeAt(i + 1)] << 12) | (DECODE[s.charCodeAt(i + 2)] << 6) | DECODE[s.charCodeAt(i + 3)];
    out[o++] = (n >> 16) & 255;
    if (o < out.length) out[o++] = (n >> 8) & 255;
    if (o < out.length) out[o++] = n & 255;
  }
  return out;
}

type Typed = Int32Array | Uint32Array | Uint16Array | Uint8Array;
const KINDS = { Int32Array, Uint32Array, Uint16Array, Uint8Array } as const;

/** Serialises index data; typed arrays become `{ $t: kind, b: base64 }`. */
export function encodeIndex(data: IndexData): string {
  return JSON.stringify(data, (_k, v) => {
    if (ArrayBuffer.isView(v)) return { $t: v.constructor.name, b: toBase64(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) };
    return v;
  });
}

/** Reads what encodeIndex wrote. */
export function decodeIndex(text: string): IndexData {
  return JSON.parse(text, (_k, v) => {
    if (v && typeof v === 'object' && typeof v.$t === 'string' && typeof v.b === 'string' && v.$t in KINDS) {
      const bytes = fromBase64(v.b);
      const Kind = KINDS[v.$t as keyof typeof KINDS];
      return new Kind(bytes.buffer as ArrayBuffer, 0, bytes.byteLength / Kind.BYTES_PER_ELEMENT) as Typed;
    }
    return v;
  });
}
