// A network's weights in a link's hash (#w=...), so "Copy link" keeps what was learnt, not only the setup.
// Binary, then base64url: version byte, parameter count (u32), epoch (u32), the parameters as float64
// little-endian in Keras order, and a 32-bit FNV-1a checksum of everything before it. Float64, not
// float32, because the worker's weights are float64: a typed 0.1 or a trained weight comes back bit
// for bit, which float32 would round (0.1 -> 0.10000000149011612).
// Pure functions; urlSync.ts reads and writes the address, and loads this when a link has weights or one is copied.
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { MAX_LINK_PARAMS } from './linkCapacity.ts';

const VERSION = 1;
const HEADER_BYTES = 1 + 4 + 4;
const CHECKSUM_BYTES = 4;

export const DAMAGED_WEIGHTS_NOTICE = 'The weights in this link are damaged; the setup loaded with fresh weights.';

export interface LinkWeights {
  params: Float64Array;
  /** The epoch the weights were saved at. */
  epoch: number;
}

export function encodeWeights({ params, epoch }: LinkWeights): string {
  if (params.length > MAX_LINK_PARAMS) throw new RangeError(`${params.length} parameters is more than a link carries (${MAX_LINK_PARAMS})`);
  const bytes = new Uint8Array(HEADER_BYTES + params.length * 8 + CHECKSUM_BYTES);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, VERSION);
  view.setUint32(1, params.length, true);
  view.setUint32(5, Math.max(0, Math.min(0xffffffff, Math.floor(epoch))), true);
  for (let i = 0; i < params.length; i++) view.setFloat64(HEADER_BYTES + i * 8, params[i], true);
  view.setUint32(bytes.length - CHECKSUM_BYTES, fnv1a(bytes.subarray(0, bytes.length - CHECKSUM_BYTES)), true);
  return toBase64Url(bytes);
}

/** The weights a link holds, or null when the text is damaged in any way (never a throw). */
export function decodeWeights(text: string): LinkWeights | null {
  const bytes = fromBase64Url(text);
  if (!bytes || bytes.length < HEADER_BYTES + CHECKSUM_BYTES) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint8(0) !== VERSION) return null;
  const count = view.getUint32(1, true);
  if (count > MAX_LINK_PARAMS || bytes.length !== HEADER_BYTES + count * 8 + CHECKSUM_BYTES) return null;
  if (view.getUint32(bytes.length - CHECKSUM_BYTES, true) !== fnv1a(bytes.subarray(0, bytes.length - CHECKSUM_BYTES))) return null;
  const params = new Float64Array(count);
  for (let i = 0; i < count; i++) {
    params[i] = view.getFloat64(HEADER_BYTES + i * 8, true);
    if (!Number.isFinite(params[i])) return null;
  }
  return { params, epoch: view.getUint32(5, true) };
}

/** Characters of the link's weights part for a network of `count` parameters. */
export function linkLength(count: number): number {
  return Math.ceil(((HEADER_BYTES + count * 8 + CHECKSUM_BYTES) * 4) / 3);
}

function fnv1a(bytes: Uint8Array): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}
