// A model's size: how many inputs and units each layer has and how many weights and biases that makes.
// Apart from spec.ts's checks, so the page can count a network's weights without loading them.
import type { ModelSpec } from './types.ts';

/**
 * Most weights and biases a model may have. Training keeps about five copies of every parameter
 * (weights, gradients, optimiser slots), so this bounds a model near 100 MB.
 */
export const MAX_PARAMETERS = 2_000_000;

export interface LayerShape {
  inputs: number;
  units: number;
}

export function layerShapes(spec: ModelSpec): LayerShape[] {
  return spec.layers.map((layer, l) => ({ inputs: l === 0 ? spec.inputs : spec.layers[l - 1].units, units: layer.units }));
}

/** Weights and biases of a spec: sum over layers of (inputs + 1) * units. */
export function parameterCount(spec: ModelSpec): number {
  return layerShapes(spec).reduce((s, { inputs, units }) => s + (inputs + 1) * units, 0);
}
