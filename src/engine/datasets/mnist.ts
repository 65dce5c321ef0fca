// Handwritten digits (MNIST) in a compact binary file, and their conversion to training data.
// The build writes the file with encodeMnist (scripts/vite-plugin-datasets.ts); the browser reads it
// with decodeMnist, so one module owns the layout and the two sides cannot drift apart.
//
// Layout, little-endian:
//   bytes 0-3   magic "LLMN"
//   bytes 4-5   version (1)
//   byte  6     rows per image
//   byte  7     columns per image
//   bytes 8-11  count of images
//   then count labels (uint8, 0-9), then count * rows * cols pixels (uint8, 0 = background, 255 = ink), row-major.

import { createRng, shuffleInPlace } from '../random.ts';
import { EngineError } from '../types.ts';
import type { Dataset } from '../trainer.ts';
import { oneHot } from './scaling.ts';
import { MNIST_CLASSES } from './names.ts';

export const MNIST_MAGIC = 'LLMN';
export const MNIST_VERSION = 1;
export const MNIST_HEADER_BYTES = 12;

export interface MnistImages {
  /** count * rows * cols pixels, 0-255, image after image. */
  images: Uint8Array;
  /** count labels, 0-9. */
  labels: Uint8Array;
  count: number;
  rows: number;
  cols: number;
}

export interface MnistSplit {
  train: Dataset;
  test: Dataset;
  /** Inputs per image: rows * cols. */
  d: number;
  classes: number;
  classNames: string[];
}

export function encodeMnist({ images, labels, count, rows, cols }: MnistImages): Uint8Array {
  checkShape(count, rows, cols);
  if (labels.length !== count) throw new EngineError(`expected ${count} labels, got ${labels.length}`, 'labels');
  if (images.length !== count * rows * cols) {
    throw new EngineError(`expected ${count} images of ${rows}x${cols} pixels (${count * rows * cols}), got ${images.length}`, 'images');
  }
  checkLabels(labels);
  const out = new Uint8Array(MNIST_HEADER_BYTES + count + images.length);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 4; i++) out[i] = MNIST_MAGIC.charCodeAt(i);
  view.setUint16(4, MNIST_VERSION, true);
  out[6] = rows;
  out[7] = cols;
  view.setUint32(8, count, true);
  out.set(labels, MNIST_HEADER_BYTES);
  out.set(images, MNIST_HEADER_BYTES + count);
  return out;
}

/** Reads a file written by encodeMnist. The arrays returned are views into `bytes`, not copies. */
export function decodeMnist(bytes: Uint8Array): MnistImages {
  // Whole-file problems carry no path: the message is shown to the learner as it is.
  const what = 'The digits file';
  if (bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b) {
    throw new EngineError(`${what} is still gzip-compressed; decompress it before decoding.`);
  }
  if (bytes.length < MNIST_HEADER_BYTES) {
    throw new EngineError(`${what} is truncated: ${bytes.length} bytes is shorter than its ${MNIST_HEADER_BYTES}-byte header.`);
  }
  const magic = String.fromCharCode(bytes[0], bytes[1], bytes[2], bytes[3]);
  if (magic !== MNIST_MAGIC) throw new EngineError(`${what} is not in Layerlab's format (it does not start with "${MNIST_MAGIC}").`);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(4, true);
  if (version !== MNIST_VERSION) throw new EngineError(`${what} has format version ${version}; this Layerlab reads version ${MNIST_VERSION}.`);
  const rows = bytes[6];
  const cols = bytes[7];
  const count = view.getUint32(8, true);
  checkShape(count, rows, cols);
  const expected = MNIST_HEADER_BYTES + count + count * rows * cols;
  if (bytes.length !== expected) {
    const how = bytes.length < expected ? 'is truncated' : 'has extra bytes';
    throw new EngineError(`${what} ${how}: ${count} images of ${rows}x${cols} need ${expected} bytes, got ${bytes.length}.`);
  }
  const labels = bytes.subarray(MNIST_HEADER_BYTES, MNIST_HEADER_BYTES + count);
  checkLabels(labels);
  return { images: bytes.subarray(MNIST_HEADER_BYTES + count), labels, count, rows, cols };
}

/**
 * Shuffles the images (seeded) and takes the first `trainCount` for training, the rest for testing.
 * Pixels become inputs in [0, 1]; labels become one-hot rows of 10 for a softmax output.
 */
export function mnistToDataset(decoded: MnistImages, { trainCount, seed }: { trainCount: number; seed: number }): MnistSplit {
  const { images, labels, count, rows, cols } = decoded;
  if (!Number.isInteger(trainCount) || trainCount < 1 || trainCount >= count) {
    throw new EngineError(`must be a whole number from 1 to ${count - 1}, so that some images are left to test on; got ${trainCount}`, 'trainCount');
  }
  if (!Number.isInteger(seed)) throw new EngineError(`the seed must be a whole number, got ${seed}`, 'seed');
  const d = rows * cols;
  const order = Uint32Array.from({ length: count }, (_, i) => i);
  shuffleInPlace(order, createRng(seed));
  const pick = (which: Uint32Array): Dataset => {
    const n = which.length;
    const x = new Float64Array(n * d);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const src = which[i] * d;
      for (let j = 0; j < d; j++) x[i * d + j] = images[src + j] / 255;
      y[i] = labels[which[i]];
    }
    return { x, y: oneHot(y, MNIST_CLASSES), n };
  };
  return {
    train: pick(order.subarray(0, trainCount)),
    test: pick(order.subarray(trainCount)),
    d,
    classes: MNIST_CLASSES,
    classNames: Array.from({ length: MNIST_CLASSES }, (_, i) => String(i)),
  };
}

function checkShape(count: number, rows: number, cols: number): void {
  if (!Number.isInteger(count) || count < 1) throw new EngineError(`needs at least one image, got ${count}`, 'mnist.count');
  for (const [v, path] of [
    [rows, 'mnist.rows'],
    [cols, 'mnist.cols'],
  ] as const) {
    if (!Number.isInteger(v) || v < 1 || v > 255) throw new EngineError(`must be a whole number from 1 to 255, got ${v}`, path);
  }
}

function checkLabels(labels: Uint8Array): void {
  for (let i = 0; i < labels.length; i++) {
    if (labels[i] >= MNIST_CLASSES) throw new EngineError(`label ${labels[i]} is not a digit 0-9`, `mnist.labels[${i}]`);
  }
}
