// What a learner chooses: the setup a link or a saved file holds.

import type { ActivationName, InitializerName, LossName, OptimizerName } from '../engine/index.ts';
import type { DatasetName } from './catalogue.ts';
import type { FeatureName } from '../engine/index.ts';

export type Regularization = 'none' | 'l1' | 'l2';

/** What the network is asked to do with the target: pick a class, or predict the number itself. */
export type Problem = 'classification' | 'regression';

/** Everything that defines a playground setup: what a URL or a saved file holds. */
export interface PlaygroundConfig {
  dataset: DatasetName;
  /** Noise in percent, 0..50. */
  noise: number;
  /** Fraction of the points held out for validation, 0..0.9 (0: no validation data, as Keras' default). */
  validationSplit: number;
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

/** Speed levels 1..5; 5 trains continuously, as fast as the worker can. */
export const SPEEDS = [1, 2, 3, 4, 5] as const;
export type Speed = (typeof SPEEDS)[number];
