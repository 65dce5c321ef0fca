// How large and how small each part of a setup may be. What the data generators themselves accept
// comes from the engine, so the two never disagree.

import { MAX_CLASSES, MAX_VALIDATION_FRACTION, MIN_CLASSES, NOISE_MAX } from '../engine/index.ts';

export const LIMITS = {
  hiddenLayers: { min: 0, max: 8 },
  units: { min: 1, max: 16 },
  /** Tables have many inputs (784 pixels for digits), so their layers may be wider. */
  tableUnits: { min: 1, max: 256 },
  samples: { min: 50, max: 2000 },
  noise: { min: 0, max: NOISE_MAX },
  validationSplit: { min: 0, max: MAX_VALIDATION_FRACTION },
  classes: { min: MIN_CLASSES, max: MAX_CLASSES },
  batchSize: { min: 1, max: 100 },
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

