// Opening a model file: readModelFile checks it in full, then the model is built from it.
import { createModel, type CreateOptions, type Model } from './model.ts';
import { readModelFile } from './modelFile.ts';
import type { CompileOptions } from './types.ts';

export { MODEL_FORMAT, MODEL_VERSION, MAX_WEIGHT, type ModelJSON, type OptimizerJSON, type ToJSONOptions, type TrainingSettings } from './modelFile.ts';

/** Builds a model from parsed JSON (or a JSON string); throws EngineError naming the first problem. */
export function modelFromJSON(json: unknown, options: Pick<CreateOptions, 'dtype'> = {}): Model {
  const file = readModelFile(json);
  const model = createModel(file.spec, { ...options, initializer: 'zeros' });
  const flat = new Float64Array(file.params.reduce((s, p) => s + p.length, 0));
  let o = 0;
  for (const p of file.params) {
    flat.set(p, o);
    o += p.length;
  }
  model.setParams(flat);
  if (file.compile) model.compile(file.compile as CompileOptions);
  if (file.optimizer) model.setOptimizerState(file.optimizer);
  return model;
}
