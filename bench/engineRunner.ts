// The engine doing each workload through its fast paths: the Trainer for training, forwardAll for grids.

import { createModel, createTrainer, type Dtype } from '../src/engine/index.ts';
import type { Workload } from './workloads.ts';

/** A step function for `medianRate`. */
export function engineStep(w: Workload, dtype: Dtype): () => number {
  const model = createModel(w.spec, { seed: 1, dtype });
  if (w.kind === 'grid') {
    const points = w.points();
    return () => {
      model.forwardAll(points, w.n);
      return w.n;
    };
  }
  const data = w.data();
  model.compile(w.compile);
  const trainer = createTrainer(model, data, { batchSize: w.batchSize, shuffle: true, seed: 3 });
  return () => {
    let samples = 0;
    for (const b of trainer.step(w.step).batches) samples += b.size;
    return samples;
  };
}
