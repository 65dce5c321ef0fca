// The metrics of the weights as they are, measured once after a change, so the page never shows the
// numbers of a model that is no longer there. Measured exactly as an epoch's validation numbers are
// (evaluateBatch over every row), on the very rows the trainer uses.
import { parameterCount, type Model, type Trainer } from '../engine/index.ts';
import type { CurrentMetrics } from './protocol.ts';

/**
 * Most rows x parameters measured at once. A forward pass costs about 1 ns per row and parameter on
 * this 2-core machine once warm (the largest plane, 2,000 points on eight layers of 16, is 4.1 million:
 * about 3 ms), so the worker never holds a frame up for more than a few ms. Above it (the digits:
 * 10,000 rows x 101,770 parameters, about 0.8 s) the page says new numbers come with the next epoch.
 */
export const MEASURE_BUDGET = 5_000_000;

/** Rows x parameters a measurement of this model on the trainer's rows costs. */
export function measureCost(model: Model, trainer: Trainer): number {
  return (trainer.train.n + (trainer.validation?.n ?? 0)) * parameterCount(model.spec);
}

/** The current weights' training and validation metrics (null above the budget), labelled with where training stands. */
export function measureNow(model: Model, trainer: Trainer, version: number, budget = MEASURE_BUDGET): CurrentMetrics {
  const at = { version, epoch: trainer.epoch, batchInEpoch: trainer.batchInEpoch, batchesPerEpoch: trainer.batchesPerEpoch };
  if (measureCost(model, trainer) > budget) return { ...at, metrics: null };
  const { train, validation } = trainer;
  const t = model.evaluateBatch(train.x, train.y, train.n);
  const v = validation ? model.evaluateBatch(validation.x, validation.y, validation.n) : null;
  return {
    ...at,
    metrics: { epoch: trainer.epoch, loss: t.loss, penalty: t.penalty, accuracy: t.accuracy, val_loss: v ? v.loss : NaN, val_accuracy: v ? v.accuracy : NaN },
  };
}
