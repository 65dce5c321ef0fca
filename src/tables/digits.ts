// Handwritten digits as the worker trains on them: the quick 10,000 (one seeded split into training and
// validation) and all of MNIST (its official 60,000 training images, split into training and validation,
// and its 10,000 test images kept apart, never used to choose anything while training).

import type { MnistImages } from '../engine/datasets/mnist.ts';
import { MNIST_CLASSES } from '../engine/datasets/names.ts';
import { oneHot } from '../engine/datasets/scaling.ts';
import type { Dataset } from '../engine/trainer.ts';
import type { TableData } from '../setup/tableData.ts';
import type { SplitChoice } from '../setup/config.ts';
import { pixelNames } from './sources.ts';
import { splitOrder } from './split.ts';

/** Images `which` (all, in order, by default) as inputs in [0, 1] (pixel / 255, as Keras' tutorial scales them) and one-hot labels. */
export function digitsDataset(images: MnistImages, which?: Uint32Array): Dataset {
  const d = images.rows * images.cols;
  const n = which ? which.length : images.count;
  const x = new Float64Array(n * d);
  const labels = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const src = which ? which[i] : i;
    const from = src * d;
    for (let j = 0; j < d; j++) x[i * d + j] = images.images[from + j] / 255;
    labels[i] = images.labels[src];
  }
  return { x, y: oneHot(labels, MNIST_CLASSES), n };
}

/** What the page keeps of the digits beyond the TableData: validation images as bytes, their classes, the mean training digit. */
export interface DigitsExtras {
  validationImages: Uint8Array;
  validationTargets: Float64Array;
  meanImage: Float32Array;
}

/**
 * The digits for the worker. With `test` (all of MNIST), the validation rows come from the training
 * images and the test images travel apart as TableData.test; without it, the one set is split in two.
 */
export function digitsTableData(
  source: 'digits' | 'mnist',
  images: MnistImages,
  test: MnistImages | null,
  split: SplitChoice,
  id: number,
): { data: TableData; extras: DigitsExtras } {
  const { rows, cols } = images;
  const d = rows * cols;
  const { order, cut } = splitOrder(images.count, split);
  const [trainIdx, heldIdx] = [order.subarray(0, cut), order.subarray(cut)];
  const train = digitsDataset(images, trainIdx);
  const validation = digitsDataset(images, heldIdx);
  // The page keeps the validation images as bytes (an eighth of the floats) for the gallery, and the mean training digit.
  const validationImages = new Uint8Array(heldIdx.length * d);
  heldIdx.forEach((src, i) => validationImages.set(images.images.subarray(src * d, (src + 1) * d), i * d));
  const validationTargets = Float64Array.from(heldIdx, (src) => images.labels[src]);
  const meanImage = new Float32Array(d);
  for (let r = 0; r < train.n; r++) for (let j = 0; j < d; j++) meanImage[j] += train.x[r * d + j];
  for (let j = 0; j < d; j++) meanImage[j] /= train.n;
  const data: TableData = {
    source,
    id,
    ...split,
    task: 'multiclass',
    classes: MNIST_CLASSES,
    classNames: Array.from({ length: MNIST_CLASSES }, (_, i) => String(i)),
    inputNames: pixelNames(rows, cols),
    targetName: 'Digit',
    image: { rows, cols },
    train,
    validation,
    test: test ? digitsDataset(test) : null,
    targetScale: null,
  };
  return { data, extras: { validationImages, validationTargets, meanImage } };
}
