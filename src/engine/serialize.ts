// The saved-model format: versioned JSON with the architecture, the weights in Keras order, the
// compile settings and (optionally) training settings. Loading checks everything and names
// exactly what is wrong, so a bad file never yields a half-loaded model.
import { Model, validateSpec, type CreateOptions } from './model.ts';
import { EngineError, type CompileOptions, type ModelSpec } from './types.ts';

export const MODEL_FORMAT = 'layerlab-model';
export const MODEL_VERSION = 1;

/** Settings of the training run that produced the weights (epochs, batch size, ...), kept as given. */
export type TrainingSettings = Record<string, string | number | boolean | null>;

export interface ModelJSON {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  model: ModelSpec;
  weights: (number[][] | number[])[];
  compile: CompileOptions | null;
  training?: TrainingSettings;
}

export function modelToJSON(model: Model, training?: TrainingSettings): ModelJSON {
  return {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    model: { inputs: model.spec.inputs, layers: model.spec.layers.map((l) => ({ ...l })) },
    weights: model.getWeights(),
    compile: model.isCompiled ? { ...model.options, metrics: [...model.options.metrics] } : null,
    ...(training ? { training: { ...training } } : {}),
  };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Builds a model from parsed JSON (or a JSON string); throws EngineError naming the first problem. */
export function modelFromJSON(json: unknown, options: Pick<CreateOptions, 'dtype'> = {}): Model {
  let data = json;
  if (typeof json === 'string') {
    try {
      data = JSON.parse(json);
    } catch (e) {
      throw new EngineError(`this is not valid JSON (${(e as Error).message})`, 'file');
    }
  }
  if (!isRecord(data)) throw new EngineError('a model file must be a JSON object', 'file');
  if (data.format !== MODEL_FORMAT) {
    throw new EngineError(`expected "${MODEL_FORMAT}", got ${JSON.stringify(data.format)}: this is not a Layerlab model file`, 'format');
  }
  if (data.version !== MODEL_VERSION) {
    throw new EngineError(`this file is version ${JSON.stringify(data.version)}; this Layerlab reads version ${MODEL_VERSION}`, 'version');
  }
  if (!isRecord(data.model)) throw new EngineError('missing: expected { inputs, layers }', 'model');
  const spec = validateSpec(data.model as unknown as ModelSpec);
  const model = new Model(spec, { ...options, initializer: 'zeros' });
  if (!Array.isArray(data.weights)) throw new EngineError('missing: expected a list of kernels and biases', 'weights');
  model.setWeights(data.weights as (number[][] | number[])[]);
  if (data.compile !== null && data.compile !== undefined) {
    if (!isRecord(data.compile)) throw new EngineError('expected an object or null', 'compile');
    try {
      model.compile(data.compile as CompileOptions);
    } catch (e) {
      if (e instanceof EngineError) throw new EngineError(e.message, 'compile');
      throw e;
    }
  }
  if (data.training !== undefined) {
    if (!isRecord(data.training)) throw new EngineError('expected an object', 'training');
    for (const [key, v] of Object.entries(data.training)) {
      if (!(v === null || ['string', 'number', 'boolean'].includes(typeof v))) {
        throw new EngineError('expected a string, number, boolean or null', `training.${key}`);
      }
    }
  }
  return model;
}
