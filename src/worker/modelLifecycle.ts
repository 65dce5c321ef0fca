// Building the model and its trainer for a setup, and knowing when a setup needs new ones.
import { createModel, createTrainer, type Model, type ModelSpec, type Trainer } from '../engine/index.ts';
import { isPlane } from '../setup/catalogue.ts';
import { type PlaygroundConfig } from '../setup/config.ts';
import { compileOptionsOf, modelSpecOf } from '../setup/rules.ts';
import { type DataShape } from '../setup/shape.ts';
import type { TrainingCheckpoint } from './protocol.ts';
import { trainingSets, type RunData } from './runData.ts';

/** Epoch rows kept for the curves; the chart draws at most ~600 points anyway. */
export const HISTORY_LIMIT = 4000;

/** What the weights depend on: a new key means new weights. */
export function modelKeyOf(c: PlaygroundConfig, shape: DataShape): string {
  return JSON.stringify([modelSpecOf(c, shape), isPlane(c.dataset) ? c.features : null, c.initializer, c.seed]);
}

export function createCompiledModel(c: PlaygroundConfig, shape: DataShape): Model {
  return createModel(modelSpecOf(c, shape), { seed: c.seed, initializer: c.initializer }).compile(compileOptionsOf(c, shape.task));
}

export function createTrainerFor(model: Model, data: RunData, c: PlaygroundConfig): Trainer {
  const { train, validation } = trainingSets(data, c);
  return createTrainer(model, train, { batchSize: c.batchSize, seed: c.seed, historyLimit: HISTORY_LIMIT, validation });
}

/** Same layers, units and activations: a checkpoint of one fits the other. */
export function sameSpec(a: ModelSpec, b: ModelSpec): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Puts a checkpoint into a freshly built model and trainer. Returns what could not be carried, or null.
 * The trainer's counters and log are public fields today; the epoch in progress starts afresh (its
 * shuffle order and running sums are not in the checkpoint).
 */
export function applyCheckpoint(model: Model, trainer: Trainer, c: TrainingCheckpoint): string | null {
  model.setParams(c.params);
  let note: string | null = null;
  if (c.optimizer) {
    try {
      model.setOptimizerState(c.optimizer);
    } catch {
      note = 'the optimizer’s memory started afresh';
    }
  }
  trainer.epoch = c.epoch;
  trainer.iteration = c.iteration;
  trainer.historyStride = c.historyStride;
  trainer.history.length = 0;
  for (const row of c.history) if (row.epoch <= c.epoch) trainer.history.push(row);
  trainer.historyRevision++;
  return note;
}
