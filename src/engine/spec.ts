// A model's architecture: the input width and the dense layers after it. Checked in full, sizes
// included, before anything is allocated, so no spec can make the engine run out of memory.
import { assertActivation } from './activations.ts';
import { describe, isRecord, knownKeys, wholeNumber } from './check.ts';
import { MAX_PARAMETERS } from './shape.ts';
import { EngineError, type ModelSpec } from './types.ts';

/** A checked copy of the spec (only its own fields), or an EngineError naming the first problem. */
export function validateSpec(spec: unknown, path = ''): ModelSpec {
  const at = (p: string) => (path ? `${path}.${p}` : p);
  if (!isRecord(spec)) throw new EngineError(`a model needs { inputs, layers }, got ${describe(spec)}`, path || 'spec');
  knownKeys(spec, ['inputs', 'layers'], path);
  const inputs = wholeNumber(spec.inputs, at('inputs'), 1, MAX_PARAMETERS);
  if (!Array.isArray(spec.layers) || spec.layers.length === 0) {
    throw new EngineError(`a model needs at least one layer (the output layer), got ${describe(spec.layers)}`, at('layers'));
  }
  const raw: unknown[] = spec.layers;
  let count = 0;
  let width = inputs;
  const layers = raw.map((layer, l) => {
    const where = at(`layers[${l}]`);
    if (!isRecord(layer)) throw new EngineError(`must be { units, activation }, got ${describe(layer)}`, where);
    knownKeys(layer, ['units', 'activation'], where);
    const units = wholeNumber(layer.units, `${where}.units`, 1);
    const activation = assertActivation(layer.activation, `${where}.activation`);
    if (activation === 'softmax' && l !== raw.length - 1) {
      throw new EngineError('softmax is only available on the output layer', `${where}.activation`);
    }
    count += (width + 1) * units;
    if (count > MAX_PARAMETERS) {
      throw new EngineError(
        `this layer brings the model past ${String(MAX_PARAMETERS).replace(/\B(?=(\d{3})+$)/g, ',')} weights and biases, more than a browser can train; use fewer units`,
        `${where}.units`,
      );
    }
    width = units;
    return { units, activation };
  });
  return { inputs, layers };
}
