// What a valid playground setup is: the defaults, the ranges beyond the protocol's LIMITS,
// and which losses fit which task. The config store and the URL decoder both enforce these,
// so a setup typed by hand and one loaded from a link obey the same rules.

import type { ActivationName, LossName } from '../engine/types.ts';
import type { Task } from '../engine/data/names.ts';
import { LIMITS, type PlaygroundConfig } from '../worker/protocol.ts';

/**
 * Circle with two small tanh layers, as TensorFlow Playground opens. Adam at 0.01 with batches of 10
 * separates the default circle and xor in well under 20 epochs, yet slowly enough to watch it happen.
 */
export const DEFAULT_CONFIG: PlaygroundConfig = {
  dataset: 'circle',
  noise: 0,
  validationSplit: 0.5,
  samples: 500,
  classes: 3,
  features: ['x1', 'x2'],
  hidden: [
    { units: 4, activation: 'tanh' },
    { units: 2, activation: 'tanh' },
  ],
  loss: 'binary_crossentropy',
  optimizer: 'adam',
  learningRate: 0.01,
  momentum: 0,
  batchSize: 10,
  regularization: 'none',
  regularizationRate: 0,
  initializer: 'glorot_uniform',
  seed: 1,
};

/** The protocol's limits plus the ranges of the numbers it leaves open. */
export const RANGES = {
  ...LIMITS,
  learningRate: { min: 0.00001, max: 10 },
  momentum: { min: 0, max: 0.99 },
  regularizationRate: { min: 0, max: 10 },
  seed: { min: 0, max: 2 ** 31 - 1 },
} as const;

/** Softmax is left out: it belongs to the output layer, which follows the task on its own. */
export const HIDDEN_ACTIVATIONS = ['tanh', 'relu', 'leaky_relu', 'elu', 'sigmoid', 'softplus', 'linear'] as const satisfies readonly ActivationName[];
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

export const DEFAULT_ACTIVATION: HiddenActivation = 'tanh';

/** Losses that make sense for a task's output layer, the natural one first. */
export function lossesFor(task: Task): LossName[] {
  switch (task) {
    case 'binary':
      return ['binary_crossentropy', 'mse'];
    case 'multiclass':
      return ['categorical_crossentropy', 'mse'];
    case 'regression':
      return ['mse'];
  }
}

export function clamp(value: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, value));
}

export function clampInt(value: number, range: { min: number; max: number }): number {
  return clamp(Math.round(value), range);
}
