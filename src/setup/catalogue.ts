// The datasets a learner can choose, by kind: planes the worker generates, random noise, and tables
// the page loads or the learner brings.

import { DATASET_INFO, DATASETS_2D, type Dataset2DName } from '../engine/index.ts';
import type { DataShape } from './shape.ts';

/**
 * Data that is not a plane of points: random noise (the worker makes it from the seed) and tables
 * the page loads or the learner brings (iris, penguins, handwritten digits, a CSV file). 'digits' is the
 * quick 10,000; 'mnist' is all 70,000 with MNIST's official split into training and test images.
 */
export const TABLE_DATASETS = ['noise', 'iris', 'penguins', 'autoMpg', 'boston', 'digits', 'mnist', 'csv'] as const;
export type TableDatasetName = (typeof TABLE_DATASETS)[number];
export type DatasetName = Dataset2DName | TableDatasetName;
export const DATASETS: readonly DatasetName[] = [...DATASETS_2D, ...TABLE_DATASETS];
/** Tables the page prepares and hands to the worker in a 'tableData' command. */
export type TableSource = Exclude<TableDatasetName, 'noise'>;

export function isPlane(dataset: DatasetName): dataset is Dataset2DName {
  return (DATASETS_2D as readonly string[]).includes(dataset);
}

/** Built-in tables whose target is a number (the rest are classification). */
export const REGRESSION_TABLES: readonly TableDatasetName[] = ['autoMpg', 'boston'];

/** Either set of handwritten digits: the same images, views and network. */
export function isDigits(dataset: DatasetName): dataset is 'digits' | 'mnist' {
  return dataset === 'digits' || dataset === 'mnist';
}

export function isTableSource(dataset: DatasetName): dataset is TableSource {
  return dataset !== 'noise' && !isPlane(dataset);
}

export const DATASET_LABELS: Record<DatasetName, string> = {
  ...Object.fromEntries(DATASETS_2D.map((d) => [d, DATASET_INFO[d].label])),
  noise: 'Random noise',
  iris: 'Iris',
  penguins: 'Penguins',
  autoMpg: 'Auto MPG',
  boston: 'Boston housing',
  digits: 'Digits (MNIST)',
  mnist: 'All 70,000 digits (MNIST)',
  csv: 'Your CSV',
} as Record<DatasetName, string>;

/** Random noise as in the classic Keras memorisation example: uniform inputs, random labels. */
export const NOISE_SHAPE = { inputs: 100, task: 'multiclass', classes: 10 } as const satisfies DataShape;
