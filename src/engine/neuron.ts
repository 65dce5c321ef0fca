// One neuron, as a learner computes it by hand: multiply each input by its weight, add them up
// with the bias, and pass the sum through the activation.
//   z = w·x + b
//   a = f(z)
// The trace is built from this; training does the same sums for a whole batch at once (gemm.ts).
import { activate } from './activations.ts';
import type { ActivationName } from './types.ts';

export interface Neuron {
  /** terms[i] = w[i] * x[i] */
  terms: number[];
  /** z = w·x + b: the sum of the terms, plus the bias */
  z: number;
}

/** z = w·x + b, keeping each product w[i] * x[i] so it can be shown. */
export function weightedSum(w: readonly number[], x: readonly number[], b: number): Neuron {
  const terms = w.map((wi, i) => wi * x[i]);
  const z = terms.reduce((sum, t) => sum + t, 0) + b;
  return { terms, z };
}

/** a = f(z). Softmax depends on the whole layer, so it has no single-neuron form: see trace.ts. */
export function fire(f: Exclude<ActivationName, 'softmax'>, z: number): number {
  return activate(f, z);
}
