// Carrying learned weights across an edit of the architecture (a neuron or a layer added or
// removed, an activation changed): every weight whose two ends still exist keeps its value,
// and only the new ones are drawn, from the model's initializer and a seed. A pure function.
import { allFinite, describe, finite, isRecord, knownKeys, list, wholeNumber } from './check.ts';
import { assertInitializer, initializeKernels } from './initializers.ts';
import { layerShapes, parameterCount } from './shape.ts';
import { validateSpec } from './spec.ts';
import { EngineError, type InitOptions, type ModelSpec } from './types.ts';

export interface CarryOptions extends InitOptions {
  /**
   * For each new layer, the old layer it continues, or null for a new layer. By default hidden
   * layers match by position (so adding or removing the last hidden layer needs no map) and the
   * output layer continues the old output layer.
   */
  layers?: (number | null)[];
  /** For each new layer, for each of its units, the old unit it continues (null: new). By default, by position. */
  units?: ((number | null)[] | undefined)[];
  /** For each new input, the old input it continues (null: new). By default, by position. */
  inputs?: (number | null)[];
}

type Map = (number | null)[];

function byPosition(length: number, old: number): Map {
  return Array.from({ length }, (_, i) => (i < old ? i : null));
}

function readMap(v: unknown, length: number, old: number, path: string): Map {
  return list(v, length, path, 'entries').map((e, i) => (e === null ? null : wholeNumber(e, `${path}[${i}]`, 0, old - 1)));
}

/**
 * New parameters (flat, Keras order: kernel0, bias0, kernel1, ...) for `newSpec`, keeping from
 * `oldParams` (the same layout for `oldSpec`, as model.getParams() gives) every weight and bias
 * whose neuron still exists, and drawing only the new ones.
 */
export function carryWeights(oldSpec: ModelSpec, oldParams: ArrayLike<number>, newSpec: ModelSpec, options: CarryOptions = {}): Float64Array {
  const before = validateSpec(oldSpec, 'oldSpec');
  const after = validateSpec(newSpec, 'newSpec');
  if (!isRecord(options as unknown)) throw new EngineError(`must be an object, got ${describe(options)}`, 'options');
  knownKeys(options as Record<string, unknown>, ['layers', 'units', 'inputs', 'seed', 'initializer', 'constant'], 'options');
  const count = parameterCount(before);
  if (oldParams === null || typeof oldParams !== 'object' || oldParams.length !== count) {
    throw new EngineError(`expected ${count} parameters for the old spec, got ${describe(oldParams)}`, 'oldParams');
  }
  allFinite(oldParams, count, (i) => `oldParams[${i}]`);

  const oldShapes = layerShapes(before);
  const shapes = layerShapes(after);
  const oldLast = before.layers.length - 1;
  const last = after.layers.length - 1;
  const layerMap =
    options.layers === undefined
      ? after.layers.map((_, l) => (l === last ? oldLast : l < oldLast ? l : null))
      : readMap(options.layers, after.layers.length, before.layers.length, 'options.layers');
  if (options.units !== undefined) list(options.units, after.layers.length, 'options.units', 'entries (one per new layer)');
  const unitMaps = after.layers.map((layer, l) => {
    const from = layerMap[l];
    const given = options.units?.[l];
    if (from === null) return byPosition(layer.units, 0);
    return given === undefined ? byPosition(layer.units, oldShapes[from].units) : readMap(given, layer.units, oldShapes[from].units, `options.units[${l}]`);
  });
  const inputMap = options.inputs === undefined ? byPosition(after.inputs, before.inputs) : readMap(options.inputs, after.inputs, before.inputs, 'options.inputs');

  // Start from what a new model with this initializer and seed would hold.
  const kernels = shapes.map((s) => new Float64Array(s.inputs * s.units));
  const initializer = assertInitializer(options.initializer ?? 'glorot_uniform', 'initializer');
  initializeKernels(kernels, shapes, initializer, finite(options.seed ?? 1, 'seed'), finite(options.constant ?? 0, 'constant'));
  const biases = shapes.map((s) => new Float64Array(s.units));

  const offsets: number[] = [];
  let o = 0;
  for (const s of oldShapes) {
    offsets.push(o);
    o += (s.inputs + 1) * s.units;
  }
  shapes.forEach((s, l) => {
    const L = layerMap[l];
    if (L === null) return;
    const old = oldShapes[L];
    const kernelAt = offsets[L];
    const biasAt = kernelAt + old.inputs * old.units;
    // Input i of this layer is old input I of layer L when both read the same thing: the same
    // feature, or a unit of the layer below that continues one of the old layer below.
    const sameBelow = l === 0 ? L === 0 : L > 0 && layerMap[l - 1] === L - 1;
    const inputs = sameBelow ? (l === 0 ? inputMap : unitMaps[l - 1]) : byPosition(s.inputs, old.inputs);
    unitMaps[l].forEach((J, j) => {
      if (J === null) return;
      biases[l][j] = oldParams[biasAt + J];
      inputs.forEach((I, i) => {
        if (I !== null && I < old.inputs) kernels[l][i * s.units + j] = oldParams[kernelAt + I * old.units + J];
      });
    });
  });
  const out = new Float64Array(parameterCount(after));
  let w = 0;
  shapes.forEach((_, l) => {
    out.set(kernels[l], w);
    w += kernels[l].length;
    out.set(biases[l], w);
    w += biases[l].length;
  });
  return out;
}
