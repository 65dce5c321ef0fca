// The network on this side of the worker, one model for the whole page: the latest frame's weights
// (and, for the walkthrough, the optimiser's memory) in a model of the same shape. The walkthrough
// traces one sample and previews the worker's next step with it; tables answer for one row at a
// time (a digit being drawn, the row the graph follows), cheap enough to run on every frame.

import { useMemo } from 'react';
import { createModel, type CompileOptions, type Model, type ModelSpec } from '../engine/index.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import { compileOptionsOf as compileOptionsFor, taskOf } from '../setup/rules.ts';
import { selectParams, selectSpec, useTrainingStore, type OptimizerSnapshot } from '../state/trainingStore.ts';

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

// Forward passes need no compiling and come on every frame: one uncompiled model per shape, reused.
let cached: { key: string; model: Model; total: number } | null = null;

function modelFor(spec: ModelSpec): { model: Model; total: number } {
  const key = JSON.stringify(spec);
  if (cached?.key !== key) {
    const model = createModel(spec);
    cached = { key, model, total: model.getParams().length };
  }
  return cached;
}

/** Each layer's outputs for one row x, with the given weights; null if they do not fit together. */
export function forwardOne(spec: ModelSpec, params: Float64Array, x: ArrayLike<number>): Float64Array[] | null {
  if (x.length !== spec.inputs) return null;
  const { model, total } = modelFor(spec);
  if (params.length !== total) return null;
  try {
    model.setParams(params);
  } catch {
    return null; // weights that diverged to NaN: nothing honest to show
  }
  return model.forwardAll(Float64Array.from(x), 1);
}

/** The trained network's outputs, layer by layer, for `x` (null until a frame of a fitting shape arrives). */
export function useForward(x: ArrayLike<number> | null): Float64Array[] | null {
  const spec = useTrainingStore(selectSpec);
  const params = useTrainingStore(selectParams);
  return useMemo(() => (spec && params && x ? forwardOne(spec, params, x) : null), [spec, params, x]);
}
