// How large and how small each part of a setup may be. What the data generators themselves accept
// comes from the engine, so the two never disagree.

import { MAX_CLASSES, MAX_VALIDATION_FRACTION, MIN_CLASSES, NOISE_MAX, parameterCount } from '../engine/index.ts';

export const LIMITS = {
  hiddenLayers: { min: 0, max: 8 },
  units: { min: 1, max: 16 },
  /** Tables have many inputs (784 pixels for digits), so their layers may be wider. */
  tableUnits: { min: 1, max: 256 },
  /** The digits' tutorial network is 784 -> 512 -> 10 (Keras' MNIST example), so their layers go to 512. */
  digitsUnits: { min: 1, max: 512 },
  samples: { min: 50, max: 2000 },
  noise: { min: 0, max: NOISE_MAX },
  validationSplit: { min: 0, max: MAX_VALIDATION_FRACTION },
  classes: { min: MIN_CLASSES, max: MAX_CLASSES },
  /** Keras' MNIST tutorial trains in batches of 128; larger ones help wide tables. */
  batchSize: { min: 1, max: 1024 },
  epochs: { min: 1, max: 100_000 },
} as const;

/** The limits plus the ranges of the numbers they leave open. */
export const RANGES = {
  ...LIMITS,
  learningRate: { min: 0.00001, max: 10 },
  momentum: { min: 0, max: 0.99 },
  regularizationRate: { min: 0, max: 10 },
  seed: { min: 0, max: 2 ** 31 - 1 },
} as const;

export function clamp(value: number, range: { min: number; max: number }): number {
  return Math.min(range.max, Math.max(range.min, value));
}

export function clampInt(value: number, range: { min: number; max: number }): number {
  return clamp(Math.round(value), range);
}

/**
 * Cells per side of the grids evaluated over the plane: the output heatmap (smooth once the canvas
 * scales it up, cheap to compute) and each neuron's picture in the graph.
 */
export const PLANE_GRID = { output: 64, neuron: 24 } as const;

/**
 * Most parameters (weights and biases) a network may have. Eight hidden layers of 256 on the digits'
 * 784 pixels is about 662,000 and trains; past a million the worker's frames (8 MB of weights each)
 * and the page's memory make the browser suffer, and Keras is the better place.
 */
export const MAX_PARAMS = 1_000_000;

/** Weights and biases of dense layers of `units` over `inputs` inputs (the output layer included). */
export function paramCount(inputs: number, units: readonly number[]): number {
  return parameterCount({ inputs, layers: units.map((u) => ({ units: u, activation: 'linear' })) });
}
