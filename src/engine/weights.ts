// Keras' weight layout as plain lists: [kernel0 [inputs][units], bias0 [units], kernel1, ...].
// The engine keeps each kernel flat (kernel[i][j] at i * units + j); these convert both ways.
import type { Float } from './activations.ts';
import { describe, list, toArray1D, toArray2D } from './check.ts';
import type { LayerShape } from './shape.ts';
import { EngineError } from './types.ts';

export type KerasWeights = (number[][] | number[])[];

/** Flat per-array values (kernel0, bias0, kernel1, ...) as Keras lists. */
export function toKerasLists(arrays: readonly ArrayLike<number>[], shapes: LayerShape[]): KerasWeights {
  return shapes.flatMap((s, l) => {
    const kernel = arrays[2 * l];
    return [Array.from({ length: s.inputs }, (_, i) => Array.from({ length: s.units }, (_, j) => kernel[i * s.units + j])), Array.from(arrays[2 * l + 1])];
  });
}

/** Checks every shape and value of Keras lists and returns them flat (kernel0, bias0, ...); changes nothing. */
export function fromKerasLists(weights: unknown, shapes: LayerShape[], path: string): Float64Array[] {
  if (!Array.isArray(weights) || weights.length !== shapes.length * 2) {
    throw new EngineError(`expected ${shapes.length * 2} arrays (a kernel and a bias for each of ${shapes.length} layers), got ${describe(weights)}`, path);
  }
  list(weights, shapes.length * 2, path, 'arrays');
  return shapes.flatMap((s, l) => {
    const k = weights[2 * l];
    const where = `${path}[${2 * l}]`;
    if (Array.isArray(k) && k.length !== s.inputs) {
      throw new EngineError(`kernel has ${k.length} rows, expected ${s.inputs} (one per input)`, where);
    }
    return [toArray2D(k, s.units, where), toArray1D(weights[2 * l + 1], s.units, `${path}[${2 * l + 1}]`)];
  });
}

/** Copies flat arrays into the model's own (same lengths, already checked). */
export function copyInto(targets: readonly Float[], sources: readonly ArrayLike<number>[]): void {
  for (let p = 0; p < targets.length; p++) targets[p].set(sources[p]);
}
