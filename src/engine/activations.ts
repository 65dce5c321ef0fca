// Activation functions: the readable scalar form (for the step-by-step trace) and the batched
// in-place form (for training). Derivatives are written in terms of the output a = f(z), which
// is what backpropagation has at hand, so training never needs to keep z.
import { ACTIVATIONS, EngineError, type ActivationName } from './types.ts';

export type Float = Float64Array | Float32Array;

/** Keras' defaults: LeakyReLU negative_slope 0.3 (tf.keras), ELU alpha 1. */
export const LEAKY_SLOPE = 0.3;
export const ELU_ALPHA = 1;

export function isActivation(name: unknown): name is ActivationName {
  return typeof name === 'string' && (ACTIVATIONS as readonly string[]).includes(name);
}

export function assertActivation(name: unknown, path: string): ActivationName {
  if (!isActivation(name)) {
    throw new EngineError(`unknown activation ${JSON.stringify(name)}; use one of ${ACTIVATIONS.join(', ')}`, path);
  }
  return name;
}

/** log(1 + e^z) without overflow for large z or loss of precision for very negative z. */
export function softplus(z: number): number {
  return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
}

export function sigmoid(z: number): number {
  return z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z));
}

/** f(z) for one neuron. Softmax is a layer-wide function: see softmaxInPlace. */
export function activate(name: Exclude<ActivationName, 'softmax'>, z: number): number {
  switch (name) {
    case 'linear':
      return z;
    case 'sigmoid':
      return sigmoid(z);
    case 'tanh':
      return Math.tanh(z);
    case 'relu':
      return z > 0 ? z : 0;
    case 'leaky_relu':
      return z > 0 ? z : LEAKY_SLOPE * z;
    case 'elu':
      return z > 0 ? z : ELU_ALPHA * Math.expm1(z);
    case 'softplus':
      return softplus(z);
  }
}

/** f'(z) expressed through a = f(z). Matches TensorFlow's gradients at the kinks (relu'(0) = 0). */
export function derivativeFromOutput(name: Exclude<ActivationName, 'softmax'>, a: number): number {
  switch (name) {
    case 'linear':
      return 1;
    case 'sigmoid':
      return a * (1 - a);
    case 'tanh':
      return 1 - a * a;
    case 'relu':
      return a > 0 ? 1 : 0;
    case 'leaky_relu':
      return a > 0 ? 1 : LEAKY_SLOPE;
    case 'elu':
      return a > 0 ? 1 : a + ELU_ALPHA;
    case 'softplus':
      return -Math.expm1(-a); // sigmoid(z) = 1 - e^(-softplus(z))
  }
}

/** Softmax over rows of length `units`, in place. Subtracts the row max first, so it never overflows. */
export function softmaxInPlace(x: Float, n: number, units: number): void {
  for (let r = 0; r < n; r++) {
    const o = r * units;
    let max = -Infinity;
    for (let j = 0; j < units; j++) if (x[o + j] > max) max = x[o + j];
    let sum = 0;
    for (let j = 0; j < units; j++) {
      const e = Math.exp(x[o + j] - max);
      x[o + j] = e;
      sum += e;
    }
    for (let j = 0; j < units; j++) x[o + j] /= sum;
  }
}

/** Applies the activation to the first `count` values of x, in place. One loop per activation keeps each loop monomorphic. */
export function activateInPlace(name: ActivationName, x: Float, count: number, units: number): void {
  switch (name) {
    case 'linear':
      return;
    case 'sigmoid':
      for (let i = 0; i < count; i++) x[i] = sigmoid(x[i]);
      return;
    case 'tanh':
      for (let i = 0; i < count; i++) x[i] = Math.tanh(x[i]);
      return;
    case 'relu':
      for (let i = 0; i < count; i++) if (!(x[i] > 0)) x[i] = 0;
      return;
    case 'leaky_relu':
      for (let i = 0; i < count; i++) if (x[i] < 0) x[i] *= LEAKY_SLOPE;
      return;
    case 'elu':
      for (let i = 0; i < count; i++) if (x[i] < 0) x[i] = ELU_ALPHA * Math.expm1(x[i]);
      return;
    case 'softplus':
      for (let i = 0; i < count; i++) x[i] = softplus(x[i]);
      return;
    case 'softmax':
      softmaxInPlace(x, count / units, units);
      return;
  }
}

/**
 * Turns dL/da (in `delta`) into dL/dz, in place, given the layer's outputs a.
 * For softmax this is the Jacobian-vector product a_j (g_j - sum_k g_k a_k).
 */
export function backpropActivation(name: ActivationName, a: Float, delta: Float, count: number, units: number): void {
  switch (name) {
    case 'linear':
      return;
    case 'sigmoid':
      for (let i = 0; i < count; i++) delta[i] *= a[i] * (1 - a[i]);
      return;
    case 'tanh':
      for (let i = 0; i < count; i++) delta[i] *= 1 - a[i] * a[i];
      return;
    case 'relu':
      for (let i = 0; i < count; i++) if (!(a[i] > 0)) delta[i] = 0;
      return;
    case 'leaky_relu':
      for (let i = 0; i < count; i++) if (!(a[i] > 0)) delta[i] *= LEAKY_SLOPE;
      return;
    case 'elu':
      for (let i = 0; i < count; i++) if (!(a[i] > 0)) delta[i] *= a[i] + ELU_ALPHA;
      return;
    case 'softplus':
      for (let i = 0; i < count; i++) delta[i] *= -Math.expm1(-a[i]);
      return;
    case 'softmax':
      for (let o = 0; o < count; o += units) {
        let dot = 0;
        for (let j = 0; j < units; j++) dot += delta[o + j] * a[o + j];
        for (let j = 0; j < units; j++) delta[o + j] = a[o + j] * (delta[o + j] - dot);
      }
      return;
  }
}
