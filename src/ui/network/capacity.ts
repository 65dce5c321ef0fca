// Whether a bigger network would pass the parameter cap, and what to tell the learner when it would not.

import type { ModelSpec } from '../../engine/types.ts';
import { MAX_PARAMS, paramCount } from '../../setup/limits.ts';

function amount(n: number): string {
  // Two decimals, so a network just over the cap never reads as "1 million" too.
  if (n >= 1e6) return `${Number((n / 1e6).toFixed(2))} million`;
  return n.toLocaleString('en-US');
}

/** Why a network of these layer sizes cannot be built, or null when it can. */
export function overCap(inputs: number, units: readonly number[]): string | null {
  const count = paramCount(inputs, units);
  if (count <= MAX_PARAMS) return null;
  return `This network would have ${amount(count)} weights and biases; Layerlab stops at ${amount(MAX_PARAMS)}. Save a file and train it in Keras instead.`;
}

const unitsOf = (spec: ModelSpec) => spec.layers.map((l) => l.units);

/** Adding a hidden layer copies the last one (or, with none, adds 4 neurons), as the setup store does. */
export function addLayerBlock(spec: ModelSpec): string | null {
  const units = unitsOf(spec);
  const hidden = units.slice(0, -1);
  return overCap(spec.inputs, [...hidden, hidden.at(-1) ?? 4, units[units.length - 1]]);
}

/** Hidden layer `layer` at `size` neurons. */
export function resizeBlock(spec: ModelSpec, layer: number, size: number): string | null {
  const units = unitsOf(spec);
  units[layer] = size;
  return overCap(spec.inputs, units);
}
