// Keras' kernel_regularizer: L1 and L2 penalties on the kernels (never the biases).
import type { Float } from './activations.ts';

/** l1 * sum|w| + l2 * sum w^2 over every kernel. */
export function kernelPenalty(kernels: readonly Float[], l1: number, l2: number): number {
  if (l1 === 0 && l2 === 0) return 0;
  let s1 = 0;
  let s2 = 0;
  for (const k of kernels) {
    for (let i = 0; i < k.length; i++) {
      s1 += Math.abs(k[i]);
      s2 += k[i] * k[i];
    }
  }
  return l1 * s1 + l2 * s2;
}

/** The penalty's gradient for one weight. */
export function penaltyGradient(w: number, l1: number, l2: number): number {
  return l1 * Math.sign(w) + 2 * l2 * w;
}
