// Optimisers, with Keras 3's update rules and defaults. Each parameter array has its own slots
// (velocity, moments), so changing the learning rate mid-training keeps everything learned so far.
import type { Float } from './activations.ts';
import type { ResolvedCompile } from './types.ts';

export interface OptimizerState {
  /** Steps taken (Adam's bias correction needs it). */
  iterations: number;
  /** One or two slot arrays per parameter array: SGD momentum velocity, RMSprop mean square, Adam m and v. */
  slots: Float[][];
}

export function createOptimizerState(params: Float[], opts: ResolvedCompile): OptimizerState {
  const perParam = opts.optimizer === 'adam' ? 2 : opts.optimizer === 'rmsprop' || opts.momentum > 0 ? 1 : 0;
  return {
    iterations: 0,
    slots: params.map((p) => Array.from({ length: perParam }, () => new (p.constructor as Float64ArrayConstructor)(p.length))),
  };
}

/** Does the state still fit these options? (It does unless the optimiser kind changed.) */
export function stateFits(state: OptimizerState, opts: ResolvedCompile): boolean {
  const need = opts.optimizer === 'adam' ? 2 : opts.optimizer === 'rmsprop' || opts.momentum > 0 ? 1 : 0;
  return state.slots.every((s) => s.length === need);
}

/** One update of every parameter array from its gradient. */
export function applyUpdate(params: Float[], grads: Float[], state: OptimizerState, o: ResolvedCompile): void {
  state.iterations++;
  const lr = o.learningRate;
  const t = state.iterations;
  for (let p = 0; p < params.length; p++) {
    const w = params[p];
    const g = grads[p];
    const len = w.length;
    switch (o.optimizer) {
      case 'sgd': {
        if (o.momentum > 0) {
          const v = state.slots[p][0];
          const m = o.momentum;
          if (o.nesterov) {
            for (let i = 0; i < len; i++) {
              const vi = m * v[i] - lr * g[i];
              v[i] = vi;
              w[i] += m * vi - lr * g[i];
            }
          } else {
            for (let i = 0; i < len; i++) {
              const vi = m * v[i] - lr * g[i];
              v[i] = vi;
              w[i] += vi;
            }
          }
        } else {
          for (let i = 0; i < len; i++) w[i] -= lr * g[i];
        }
        break;
      }
      case 'rmsprop': {
        const v = state.slots[p][0];
        const rho = o.rho;
        for (let i = 0; i < len; i++) {
          const vi = rho * v[i] + (1 - rho) * g[i] * g[i];
          v[i] = vi;
          w[i] -= (lr * g[i]) / Math.sqrt(vi + o.epsilon);
        }
        break;
      }
      case 'adam': {
        const m = state.slots[p][0];
        const v = state.slots[p][1];
        const b1 = o.beta1;
        const b2 = o.beta2;
        const alpha = (lr * Math.sqrt(1 - b2 ** t)) / (1 - b1 ** t);
        for (let i = 0; i < len; i++) {
          const gi = g[i];
          const mi = m[i] + (gi - m[i]) * (1 - b1);
          const vi = v[i] + (gi * gi - v[i]) * (1 - b2);
          m[i] = mi;
          v[i] = vi;
          w[i] -= (alpha * mi) / (Math.sqrt(vi) + o.epsilon);
        }
        break;
      }
    }
  }
}
