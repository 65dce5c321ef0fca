// Pure noise: random inputs with random labels. There is nothing to learn, so a network that reaches
// high training accuracy has memorised the points (the classic Keras "memorise noise" example).

import { createRng } from '../random.ts';
import { EngineError } from '../types.ts';

export interface RandomNoiseOptions {
  samples?: number;
  features?: number;
  classes?: number;
  seed: number;
}

export interface TabularData {
  /** n*d values in [0, 1), row-major. */
  x: Float64Array;
  /** n class indices 0..classes-1. */
  y: Float64Array;
  n: number;
  d: number;
  classes: number;
}

export function randomNoise({ samples = 1000, features = 100, classes = 10, seed }: RandomNoiseOptions): TabularData {
  requireInteger(samples, 1, 'samples');
  requireInteger(features, 1, 'features');
  requireInteger(classes, 2, 'classes');
  if (!Number.isInteger(seed)) throw new EngineError(`the seed must be a whole number, got ${seed}`, 'seed');
  const rng = createRng(seed);
  // All inputs first, then all labels: the same seed gives the same inputs whatever the number of classes.
  const x = new Float64Array(samples * features);
  for (let k = 0; k < x.length; k++) x[k] = rng.next();
  const y = new Float64Array(samples);
  for (let i = 0; i < samples; i++) y[i] = rng.int(classes);
  return { x, y, n: samples, d: features, classes };
}

function requireInteger(value: number, min: number, path: string): void {
  if (!Number.isInteger(value) || value < min) {
    throw new EngineError(`must be a whole number of at least ${min}, got ${value}`, path);
  }
}
