// Tables answer for one row at a time (a digit being drawn, the row the graph follows) with the latest
// frame's weights, cheap enough to run on every frame. The engine's model code loads the first time a
// table asks: a plane, the first screen most visits see, never needs it on this side of the worker.

import { useEffect, useMemo, useState } from 'react';
import type { Model, ModelSpec } from '../engine/index.ts';
import { selectParams, selectSpec, useTrainingStore } from '../state/trainingStore.ts';

let createModel: typeof import('../engine/model.ts').createModel | null = null;
let loading: Promise<void> | null = null;

function loadEngine(): Promise<void> {
  loading ??= import('../engine/model.ts').then(
    (m) => {
      createModel = m.createModel;
    },
    () => {
      loading = null; // a failed fetch (offline, a new deploy) is tried again on the next request
    },
  );
  return loading;
}

// Forward passes need no compiling and come on every frame: one uncompiled model per shape, reused.
let cached: { key: string; model: Model; total: number } | null = null;

function modelFor(create: NonNullable<typeof createModel>, spec: ModelSpec): { model: Model; total: number } {
  const key = JSON.stringify(spec);
  if (cached?.key !== key) {
    const model = create(spec);
    cached = { key, model, total: model.getParams().length };
  }
  return cached;
}

/** Each layer's outputs for one row x, with the given weights; null if they do not fit together (or the engine has not loaded). */
function forwardOne(spec: ModelSpec, params: Float64Array, x: ArrayLike<number>): Float64Array[] | null {
  if (!createModel || x.length !== spec.inputs) return null;
  const { model, total } = modelFor(createModel, spec);
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
  const [ready, setReady] = useState(createModel !== null);
  const wanted = Boolean(spec && params && x);
  useEffect(() => {
    if (wanted && !ready) void loadEngine().then(() => setReady(createModel !== null));
  }, [wanted, ready]);
  return useMemo(() => (ready && spec && params && x ? forwardOne(spec, params, x) : null), [ready, spec, params, x]);
}
