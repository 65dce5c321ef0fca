// What a learner chooses: the setup a link or a saved file holds.

import type { ActivationName, InitializerName, LossName, OptimizerName } from '../engine/index.ts';
import type { DatasetName } from './catalogue.ts';
import type { FeatureName } from '../engine/index.ts';

export type Regularization = 'none' | 'l1' | 'l2';

/**
 * Which rows a table holds out for validation. 'last': the file's last rows, before any shuffling, as
 * Keras' fit(validation_split=…) takes them. 'shuffled': the last rows after a seeded shuffle, for
 * tables listed class by class (Iris species by species), whose last rows would all be one class.
 */
export type ValidationRows = 'last' | 'shuffled';
export const VALIDATION_ROWS: readonly ValidationRows[] = ['last', 'shuffled'];

/** The learner's own file is split as Keras would split it; every built-in table is sorted (by class, year or town), so it is shuffled first. */
export function defaultValidationRowsOf(dataset: DatasetName): ValidationRows {
  return dataset === 'csv' ? 'last' : 'shuffled';
}

/** How a table is split: the fraction held out, which rows, and the seed of the shuffle. */
export type SplitChoice = Pick<PlaygroundConfig, 'validationSplit' | 'validationRows' | 'seed'>;

/** What the network is asked to do with the target: pick a class, or predict the number itself. */
export type Problem = 'classification' | 'regression';

/** Everything that defines a playground setup: what a URL or a saved file holds. */
export interface PlaygroundConfig {
  dataset: DatasetName;
  /** Noise in percent, 0..50. */
  noise: number;
  /** Fraction of the points held out for validation, 0..0.9 (0: no validation data, as Keras' default). */
  validationSplit: number;
  /** Tables only: which rows are the validation rows (the planes and noise are generated, so already in random order). */
  validationRows: ValidationRows;
  /** Number of generated points (or noise rows), train and validation together. */
  samples: number;
  /** Number of classes for the multi-class datasets (blobs, spirals). */
  classes: number;
  /**
   * Classification or regression, where the data allow both (the two-class planes: regression then
   * predicts the 0/1 label as a number). Data that allow only one ignore it; a CSV's is chosen on import.
   */
  problem: Problem;
  /** Input features of the plane datasets; kept, but unused, while the data is a table. */
  features: FeatureName[];
  hidden: { units: number; activation: ActivationName }[];
  loss: LossName;
  optimizer: OptimizerName;
  learningRate: number;
  /** SGD momentum; 0 is plain SGD. */
  momentum: number;
  batchSize: number;
  /** Keras' fit(epochs=…): Play trains this many epochs and stops; null trains until paused. */
  epochs: number | null;
  regularization: Regularization;
  regularizationRate: number;
  initializer: InitializerName;
  seed: number;
}

/**
 * The speed levels, slowest first, each labelled by what it does. A pace in epochs follows the data
 * (an epoch of the circle is 25 batches, of the digits 250); the last level trains continuously.
 * 60 epochs/s is about one epoch per screen frame: the default, as fast as the eye can follow.
 */
export const SPEED_LEVELS = [
  { speed: 1, label: '2 batches/s', batchesPerSecond: 2 },
  { speed: 2, label: '1 epoch/s', epochsPerSecond: 1 },
  { speed: 3, label: '10 epochs/s', epochsPerSecond: 10 },
  { speed: 4, label: '60 epochs/s', epochsPerSecond: 60 },
  { speed: 5, label: 'as fast as possible' },
] as const satisfies readonly { speed: number; label: string; batchesPerSecond?: number; epochsPerSecond?: number }[];
export type Speed = (typeof SPEED_LEVELS)[number]['speed'];
export const SPEEDS: readonly Speed[] = SPEED_LEVELS.map((l) => l.speed);
export const DEFAULT_SPEED: Speed = 4;

/** Batches a second at a level, for an epoch of `batchesPerEpoch`; Infinity trains continuously. */
export function batchesPerSecond(speed: Speed, batchesPerEpoch: number): number {
  const level = SPEED_LEVELS[speed - 1];
  if ('batchesPerSecond' in level) return level.batchesPerSecond;
  if ('epochsPerSecond' in level) return level.epochsPerSecond * batchesPerEpoch;
  return Infinity;
}
