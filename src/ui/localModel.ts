// The network on this side of the worker: the latest frame's weights and the optimiser's memory in a
// model of the same shape. The walkthrough traces one sample and previews the worker's next step with
// it. (Tables' one-row forward passes are in useForward.ts, which loads the engine only when needed.)

import { createModel, type CompileOptions, type Model, type ModelSpec } from '../engine/index.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import { compileOptionsOf as compileOptionsFor, taskOf } from '../setup/rules.ts';
import type { OptimizerSnapshot } from '../state/trainingStore.ts';

/** The compile options the worker uses for a setup. */
export function compileOptionsOf(c: PlaygroundConfig): CompileOptions {
  return compileOptionsFor(c, taskOf(c.dataset, null, c.problem));
}

export interface LocalModelInput {
  spec: ModelSpec;
  params: ArrayLike<number>;
  optimizer: OptimizerSnapshot | null;
  compile: CompileOptions;
}

/**
 * A compiled model with the worker's weights and, when given, its optimiser memory.
 * Throws (an EngineError) when the pieces do not fit together, e.g. while a new setup is on its way.
 */
export function buildLocalModel({ spec, params, optimizer, compile }: LocalModelInput): Model {
  const model = createModel(spec).compile(compile);
  model.setParams(params);
  if (optimizer) model.setOptimizerState(optimizer);
  return model;
}
