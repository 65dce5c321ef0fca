// Building the frame the page draws: weights, the pictures over the plane, new history rows and a
// table's evaluation, computed only for the panels the view asked for.
import { applyFeatures, gridPoints, type Dataset, type Model, type Trainer } from '../engine/index.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import { evaluateTable } from './evaluation.ts';
import type { CurrentMetrics, EditMark, FrameMessage, TableEvaluation, TrainingAdvice, ViewRequest } from './protocol.ts';
import type { RunData } from './runData.ts';

/** While training, the validation pass behind a table's evaluation is repeated at most this often... */
const EVALUATION_MIN_INTERVAL_MS = 250;
/** ...and takes at most about 1/EVALUATION_COST_SHARE of the time, so big tables (digits) train on. */
const EVALUATION_COST_SHARE = 8;

/** Everything a frame is built from. */
export interface FrameSource {
  runId: number;
  config: PlaygroundConfig;
  model: Model;
  trainer: Trainer;
  data: RunData | null;
  view: ViewRequest;
  playing: boolean;
  /** Names the weights: edits (typed, set, a new model) and batches trained, so a stale evaluation is known. */
  weightsKey: string;
  /** Include the optimiser's memory and the log's stride, so the page can resume from this frame. */
  checkpoint: boolean;
  marks: EditMark[];
  advice: TrainingAdvice | null;
  current: CurrentMetrics | null;
}

export class FrameBuilder {
  private grids = new Map<string, Float64Array>();
  private historySent = 0;
  private historyRevision = 0;
  private evaluation: TableEvaluation | null = null;
  private evaluatedAt = -Infinity;
  private evaluationCost = 0;
  private evaluatedWeights = '';
  /** The test accuracy, and the trainer and epoch it was measured for (once per epoch: a test pass is as long as a fifth of one). */
  private test: TableEvaluation['test'] = null;
  private testedTrainer: Trainer | null = null;
  private evaluatedView = '';

  constructor(private readonly now: () => number) {}

  /** The next frame sends the whole history again (a new model or trainer). */
  resendHistory(): void {
    this.historySent = 0;
  }

  /** The frame and the buffers to transfer. */
  build(s: FrameSource): { frame: FrameMessage; transfer: Transferable[] } {
    const { model, trainer } = s;
    // Pictures over the plane exist only for plane data.
    const plane = s.data?.kind === 'plane';
    const og = plane ? s.view.outputGrid : 0;
    const ng = plane ? s.view.neuronGrid : 0;
    const evaluation = this.evaluationFor(s);
    let outputGrid = new Float32Array(0);
    if (og > 0) {
      const out = model.predictBatch(this.gridFor(og, s.config), og * og);
      outputGrid = Float32Array.from(out);
    }
    let neuronGrids = new Float32Array(0);
    if (ng > 0) {
      const units = model.spec.layers.reduce((sum, l) => sum + l.units, 0);
      neuronGrids = new Float32Array(units * ng * ng);
      model.neuronOutputs(this.gridFor(ng, s.config), ng * ng, neuronGrids);
    }
    if (trainer.historyRevision !== this.historyRevision) {
      this.historyRevision = trainer.historyRevision;
      this.historySent = 0;
    }
    const history = trainer.history.slice(this.historySent);
    const frame: FrameMessage = {
      type: 'frame',
      runId: s.runId,
      spec: model.spec,
      epoch: trainer.epoch,
      iteration: trainer.iteration,
      batchInEpoch: trainer.batchInEpoch,
      batchesPerEpoch: trainer.batchesPerEpoch,
      batchLoss: trainer.lastBatch ? trainer.lastBatch.loss : NaN,
      playing: s.playing,
      historyFrom: this.historySent,
      history,
      params: model.getParams(),
      outputGrid,
      outputGridSize: og,
      neuronGrids,
      neuronGridSize: ng,
      optimizer: s.view.optimizer ? model.getOptimizerState() : null,
      evaluation,
      current: s.current,
      diverged: trainer.diverged,
      advice: s.advice,
      marks: s.marks,
      checkpoint: s.checkpoint ? { optimizer: model.getOptimizerState(), historyStride: trainer.historyStride, trainer: trainer.getState() } : null,
    };
    this.historySent = trainer.history.length;
    const optimizers = [frame.optimizer, frame.checkpoint?.optimizer];
    const transfer = [frame.params.buffer, outputGrid.buffer, neuronGrids.buffer, ...optimizers.flatMap((o) => o?.slots.flat().map((a) => a.buffer) ?? [])];
    return { frame, transfer };
  }

  private gridFor(resolution: number, c: PlaygroundConfig): Float64Array {
    const key = `${resolution}:${c.features.join(',')}`;
    let grid = this.grids.get(key);
    if (!grid) {
      grid = applyFeatures(gridPoints(resolution), resolution * resolution, c.features);
      this.grids.set(key, grid);
    }
    return grid;
  }

  /** What the view asks of a table's evaluation, or null when it asks for none. */
  private wanted(s: FrameSource): { confusion: boolean; predictions: boolean; mistakes: number; key: string } | null {
    const data = s.data;
    const { confusion = false, predictions = false, mistakes = 0 } = s.view;
    if (data?.kind !== 'table' || !data.validation) return null;
    const regression = data.shape.task === 'regression';
    const want = { confusion: confusion && !regression, predictions: predictions && regression, mistakes: data.image && !regression ? Math.max(0, Math.floor(mistakes)) : 0 };
    // A test set is reported whatever the view: the metrics show it beside the validation numbers.
    if (!want.confusion && !want.predictions && want.mistakes === 0 && !data.test) return null;
    return { ...want, key: `${want.confusion}:${want.predictions}:${want.mistakes}` };
  }

  private evaluate(s: FrameSource, want: NonNullable<ReturnType<FrameBuilder['wanted']>>): void {
    const data = s.data as Extract<RunData, { kind: 'table' }>;
    const start = this.now();
    this.evaluation = evaluateTable(s.model, data.validation!, data.shape, data.targetScale, want);
    this.evaluation.iteration = s.trainer.iteration;
    this.evaluation.epoch = s.trainer.epoch;
    this.evaluationCost = this.now() - start;
    this.evaluatedAt = start;
    this.evaluatedWeights = s.weightsKey;
    this.evaluatedView = want.key;
  }

  /**
   * Called as an epoch ends while training: the evaluation is taken on the very weights the epoch's
   * log row (its validation loss and accuracy) was measured on, so the confusion matrix and the
   * accuracy beside it are one number. At most every EVALUATION_MIN_INTERVAL_MS and never more than
   * 1/EVALUATION_COST_SHARE of the time, so big tables (digits) train on.
   */
  evaluateAtEpochEnd(s: FrameSource): void {
    const want = this.wanted(s);
    if (!want) return;
    if (this.now() - this.evaluatedAt < Math.max(EVALUATION_MIN_INTERVAL_MS, EVALUATION_COST_SHARE * this.evaluationCost)) return;
    this.evaluate(s, want);
  }

  /**
   * A copy of the latest evaluation of a table's validation rows. While training it is the one taken at
   * the latest due epoch end (labelled with its epoch and batch); paused, stepped or edited weights are
   * evaluated at once.
   */
  private evaluationFor(s: FrameSource): TableEvaluation | null {
    const want = this.wanted(s);
    if (!want) return null;
    const stale = this.evaluatedWeights !== s.weightsKey || this.evaluatedView !== want.key || !this.evaluation;
    if (stale && (!s.playing || !this.evaluation || this.evaluatedView !== want.key)) this.evaluate(s, want);
    const e = this.evaluation;
    if (!e) return null;
    return {
      ...e,
      test: this.testFor(s, (s.data as Extract<RunData, { kind: 'table' }>).test),
      confusion: e.confusion && e.confusion.slice(),
      predictions: e.predictions && e.predictions.slice(),
      mistakes: e.mistakes && { indices: e.mistakes.indices.slice(), predicted: e.mistakes.predicted.slice(), total: e.mistakes.total },
    };
  }

  /** Accuracy on the test set after each epoch (null before the first epoch ends). */
  private testFor(s: FrameSource, test: Dataset | null): TableEvaluation['test'] {
    if (!test || s.trainer.epoch === 0) return null;
    if (this.testedTrainer !== s.trainer || this.test?.epoch !== s.trainer.epoch) {
      const { accuracy } = s.model.evaluateBatch(test.x, test.y, test.n);
      this.test = { n: test.n, accuracy, epoch: s.trainer.epoch, batchInEpoch: s.trainer.batchInEpoch };
      this.testedTrainer = s.trainer;
    }
    return { ...this.test! };
  }
}
