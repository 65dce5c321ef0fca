// Keras' fit over whole arrays: hold out the validation rows, then epochs through a Trainer.
import { boolean, describe, finite, isRecord, knownKeys, wholeNumber } from './check.ts';
import { Trainer, type Dataset, type TrainableModel } from './trainer.ts';
import { EngineError } from './types.ts';

export interface FitOptions {
  epochs?: number;
  batchSize?: number;
  /** Fraction of the rows held out for validation: the LAST rows, taken before shuffling, as Keras does. */
  validationSplit?: number;
  shuffle?: boolean;
  seed?: number;
}

export interface FitResult {
  history: { loss: number[]; accuracy: number[]; val_loss: number[]; val_accuracy: number[] };
  /** Why training stopped early, if the loss or the weights stopped being finite. */
  diverged: string | null;
}

export function fitModel(model: TrainableModel, rows: Dataset, opts: FitOptions): FitResult {
  if (!model.isCompiled) throw new EngineError('call compile({ optimizer, loss }) before training', 'compile');
  if (!isRecord(opts)) throw new EngineError(`must be an object of fit options, got ${describe(opts)}`, 'options');
  knownKeys(opts, ['epochs', 'batchSize', 'validationSplit', 'shuffle', 'seed'], '');
  const epochs = wholeNumber(opts.epochs ?? 1, 'epochs', 1);
  const batchSize = wholeNumber(opts.batchSize ?? 32, 'batchSize', 1);
  const validationSplit = finite(opts.validationSplit ?? 0, 'validationSplit');
  if (!(validationSplit >= 0 && validationSplit < 1)) throw new EngineError(`must be at least 0 and below 1, got ${validationSplit}`, 'validationSplit');
  const shuffle = boolean(opts.shuffle ?? true, 'shuffle');
  const seed = finite(opts.seed ?? 1, 'seed');
  const { x, y, n } = rows;
  const nVal = Math.floor(n * validationSplit);
  const nTrain = n - nVal;
  if (nTrain < 1) throw new EngineError(`leaves no rows to train on (${n} rows, ${nVal} held out)`, 'validationSplit');
  const d = model.spec.inputs;
  const k = model.outputs;
  const trainer = new Trainer(
    model,
    { x: x.slice(0, nTrain * d), y: y.slice(0, nTrain * k), n: nTrain },
    {
      batchSize,
      shuffle,
      seed,
      validation: nVal > 0 ? { x: x.slice(nTrain * d), y: y.slice(nTrain * k), n: nVal } : null,
    },
  );
  for (let e = 0; e < epochs && !trainer.diverged; e++) trainer.step('epoch');
  const h = trainer.history;
  return {
    history: {
      loss: h.map((r) => r.loss + r.penalty),
      accuracy: h.map((r) => r.accuracy),
      val_loss: h.map((r) => r.val_loss + r.penalty),
      val_accuracy: h.map((r) => r.val_accuracy),
    },
    diverged: trainer.diverged,
  };
}
