// The saved-model format: versioned JSON with the architecture, the weights in Keras order, the
// compile settings and, optionally, the optimiser's memory and the training settings. Reading
// checks every field, sizes first, before anything is allocated, and names exactly what is wrong,
// so a bad file never yields a half-loaded or silently broken model.
import type { Float } from './activations.ts';
import { describe, isRecord, knownKeys, wholeNumber } from './check.ts';
import { resolveCompile } from './compile.ts';
import { checkLossFitsOutput } from './losses.ts';
import { slotNames } from './optimizers.ts';
import { layerShapes, type LayerShape } from './shape.ts';
import { validateSpec } from './spec.ts';
import { EngineError, type CompileOptions, type ModelSpec, type ResolvedCompile } from './types.ts';
import { fromKerasLists, toKerasLists, type KerasWeights } from './weights.ts';

export const MODEL_FORMAT = 'layerlab-model';
export const MODEL_VERSION = 1;
/** Largest weight a file may hold. Training never gets near it without diverging; beyond it predictions overflow. */
export const MAX_WEIGHT = 1e15;

/** Settings of the training run that produced the weights (epochs, batch size, ...), kept as given. */
export type TrainingSettings = Record<string, string | number | boolean | null>;

/** The optimiser's memory: its step count and each slot (velocity, meanSquare, m, v) in Keras layout. */
export interface OptimizerJSON {
  iterations: number;
  slots: Record<string, KerasWeights>;
}

export interface ModelJSON {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  model: ModelSpec;
  weights: KerasWeights;
  compile: CompileOptions | null;
  optimizer?: OptimizerJSON;
  training?: TrainingSettings;
}

export interface ToJSONOptions {
  /** Include the optimiser's memory, so that training continues exactly where it stopped. */
  optimizer?: boolean;
  training?: TrainingSettings;
}

export function buildModelJSON(m: {
  spec: ModelSpec;
  weights: KerasWeights;
  compile: ResolvedCompile | null;
  optimizer: { iterations: number; slots: Float[][] } | null;
  training: TrainingSettings | undefined;
  shapes: LayerShape[];
}): ModelJSON {
  const { compile, optimizer } = m;
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    model: { inputs: m.spec.inputs, layers: m.spec.layers.map((l) => ({ units: l.units, activation: l.activation })) },
    weights: m.weights,
    compile: compile ? { ...compile, metrics: [...compile.metrics] } : null,
    ...(compile && optimizer
      ? {
          optimizer: {
            iterations: optimizer.iterations,
            slots: Object.fromEntries(
              slotNames(compile).map((name, i) => [
                name,
                toKerasLists(
                  optimizer.slots.map((s) => s[i]),
                  m.shapes,
                ),
              ]),
            ),
          },
        }
      : {}),
    ...(m.training ? { training: { ...m.training } } : {}),
  };
}

export interface ModelFile {
  spec: ModelSpec;
  /** Flat, Keras order: kernel0, bias0, kernel1, ... */
  params: Float64Array[];
  compile: ResolvedCompile | null;
  optimizer: { iterations: number; slots: Float64Array[][] } | null;
  training: TrainingSettings | undefined;
}

function withinMaxWeight(arrays: Float64Array[], path: string): void {
  arrays.forEach((a, p) => {
    const i = a.findIndex((v) => Math.abs(v) > MAX_WEIGHT);
    if (i >= 0) {
      throw new EngineError(`holds ${a[i]} (value ${i} of array ${p}), beyond ±${MAX_WEIGHT}: no trained network has such weights; the file is probably damaged`, path);
    }
  });
}

/** Reads and checks a model file (parsed JSON or a JSON string); throws EngineError naming the first problem. */
export function readModelFile(json: unknown): ModelFile {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new EngineError(`this is not valid JSON (${(e as Error).message})`, 'file');
    }
  }
  if (!isRecord(data)) throw new EngineError(`a model file must be a JSON object, got ${describe(data)}`, 'file');
  if (data.format !== MODEL_FORMAT) {
    throw new EngineError(`expected "${MODEL_FORMAT}", got ${JSON.stringify(data.format) ?? 'nothing'}: this is not a Layerlab model file`, 'format');
  }
  if (data.version !== MODEL_VERSION) {
    throw new EngineError(`this file is version ${JSON.stringify(data.version) ?? 'missing'}; this Layerlab reads version ${MODEL_VERSION}`, 'version');
  }
  knownKeys(data, ['format', 'version', 'model', 'weights', 'compile', 'optimizer', 'training'], '');
  const spec = validateSpec(data.model, 'model');
  const shapes = layerShapes(spec);
  if (data.weights === undefined) throw new EngineError('missing: expected a list of kernels and biases', 'weights');
  const params = fromKerasLists(data.weights, shapes, 'weights');
  withinMaxWeight(params, 'weights');
  let compile: ResolvedCompile | null = null;
  if (data.compile !== null && data.compile !== undefined) {
    compile = resolveCompile(data.compile, null, 'compile');
    const out = spec.layers[spec.layers.length - 1];
    checkLossFitsOutput(compile.loss, out.activation, out.units, 'compile.loss');
  }
  const optimizer = data.optimizer === undefined ? null : readOptimizer(data.optimizer, compile, shapes);
  let training: TrainingSettings | undefined;
  if (data.training !== undefined) {
    if (!isRecord(data.training)) throw new EngineError(`expected an object, got ${describe(data.training)}`, 'training');
    for (const [key, v] of Object.entries(data.training)) {
      if (!(v === null || typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)))) {
        throw new EngineError(`expected a string, finite number, true/false or null, got ${describe(v)}`, `training.${key}`);
      }
    }
    training = data.training as TrainingSettings;
  }
  return { spec, params, compile, optimizer, training };
}

function readOptimizer(v: unknown, compile: ResolvedCompile | null, shapes: LayerShape[]): ModelFile['optimizer'] {
  if (!compile) throw new EngineError('an optimiser state needs the compile settings it was made with, and this file has none', 'optimizer');
  if (!isRecord(v)) throw new EngineError(`expected { iterations, slots }, got ${describe(v)}`, 'optimizer');
  knownKeys(v, ['iterations', 'slots'], 'optimizer');
  const iterations = wholeNumber(v.iterations, 'optimizer.iterations', 0);
  const names = slotNames(compile);
  const slots = v.slots;
  if (!isRecord(slots)) throw new EngineError(`expected an object with ${names.join(', ') || 'no slots'}, got ${describe(slots)}`, 'optimizer.slots');
  knownKeys(slots, names, 'optimizer.slots');
  const byName = names.map((name) => {
    if (slots[name] === undefined) throw new EngineError(`missing: ${compile.optimizer} keeps a ${name} for every weight`, `optimizer.slots.${name}`);
    return fromKerasLists(slots[name], shapes, `optimizer.slots.${name}`);
  });
  return { iterations, slots: shapes.flatMap((_, l) => [2 * l, 2 * l + 1]).map((p) => byName.map((arrays) => arrays[p])) };
}
