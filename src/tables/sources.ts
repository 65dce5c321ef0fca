// The data that is not a plane, as the page presents it: the cards' words, and what is known of each
// source's shape before its data has arrived (so the graph can draw the network at once).

import { MNIST_CLASSES } from '../engine/datasets/names.ts';
import { TABULAR_DATASETS } from './tabularDatasets.ts';
import { NOISE_SHAPE, type TableDatasetName } from '../setup/catalogue.ts';
import type { DataShape } from '../setup/shape.ts';

/** The digits the build writes are 28 x 28 pixels (mnist 1.1.0's images as they are); the file's header says so too. */
export const DIGITS_SIDE = 28;

/**
 * The download of all of MNIST, as the build gzips it (mnist-train.bin + mnist-test.bin, measured with
 * `npm run bench:mnist`; sources.test.ts checks it against the files the build makes).
 */
export const MNIST_FULL_BYTES = 11_465_452;
/** The quick 10,000 digits (mnist.bin), gzip'd. */
export const DIGITS_QUICK_BYTES = 1_622_641;

export interface TableCard {
  name: TableDatasetName;
  label: string;
  /** One line under the card's name. */
  blurb: string;
}

export const TABLE_CARDS: TableCard[] = [
  { name: 'noise', label: 'Random noise', blurb: `${NOISE_SHAPE.inputs} random inputs, ${NOISE_SHAPE.classes} random labels` },
  { name: 'iris', label: 'Iris', blurb: `${TABULAR_DATASETS.iris.rows} flowers, ${TABULAR_DATASETS.iris.classNames.length} species` },
  { name: 'penguins', label: 'Penguins', blurb: `${TABULAR_DATASETS.penguins.rows} penguins, ${TABULAR_DATASETS.penguins.classNames.length} species` },
  { name: 'autoMpg', label: 'Auto MPG', blurb: `${TABULAR_DATASETS.autoMpg.rows} cars: predict miles per gallon` },
  { name: 'boston', label: 'Boston housing', blurb: `${TABULAR_DATASETS.boston.rows} neighbourhoods: predict home values` },
  { name: 'digits', label: 'Digits (MNIST)', blurb: `10,000 handwritten 0-9, ${formatBytes(DIGITS_QUICK_BYTES)}` },
  { name: 'mnist', label: 'All 70,000 digits', blurb: `MNIST's official split, ${formatBytes(MNIST_FULL_BYTES)}` },
  { name: 'csv', label: 'Your CSV…', blurb: 'a table from your computer' },
];

/** Inputs, task and classes of a table source as far as they are known without its data (null: not known). */
export function knownShape(name: TableDatasetName, csvShape: DataShape | null): DataShape | null {
  switch (name) {
    case 'noise':
      return NOISE_SHAPE;
    case 'iris':
    case 'penguins':
    case 'autoMpg':
    case 'boston': {
      const info = TABULAR_DATASETS[name];
      if (info.task === 'regression') return { inputs: info.featureNames.length, task: 'regression', classes: 0 };
      return { inputs: info.featureNames.length, task: 'multiclass', classes: info.classNames.length };
    }
    case 'digits':
    case 'mnist':
      return { inputs: DIGITS_SIDE * DIGITS_SIDE, task: 'multiclass', classes: MNIST_CLASSES };
    case 'csv':
      return csvShape;
  }
}

/** Names of the inputs of a source before (or without) its prepared data. */
export function knownInputNames(name: TableDatasetName, inputs: number): string[] {
  if (name === 'iris' || name === 'penguins' || name === 'autoMpg' || name === 'boston') return [...TABULAR_DATASETS[name].featureNames];
  if (name === 'digits' || name === 'mnist') return pixelNames(DIGITS_SIDE, DIGITS_SIDE);
  return Array.from({ length: inputs }, (_, i) => `input ${i + 1}`);
}

export function pixelNames(rows: number, cols: number): string[] {
  return Array.from({ length: rows * cols }, (_, i) => `pixel (row ${Math.floor(i / cols) + 1}, column ${(i % cols) + 1})`);
}

/** Sizes as file managers show them: 1 MB = 1,000,000 bytes. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${Math.round(bytes / 1000)} kB`;
  return `${Number((bytes / 1_000_000).toFixed(1))} MB`;
}
