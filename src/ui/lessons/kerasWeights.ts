// The page's weights in Keras' getWeights() order, as a lesson, a link and a worksheet write them.

import type { ModelSpec } from '../../engine/index.ts';
import type { KerasWeights } from './types.ts';

/**
 * The page's flat parameters (every kernel row-major, then its bias, layer by layer) in Keras order.
 * Layers with more than `maxKernel` weights come out empty (a worksheet prints only small ones).
 */
export function kerasWeightsOf(spec: ModelSpec, params: ArrayLike<number>, maxKernel = Infinity): KerasWeights {
  const out: KerasWeights = [];
  let at = 0;
  let fanIn = spec.inputs;
  for (const layer of spec.layers) {
    const kernel: number[][] = [];
    const skip = fanIn * layer.units > maxKernel;
    for (let i = 0; i < fanIn && !skip; i++) {
      kernel.push(Array.from({ length: layer.units }, (_, j) => params[at + i * layer.units + j]));
    }
    at += fanIn * layer.units;
    out.push(kernel, skip ? [] : Array.from({ length: layer.units }, (_, j) => params[at + j]));
    at += layer.units;
    fanIn = layer.units;
  }
  return out;
}
