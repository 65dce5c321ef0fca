// Loss functions over a batch. Each returns the summed per-sample loss and writes dL/dz for the
// mean loss into `delta`. Cross-entropies are fused with their output activation, computed from
// the logits z, as Keras does: stable for any z, and the gradient is simply (a - y).
import { backpropActivation, type Float } from './activations.ts';
import { EngineError, LOSSES, type ActivationName, type LossName } from './types.ts';

/** Keras' backend epsilon, used to clip probabilities. */
export const EPSILON = 1e-7;

export function assertLoss(name: unknown, path: string): LossName {
  if (typeof name !== 'string' || !(LOSSES as readonly string[]).includes(name)) {
    throw new EngineError(`unknown loss ${JSON.stringify(name)}; use one of ${LOSSES.join(', ')}`, path);
  }
  return name as LossName;
}

/** Which output activation each loss needs; a mismatch is a learner-readable error. */
export function checkLossFitsOutput(loss: LossName, output: ActivationName, units: number, path = 'loss'): void {
  if (loss === 'binary_crossentropy' && output !== 'sigmoid') {
    throw new EngineError(`binary_crossentropy needs a sigmoid output layer (it reads outputs as probabilities), not ${output}`, path);
  }
  if (loss === 'categorical_crossentropy' && (output !== 'softmax' || units < 2)) {
    throw new EngineError('categorical_crossentropy needs a softmax output layer with at least 2 units', path);
  }
}

/**
 * Summed loss over n samples of k outputs; writes dL/dz of the batch-mean loss into delta.
 * a: outputs f(z); z: the output layer's weighted sums (needed by the fused cross-entropies).
 */
export function lossAndDelta(loss: LossName, activation: ActivationName, a: Float, z: Float, y: Float, n: number, k: number, delta: Float): number {
  const count = n * k;
  let total = 0;
  switch (loss) {
    case 'mse': {
      const scale = 2 / count;
      for (let i = 0; i < count; i++) {
        const e = a[i] - y[i];
        total += e * e;
        delta[i] = scale * e;
      }
      backpropActivation(activation, a, delta, count, k);
      return total / k;
    }
    case 'binary_crossentropy': {
      const scale = 1 / count;
      for (let i = 0; i < count; i++) {
        const zi = z[i];
        // -[y log s(z) + (1-y) log(1 - s(z))] = max(z,0) - z y + log(1 + e^-|z|)
        total += (zi > 0 ? zi : 0) - zi * y[i] + Math.log1p(Math.exp(-Math.abs(zi)));
        delta[i] = scale * (a[i] - y[i]);
      }
      return total / k;
    }
    case 'categorical_crossentropy': {
      const scale = 1 / n;
      for (let r = 0; r < n; r++) {
        const o = r * k;
        let max = -Infinity;
        for (let j = 0; j < k; j++) if (z[o + j] > max) max = z[o + j];
        let sumExp = 0;
        let sumY = 0;
        for (let j = 0; j < k; j++) {
          sumExp += Math.exp(z[o + j] - max);
          sumY += y[o + j];
        }
        const logSumExp = max + Math.log(sumExp);
        for (let j = 0; j < k; j++) {
          total += y[o + j] * (logSumExp - z[o + j]);
          delta[o + j] = scale * (a[o + j] * sumY - y[o + j]);
        }
      }
      return total;
    }
  }
}

/** Summed loss only (no gradient), for evaluation. */
export function lossOnly(loss: LossName, a: Float, z: Float, y: Float, n: number, k: number): number {
  const count = n * k;
  let total = 0;
  switch (loss) {
    case 'mse':
      for (let i = 0; i < count; i++) total += (a[i] - y[i]) ** 2;
      return total / k;
    case 'binary_crossentropy':
      for (let i = 0; i < count; i++) {
        const zi = z[i];
        total += (zi > 0 ? zi : 0) - zi * y[i] + Math.log1p(Math.exp(-Math.abs(zi)));
      }
      return total / k;
    case 'categorical_crossentropy':
      for (let r = 0; r < n; r++) {
        const o = r * k;
        let max = -Infinity;
        for (let j = 0; j < k; j++) if (z[o + j] > max) max = z[o + j];
        let sumExp = 0;
        for (let j = 0; j < k; j++) sumExp += Math.exp(z[o + j] - max);
        const logSumExp = max + Math.log(sumExp);
        for (let j = 0; j < k; j++) total += y[o + j] * (logSumExp - z[o + j]);
      }
      return total;
  }
}

/** How many of n samples are classified correctly: threshold 0.5 for one output, argmax for several. */
export function countCorrect(a: Float, y: Float, n: number, k: number): number {
  let correct = 0;
  if (k === 1) {
    for (let r = 0; r < n; r++) if (a[r] >= 0.5 === y[r] >= 0.5) correct++;
    return correct;
  }
  for (let r = 0; r < n; r++) {
    const o = r * k;
    let pa = 0;
    let py = 0;
    for (let j = 1; j < k; j++) {
      if (a[o + j] > a[o + pa]) pa = j;
      if (y[o + j] > y[o + py]) py = j;
    }
    if (pa === py) correct++;
  }
  return correct;
}
