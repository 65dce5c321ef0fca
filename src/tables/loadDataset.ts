// Fetches the datasets the build writes under datasets/ (scripts/vite-plugin-datasets.ts), with progress for the
// large one. Runs on the page, not in the worker: URLs resolve against the page so the site works from any sub-path.

import { decodeMnist, type MnistImages } from '../engine/datasets/mnist.ts';
import type { RawTabular } from './tabular.ts';
import { TABULAR_DATASETS, type TabularName } from './tabularDatasets.ts';

/** Bytes received so far, and the download's size when the server says (null when it does not). */
export type OnProgress = (loaded: number, total: number | null) => void;

export interface LoadOptions {
  signal?: AbortSignal;
}

/** The 10,000 digits, decoded. Progress counts the bytes on the wire (about 1.6 MB), not the 7.9 MB unpacked. */
export async function loadMnist(onProgress?: OnProgress, { signal }: LoadOptions = {}): Promise<MnistImages> {
  const what = 'the digits';
  const bytes = await gunzipIfNeeded(await download('mnist.bin', what, onProgress, signal), what);
  return decodeMnist(bytes);
}

/**
 * All of MNIST: its 60,000 training and 10,000 test images, downloaded side by side. Progress is the two
 * downloads together (about 11.5 MB on the wire); the total is known once both have answered.
 */
export async function loadMnistFull(onProgress?: OnProgress, { signal }: LoadOptions = {}): Promise<{ train: MnistImages; test: MnistImages }> {
  const parts = [
    { file: 'mnist-train.bin', loaded: 0, total: null as number | null, started: false },
    { file: 'mnist-test.bin', loaded: 0, total: null as number | null, started: false },
  ];
  const report = () => {
    const loaded = parts[0].loaded + parts[1].loaded;
    const total = parts.every((p) => p.started && p.total !== null) ? parts[0].total! + parts[1].total! : null;
    onProgress?.(loaded, total);
  };
  const [train, test] = await Promise.all(
    parts.map(async (part, i) => {
      const what = i === 0 ? 'the training digits' : 'the test digits';
      const bytes = await download(
        part.file,
        what,
        (loaded, total) => {
          Object.assign(part, { loaded, total, started: true });
          report();
        },
        signal,
      );
      return decodeMnist(await gunzipIfNeeded(bytes, what));
    }),
  );
  return { train, test };
}

/** The raw rows of a built-in table; give them to prepareTabular. */
export async function loadTabular(name: TabularName, { signal }: LoadOptions = {}): Promise<RawTabular> {
  const { file, label } = TABULAR_DATASETS[name];
  const bytes = await download(file, `the ${label} data`, undefined, signal);
  try {
    return JSON.parse(new TextDecoder().decode(bytes)) as RawTabular;
  } catch {
    throw new Error(`Could not read the ${label} data: the file is damaged. Reload the page to fetch it again.`);
  }
}

function datasetUrl(file: string): URL {
  // BASE_URL is './' in the build (relative to the page, wherever it is hosted) and '/' in the dev server.
  return new URL(`${import.meta.env.BASE_URL}datasets/${file}`, document.baseURI);
}

async function download(file: string, what: string, onProgress: OnProgress | undefined, signal: AbortSignal | undefined): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response;
  try {
    response = await fetch(datasetUrl(file), { signal });
  } catch (err) {
    if (signal?.aborted) throw err;
    // Offline, only the data opened before (kept by the service worker) can load.
    if (!navigator.onLine) throw new Error(`${what[0].toUpperCase()}${what.slice(1)} need a connection the first time: they have not been opened on this device before.`);
    throw new Error(`Could not load ${what}: the network request failed. Check the connection and try again.`);
  }
  if (!response.ok || !response.body) throw new Error(`Could not load ${what} (HTTP ${response.status}).`);
  // Hosts that send every unknown path to the app (and the dev server) answer a missing file with a page.
  if (response.headers.get('Content-Type')?.startsWith('text/html')) {
    throw new Error(`Could not load ${what}: the site has no datasets/${file}.`);
  }
  // With a Content-Encoding the browser hands over decoded bytes but Content-Length counts encoded ones: no usable total.
  const length = Number(response.headers.get('Content-Length'));
  const total = length > 0 && !response.headers.has('Content-Encoding') ? length : null;
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  const reader = response.body.getReader();
  onProgress?.(0, total);
  for (;;) {
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await reader.read();
    } catch (err) {
      if (signal?.aborted) throw err;
      throw new Error(`Could not load ${what}: the download stopped part way. Check the connection and try again.`);
    }
    if (chunk.done) break;
    chunks.push(chunk.value);
    loaded += chunk.value.length;
    onProgress?.(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const c of chunks) {
    bytes.set(c, offset);
    offset += c.length;
  }
  return bytes;
}

/** The build gzips the digits itself. A host that labels the file Content-Encoding: gzip makes the browser unpack it first, so it may arrive raw. */
async function gunzipIfNeeded(bytes: Uint8Array<ArrayBuffer>, what: string): Promise<Uint8Array> {
  if (bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  try {
    const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
    return new Uint8Array(await new Response(stream).arrayBuffer());
  } catch {
    throw new Error(`Could not unpack ${what}: the download is damaged. Reload the page to fetch it again.`);
  }
}
