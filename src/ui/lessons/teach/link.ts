// A teacher's lesson in a link: compact JSON, deflate-raw compressed, base64url, in the hash as
// #teach=…, so it never reaches a server. Too long for a link, it goes out as a file instead.
// Unpacking a damaged link gives a message, never a throw.

import { parseTeachJson, type TeachDoc, type TeachResult } from './format.ts';
import { fromBase64Url, toBase64Url } from '../../../state/base64url.ts';

export const TEACH_KEY = 'teach';
/** Longer hashes get cut by chat apps and some browsers' address bars: beyond this, a file. */
export const MAX_LINK_CHARS = 6000;
/** Unpacked, a lesson is never this large; a link that inflates past it is refused (no zip bombs). */
const MAX_JSON_BYTES = 4_000_000;

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream, limit = Infinity): Promise<Uint8Array> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(stream).getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.length;
    if (size > limit) {
      await reader.cancel();
      throw new RangeError('too large');
    }
    chunks.push(value);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The hash value (after #teach=) that carries a lesson. */
export async function encodeTeachLink(doc: TeachDoc): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify(doc));
  return toBase64Url(await pipe(bytes, new CompressionStream('deflate-raw')));
}

const DAMAGED = 'This lesson link is damaged or cut short: ask for the link again, or for the lesson as a file.';

/** Unpacks a lesson from a link's hash value: the lesson, or why not. */
export async function decodeTeachLink(value: string): Promise<TeachResult> {
  const bytes = fromBase64Url(value.trim());
  if (!bytes || bytes.length === 0) return { ok: false, message: DAMAGED };
  let json: string;
  try {
    const inflated = await pipe(bytes, new DecompressionStream('deflate-raw'), MAX_JSON_BYTES);
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
  } catch (e) {
    return { ok: false, message: e instanceof RangeError ? 'This lesson link unpacks to far more than any lesson: it was not made by Layerlab.' : DAMAGED };
  }
  return parseTeachJson(json);
}

/** The lesson's value in an address's hash (#teach=…), or null. */
export function teachInHash(hash: string): string | null {
  const match = new RegExp(`^#${TEACH_KEY}=([^&]*)`).exec(hash);
  return match ? match[1] : null;
}

/** The whole link to share: this page, the lesson in its hash (nothing in the query, so no setup is duplicated). */
export function teachHref(value: string, base: string): string {
  return `${base}#${TEACH_KEY}=${value}`;
}
