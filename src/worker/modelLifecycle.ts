// Building the model and its trainer for a setup, and knowing when a setup needs new ones.
import { createModel, createTrainer, EngineError, modelFromJSON, type Model, type ModelJSON, type Trainer, type TrainerState } from '../engine/index.ts';
import { isPlane } from '../setup/catalogue.ts';
import { type PlaygroundConfig } from '../setup/config.ts';
import { compileOptionsOf, modelSpecOf } from '../setup/rules.ts';
import { type DataShape } from '../setup/shape.ts';
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

/**
 * The model and trainer of a saved run, on the data its setup builds: weights and optimiser memory
 * from the file, the trainer continued from its state. Throws (an EngineError) before anything is
 * used if the file does not fit the setup or its data.
 */
export function restoredRun(saved: { model: ModelJSON; trainer: TrainerState }, data: RunData, c: PlaygroundConfig, shape: DataShape): { model: Model; trainer: Trainer } {
  const model = modelFromJSON(saved.model);
  if (JSON.stringify(model.spec) !== JSON.stringify(modelSpecOf(c, shape))) throw new EngineError("the saved network does not have the setup's layers", 'model');
  // Compiling again with the same optimiser keeps its memory.
  model.compile(compileOptionsOf(c, shape.task));
  const trainer = createTrainerFor(model, data, c);
  trainer.restoreState(saved.trainer);
  return { model, trainer };
}
