// Mini-batch training that can be driven one sample, one batch or one epoch at a time, so the
// worker can interleave training with frames. Deterministic from a seed; stops at divergence.
import { boolean, finite, wholeNumber } from './check.ts';
import { createRng, shuffleInPlace, type Rng } from './random.ts';
import { readTrainerState, type TrainerState } from './trainerState.ts';
import { EngineError, type BatchResult, type EpochLog, type ModelSpec } from './types.ts';

export type { EpochLog } from './types.ts';

/** What a Trainer needs of a model (Model has it all). */
export interface TrainableModel {
  readonly spec: ModelSpec;
  readonly outputs: number;
  readonly isCompiled: boolean;
  trainBatch(x: Float64Array, y: Float64Array, n: number): BatchResult;
  evaluateBatch(x: Float64Array, y: Float64Array, n: number): { loss: number; penalty: number; accuracy: number };
  weightsFinite(): boolean;
}

export interface Dataset {
  /** n rows of `inputs` values, row-major. */
  x: Float64Array;
  /** n rows of `outputs` values (one-hot rows for softmax outputs). */
  y: Float64Array;
  n: number;
}

export interface TrainerOptions {
  batchSize: number;
  /** Reshuffle the training order at the start of every epoch (default true). */
  shuffle?: boolean;
  seed?: number;
  validation?: Dataset | null;
  /**
   * Most epoch logs to keep. Past it the log is thinned to every other row and later epochs are
   * logged at that stride, so memory stays bounded on runs of millions of epochs. Default: keep all.
   */
  historyLimit?: number;
}

export type Grain = 'sample' | 'batch' | 'epoch';

export interface StepReport {
  batches: BatchResult[];
  /** Logs of the epochs this step completed (usually none or one). */
  epochs: EpochLog[];
}

function checkDataset(model: TrainableModel, d: Dataset, what: string): void {
  const { inputs } = model.spec;
  const k = model.outputs;
  if (!Number.isInteger(d.n) || d.n < 1) throw new EngineError(`needs at least one sample, got ${d.n}`, what);
  if (d.x.length !== d.n * inputs) throw new EngineError(`x has ${d.x.length} values, expected ${d.n} rows of ${inputs}`, `${what}.x`);
  if (d.y.length !== d.n * k) throw new EngineError(`y has ${d.y.length} values, expected ${d.n} rows of ${k}`, `${what}.y`);
  for (let i = 0; i < d.x.length; i++) {
    if (!Number.isFinite(d.x[i])) throw new EngineError(`is ${d.x[i]}, not a finite number`, `${what}.x[${Math.floor(i / inputs)}][${i % inputs}]`);
  }
  for (let i = 0; i < d.y.length; i++) {
    if (!Number.isFinite(d.y[i])) throw new EngineError(`is ${d.y[i]}, not a finite number`, `${what}.y[${Math.floor(i / k)}][${i % k}]`);
  }
}

export class Trainer {
  /** Completed epochs. */
  epoch = 0;
  /** Batches trained. */
  iteration = 0;
  readonly history: EpochLog[] = [];
  /** Log every `historyStride`-th epoch (grows when the log is thinned). */
  historyStride = 1;
  /** Increments whenever thinning rewrote the log, so a reader knows to take it afresh. */
  historyRevision = 0;
  /** Why training stopped, once loss or weights stopped being finite. */
  diverged: string | null = null;

  private batchSize: number;
  private shuffle: boolean;
  private rng: Rng;
  private readonly order: Uint32Array;
  /** Position of the next sample within this epoch's order. */
  private position = 0;
  /** One batch's rows, gathered in shuffled order; grown to the largest batch asked for, never the data's size. */
  private xb = new Float64Array(0);
  private yb = new Float64Array(0);
  private running = { loss: 0, penalty: 0, correct: 0, seen: 0 };

  constructor(
    readonly model: TrainableModel,
    readonly train: Dataset,
    private readonly options: TrainerOptions,
  ) {
    checkDataset(model, train, 'train');
    if (options.validation) checkDataset(model, options.validation, 'validation');
    this.batchSize = Trainer.checkBatchSize(options.batchSize);
    this.shuffle = boolean(options.shuffle ?? true, 'shuffle');
    this.rng = createRng(finite(options.seed ?? 1, 'seed'));
    if (options.historyLimit !== undefined) wholeNumber(options.historyLimit, 'historyLimit', 1);
    this.order = Uint32Array.from({ length: train.n }, (_, i) => i);
  }

  private static checkBatchSize(b: number): number {
    if (!Number.isInteger(b) || b < 1) throw new EngineError(`must be a whole number of at least 1, got ${b}`, 'batchSize');
    return b;
  }

  /** The rows each epoch's val_loss and val_accuracy are measured on, if any. */
  get validation(): Dataset | null {
    return this.options.validation ?? null;
  }

  /** Takes effect from the next batch. */
  setBatchSize(b: number): void {
    this.batchSize = Trainer.checkBatchSize(b);
  }

  /** Batches trained so far in the current epoch. */
  batchInEpoch = 0;
  /** The most recent batch's result (its loss is measured before that batch's update, as Keras does). */
  lastBatch: BatchResult | null = null;

  /** Batches in a full epoch at the current batch size. */
  get batchesPerEpoch(): number {
    return Math.ceil(this.train.n / this.batchSize);
  }

  /** Samples left in the current epoch. */
  get remainingInEpoch(): number {
    return this.train.n - this.position;
  }

  /**
   * Everything that decides what comes next (position, shuffled order, random stream, the
   * current epoch's running sums and the log), as plain JSON-safe values. A Trainer on the same
   * data and a model restored with its optimiser state continues bit for bit after restoreState.
   */
  getState(): TrainerState {
    const nan = (v: number) => (Number.isNaN(v) ? null : v);
    return {
      n: this.train.n,
      batchSize: this.batchSize,
      shuffle: this.shuffle,
      epoch: this.epoch,
      iteration: this.iteration,
      batchInEpoch: this.batchInEpoch,
      position: this.position,
      order: Array.from(this.order),
      rng: this.rng.state(),
      running: { ...this.running, correct: nan(this.running.correct) },
      lastBatch: this.lastBatch ? { ...this.lastBatch, correct: nan(this.lastBatch.correct) } : null,
      history: this.history.map((h) => ({ ...h, accuracy: nan(h.accuracy), val_loss: nan(h.val_loss), val_accuracy: nan(h.val_accuracy) })),
      historyStride: this.historyStride,
      historyRevision: this.historyRevision,
      diverged: this.diverged,
    };
  }

  /** Continues from a state written by getState() (checked in full first; a misfit changes nothing). */
  restoreState(state: unknown): void {
    const s = readTrainerState(state, this.train.n, 'trainerState');
    this.batchSize = s.batchSize;
    this.shuffle = s.shuffle;
    this.epoch = s.epoch;
    this.iteration = s.iteration;
    this.batchInEpoch = s.batchInEpoch;
    this.position = s.position;
    this.order.set(s.order);
    this.rng = s.rng;
    this.running = s.running;
    this.lastBatch = s.lastBatch;
    this.history.length = 0;
    this.history.push(...s.history);
    this.historyStride = s.historyStride;
    this.historyRevision = s.historyRevision;
    this.diverged = s.diverged;
  }

  step(grain: Grain): StepReport {
    const report: StepReport = { batches: [], epochs: [] };
    if (this.diverged) return report;
    if (grain === 'epoch') {
      const target = this.epoch + 1;
      while (this.epoch < target && !this.diverged) this.trainNext(this.batchSize, report);
    } else {
      this.trainNext(grain === 'sample' ? 1 : this.batchSize, report);
    }
    return report;
  }

  private trainNext(size: number, report: StepReport): void {
    const { model, train } = this;
    if (this.position === 0 && this.shuffle) shuffleInPlace(this.order, this.rng);
    const m = Math.min(size, train.n - this.position);
    const d = model.spec.inputs;
    const k = model.outputs;
    if (this.xb.length < m * d) {
      this.xb = new Float64Array(m * d);
      this.yb = new Float64Array(m * k);
    }
    for (let r = 0; r < m; r++) {
      const s = this.order[this.position + r];
      for (let i = 0; i < d; i++) this.xb[r * d + i] = train.x[s * d + i];
      for (let j = 0; j < k; j++) this.yb[r * k + j] = train.y[s * k + j];
    }
    const result = model.trainBatch(this.xb, this.yb, m);
    this.position += m;
    this.iteration++;
    this.batchInEpoch++;
    this.lastBatch = result;
    report.batches.push(result);
    if (!Number.isFinite(result.loss) || !Number.isFinite(result.penalty) || !model.weightsFinite()) {
      const what = Number.isFinite(result.loss) ? 'the weights' : `the loss (${result.loss})`;
      this.diverged = `Training diverged at epoch ${this.epoch + 1}, batch ${this.iteration}: ${what} stopped being a finite number.`;
      return;
    }
    const run = this.running;
    run.loss += result.loss * m;
    run.penalty += result.penalty * m;
    run.correct += result.correct;
    run.seen += m;
    if (this.position >= train.n) report.epochs.push(this.endEpoch());
  }

  private thinHistory(): void {
    this.historyStride *= 2;
    const kept = this.history.filter((log) => log.epoch % this.historyStride === 0);
    this.history.length = 0;
    this.history.push(...kept);
    this.historyRevision++;
  }

  private endEpoch(): EpochLog {
    const run = this.running;
    const val = this.options.validation ? this.model.evaluateBatch(this.options.validation.x, this.options.validation.y, this.options.validation.n) : null;
    this.epoch++;
    const log: EpochLog = {
      epoch: this.epoch,
      loss: run.loss / run.seen,
      penalty: run.penalty / run.seen,
      accuracy: run.correct / run.seen,
      val_loss: val ? val.loss : NaN,
      val_accuracy: val ? val.accuracy : NaN,
    };
    if (val && !Number.isFinite(val.loss)) this.diverged = `Training diverged after epoch ${this.epoch}: the validation loss became ${val.loss}.`;
    if (this.epoch % this.historyStride === 0) this.history.push(log);
    if (this.history.length > (this.options.historyLimit ?? Infinity)) this.thinHistory();
    this.position = 0;
    this.batchInEpoch = 0;
    this.running = { loss: 0, penalty: 0, correct: 0, seen: 0 };
    return log;
  }
}

export function createTrainer(model: TrainableModel, train: Dataset, options: TrainerOptions): Trainer {
  if (!model.isCompiled) throw new EngineError('call compile({ optimizer, loss }) before training', 'compile');
  return new Trainer(model, train, options);
}
