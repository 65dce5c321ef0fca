// The data that is not a plane, as the page presents it: the cards' words, and what is known of each
// source's shape before its data has arrived (so the graph can draw the network at once).

import { MNIST_CLASSES } from '../engine/datasets/mnist.ts';
import { TABULAR_DATASETS } from './tabular.ts';
import { NOISE_SHAPE, type TableDatasetName } from '../setup/catalogue.ts';
import { type DataShape } from '../setup/shape.ts';

/** The digits the build writes are 28 x 28 pixels (mnist 1.1.0's images as they are); the file's header says so too. */
export const DIGITS_SIDE = 28;

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
  { name: 'digits', label: 'Digits (MNIST)', blurb: 'handwritten 0-9, about 1.6 MB' },
  { name: 'csv', label: 'Your CSV…', blurb: 'a table from your computer' },
];

/** Inputs, task and classes of a table source as far as they are known without its data (null: not known). */
export function knownShape(name: TableDatasetName, csvShape: DataShape | null): DataShape | null {
  switch (name) {
    case 'noise':
      return NOISE_SHAPE;
    case 'iris':
    case 'penguins': {
      const info = TABULAR_DATASETS[name];
      return { inputs: info.featureNames.length, task: 'multiclass', classes: info.classNames.length };
    }
    case 'digits':
      return { inputs: DIGITS_SIDE * DIGITS_SIDE, task: 'multiclass', classes: MNIST_CLASSES };
    case 'csv':
      return csvShape;
  }
}

/** Names of the inputs of a source before (or without) its prepared data. */
export function knownInputNames(name: TableDatasetName, inputs: number): string[] {
  if (name === 'iris' || name === 'penguins') return [...TABULAR_DATASETS[name].featureNames];
  if (name === 'digits') return pixelNames(DIGITS_SIDE, DIGITS_SIDE);
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
