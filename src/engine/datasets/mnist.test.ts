import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { buildMnist } from '../../../scripts/vite-plugin-datasets.ts';
import { decodeMnist, encodeMnist, mnistToDataset, MNIST_HEADER_BYTES, type MnistImages } from './mnist.ts';

/** count images of 2x3 pixels; image i has label i % 10 and pixels i*6 .. i*6+5 (mod 256). */
function synthetic(count: number): MnistImages {
  const rows = 2;
  const cols = 3;
  return {
    images: Uint8Array.from({ length: count * rows * cols }, (_, k) => k % 256),
    labels: Uint8Array.from({ length: count }, (_, i) => i % 10),
    count,
    rows,
    cols,
  };
}

describe('the digits file', () => {
  it('round-trips through encodeMnist and decodeMnist', () => {
    const original = synthetic(25);
    const bytes = encodeMnist(original);
    expect(bytes.length).toBe(MNIST_HEADER_BYTES + 25 + 25 * 6);
    expect(String.fromCharCode(...bytes.subarray(0, 4))).toBe('LLMN');
    const decoded = decodeMnist(bytes);
    expect(decoded).toEqual(original);
  });

  it('decodes from a view into a larger buffer', () => {
    const bytes = encodeMnist(synthetic(3));
    const padded = new Uint8Array(bytes.length + 10);
    padded.set(bytes, 7);
    expect(decodeMnist(padded.subarray(7, 7 + bytes.length))).toEqual(synthetic(3));
  });

  it('refuses a file that is not one, is truncated, or has a label that is not a digit', () => {
    const bytes = encodeMnist(synthetic(4));
    expect(() => decodeMnist(bytes.subarray(0, 5))).toThrow(/^The digits file is truncated: 5 bytes is shorter than its 12-byte header\.$/);
    expect(() => decodeMnist(bytes.subarray(0, bytes.length - 1))).toThrow(/is truncated: 4 images of 2x3 need 40 bytes, got 39\.$/);
    const extra = new Uint8Array(bytes.length + 1);
    extra.set(bytes);
    expect(() => decodeMnist(extra)).toThrow(/has extra bytes/);
    const png = Uint8Array.from(bytes);
    png.set([0x89, 0x50, 0x4e, 0x47]);
    expect(() => decodeMnist(png)).toThrow(/is not in Layerlab's format/);
    const future = Uint8Array.from(bytes);
    future[4] = 2;
    expect(() => decodeMnist(future)).toThrow(/has format version 2; this Layerlab reads version 1/);
    expect(() => decodeMnist(gzipSync(bytes))).toThrow(/still gzip-compressed/);
    const badLabel = Uint8Array.from(bytes);
    badLabel[MNIST_HEADER_BYTES + 2] = 10;
    expect(() => decodeMnist(badLabel)).toThrow(/^mnist\.labels\[2\]: label 10 is not a digit 0-9$/);
  });

  it('refuses to encode arrays that do not match the shape', () => {
    expect(() => encodeMnist({ ...synthetic(2), count: 3 })).toThrow(/^labels: expected 3 labels, got 2$/);
    expect(() => encodeMnist({ ...synthetic(2), rows: 300 })).toThrow(/^mnist\.rows: /);
  });
});

describe('mnistToDataset', () => {
  it('splits shuffled images into train and test, with pixels in [0, 1] and one-hot labels', () => {
    const decoded = synthetic(50);
    const { train, test, d, classes, classNames } = mnistToDataset(decoded, { trainCount: 40, seed: 1 });
    expect([d, classes, train.n, test.n]).toEqual([6, 10, 40, 10]);
    expect(classNames).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);
    const seen = new Set<number>();
    for (const set of [train, test]) {
      for (let i = 0; i < set.n; i++) {
        // Pixels of image k are 6k .. 6k+5 (mod 256), so the first pixel names the image.
        const first = Math.round(set.x[i * 6] * 255);
        const k = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map((m) => first + 256 * m).find((v) => v % 6 === 0)! / 6;
        seen.add(k);
        for (let j = 0; j < 6; j++) expect(set.x[i * 6 + j]).toBe(((6 * k + j) % 256) / 255);
        const label = Array.from(set.y.subarray(i * 10, i * 10 + 10));
        expect(label).toEqual(Array.from({ length: 10 }, (_, c) => (c === k % 10 ? 1 : 0)));
      }
    }
    expect(seen.size).toBe(50);
    expect(mnistToDataset(decoded, { trainCount: 40, seed: 1 })).toEqual({ train, test, d, classes, classNames });
    expect(mnistToDataset(decoded, { trainCount: 40, seed: 2 }).train.x).not.toEqual(train.x);
  });

  it('keeps at least one image to test on', () => {
    expect(() => mnistToDataset(synthetic(5), { trainCount: 5, seed: 1 })).toThrow(/^trainCount: must be a whole number from 1 to 4/);
    expect(() => mnistToDataset(synthetic(5), { trainCount: 0, seed: 1 })).toThrow(/^trainCount: /);
  });
});

describe('the digits the build writes from the mnist package', () => {
  it("holds the package's 10,000 labelled 28x28 digits, 863 to 1,127 of each, with the full grey range", async () => {
    const { images, labels, count, rows, cols } = decodeMnist(await buildMnist());
    expect([count, rows, cols]).toEqual([10_000, 28, 28]);
    const perDigit = new Array<number>(10).fill(0);
    for (const label of labels) perDigit[label]++;
    expect(perDigit).toEqual([1001, 1127, 991, 1032, 980, 863, 1014, 1070, 944, 978]);
    expect(images.reduce((lo, v) => Math.min(lo, v), 255)).toBe(0);
    expect(images.reduce((hi, v) => Math.max(hi, v), 0)).toBe(255);
  });
});
