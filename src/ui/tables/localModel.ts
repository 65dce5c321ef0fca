// The network on this side of the worker: the latest frame's weights in a model of the same shape,
// to answer for one sample at a time (a digit being drawn, the row the graph follows). Cheap: one
// forward pass of one row, so it runs on every frame.

import { useMemo } from 'react';
import { createModel, type Model, type ModelSpec } from '../../engine/index.ts';
import { selectParams, selectSpec, useTrainingStore } from '../../state/trainingStore.ts';

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
