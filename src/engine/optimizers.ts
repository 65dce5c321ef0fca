// Optimisers, with Keras 3's update rules and defaults. Each parameter array has its own slots
// (velocity, moments), so changing the learning rate mid-training keeps everything learned so far.
import type { Float } from './activations.ts';
import { allFinite, describe, isRecord, wholeNumber } from './check.ts';
import { EngineError, type ResolvedCompile } from './types.ts';

export interface OptimizerState {
  /** Steps taken (Adam's bias correction needs it). */
  iterations: number;
  /** One or two slot arrays per parameter array: SGD momentum velocity, RMSprop mean square, Adam m and v. */
  slots: Float[][];
}

/** The slots each parameter array has, by name and in order: what a model file calls them. */
export function slotNames(opts: ResolvedCompile): string[] {
  if (opts.optimizer === 'adam') return ['m', 'v'];
  if (opts.optimizer === 'rmsprop') return ['meanSquare'];
  return opts.momentum > 0 ? ['velocity'] : [];
}

export function createOptimizerState(params: Float[], opts: ResolvedCompile): OptimizerState {
  const perParam = slotNames(opts).length;
  return {
    iterations: 0,
    slots: params.map((p) => Array.from({ length: perParam }, () => new (p.constructor as Float64ArrayConstructor)(p.length))),
  };
}

/** Does the state still fit these options? (It does unless the optimiser kind changed.) */
export function stateFits(state: OptimizerState, opts: ResolvedCompile): boolean {
  const need = slotNames(opts).length;
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

/** A copy that shares nothing with the model, in float64. */
export function copyOptimizerState(state: OptimizerState): { iterations: number; slots: Float64Array[][] } {
  return { iterations: state.iterations, slots: state.slots.map((s) => s.map((a) => Float64Array.from(a))) };
}

/** Copies `from` into `into` once every count, length and value is checked; a misfit changes nothing. */
export function restoreOptimizerState(into: OptimizerState, from: unknown, path: string): void {
  const misfit = (what: string) => new EngineError(`does not fit this model and optimiser: ${what}`, path);
  if (!isRecord(from)) throw misfit(`expected { iterations, slots }, got ${describe(from)}`);
  const iterations = wholeNumber(from.iterations, `${path}.iterations`, 0);
  const slots = from.slots;
  if (!Array.isArray(slots) || slots.length !== into.slots.length) throw misfit(`expected slots for ${into.slots.length} arrays, got ${describe(slots)}`);
  for (let p = 0; p < slots.length; p++) {
    const own = into.slots[p];
    const s: unknown = slots[p];
    if (!Array.isArray(s) || s.length !== own.length) throw misfit(`expected ${own.length} slots for array ${p}, got ${describe(s)}`);
    for (let i = 0; i < own.length; i++) {
      const a: unknown = s[i];
      if (a === null || typeof a !== 'object' || (a as ArrayLike<unknown>).length !== own[i].length) throw misfit(`expected ${own[i].length} values at slots[${p}][${i}]`);
      allFinite(a as ArrayLike<unknown>, own[i].length, (j) => `${path}.slots[${p}][${i}][${j}]`);
    }
  }
  into.iterations = iterations;
  for (let p = 0; p < into.slots.length; p++) for (let i = 0; i < into.slots[p].length; i++) into.slots[p][i].set(slots[p][i]);
}
