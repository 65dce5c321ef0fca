// Building the frame the page draws: weights, the pictures over the plane, new history rows and a
// table's evaluation, computed only for the panels the view asked for.
import { applyFeatures, gridPoints, type Model, type Trainer } from '../engine/index.ts';
import { type PlaygroundConfig } from '../setup/config.ts';
import { evaluateTable } from './evaluation.ts';
import type { FrameMessage, TableEvaluation, ViewRequest } from './protocol.ts';
import { type RunData } from './runData.ts';

/** The validation pass behind a table's evaluation is repeated at most this often while training... */
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
  /** Bumped whenever the weights change, so a stale evaluation is recomputed. */
  paramsVersion: number;
  /** Include the optimiser's memory and the log's stride, so the page can resume from this frame. */
  checkpoint: boolean;
}

export class FrameBuilder {
  private grids = new Map<string, Float64Array>();
  private historySent = 0;
  private historyRevision = 0;
  private evaluation: TableEvaluation | null = null;
  private evaluatedAt = -Infinity;
  private evaluationCost = 0;
  private evaluatedVersion = -1;
  private evaluatedView = '';

  constructor(private readonly now: () => number) {}

  /** The next frame sends the whole history again (a new model or trainer). */
  resendHistory(): void {
    this.historySent = 0;
  }

  /** The frame and the buffers to transfer; `again` asks for another frame later (an evaluation not yet due). */
  build(s: FrameSource): { frame: FrameMessage; transfer: Transferable[]; again: boolean } {
    const { model, trainer } = s;
    // Pictures over the plane exist only for plane data.
    const plane = s.data?.kind === 'plane';
    const og = plane ? s.view.outputGrid : 0;
    const ng = plane ? s.view.neuronGrid : 0;
    const { evaluation, again } = this.evaluationFor(s);
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
      diverged: trainer.diverged,
      checkpoint: s.checkpoint ? { optimizer: model.getOptimizerState(), historyStride: trainer.historyStride } : null,
    };
    this.historySent = trainer.history.length;
    const optimizers = [frame.optimizer, frame.checkpoint?.optimizer];
    const transfer = [frame.params.buffer, outputGrid.buffer, neuronGrids.buffer, ...optimizers.flatMap((o) => o?.slots.flat().map((a) => a.buffer) ?? [])];
    return { frame, transfer, again };
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

  /**
   * A copy of the latest evaluation of a table's validation rows, recomputed when the weights changed
   * and it is due: at once when training is paused or stepped, otherwise at most every
   * EVALUATION_MIN_INTERVAL_MS and never taking more than 1/EVALUATION_COST_SHARE of the time.
   * Between recomputations the last one goes out again, labelled with the batch it belongs to.
   */
  private evaluationFor(s: FrameSource): { evaluation: TableEvaluation | null; again: boolean } {
    const data = s.data;
    const { confusion = false, predictions = false, mistakes = 0 } = s.view;
    if (data?.kind !== 'table' || !data.validation) return { evaluation: null, again: false };
    const regression = data.shape.task === 'regression';
    const wantConfusion = confusion && !regression;
    const wantPredictions = predictions && regression;
    const wantMistakes = data.image && !regression ? Math.max(0, Math.floor(mistakes)) : 0;
    if (!wantConfusion && !wantPredictions && wantMistakes === 0) return { evaluation: null, again: false };
    const viewKey = `${wantConfusion}:${wantPredictions}:${wantMistakes}`;
    const now = this.now();
    const stale = this.evaluatedVersion !== s.paramsVersion || this.evaluatedView !== viewKey || !this.evaluation;
    const due = !s.playing || now - this.evaluatedAt >= Math.max(EVALUATION_MIN_INTERVAL_MS, EVALUATION_COST_SHARE * this.evaluationCost);
    let again = false;
    if (stale && due) {
      const start = this.now();
      this.evaluation = evaluateTable(s.model, data.validation, data.shape, data.targetScale, {
        confusion: wantConfusion,
        predictions: wantPredictions,
        mistakes: wantMistakes,
      });
      this.evaluation.iteration = s.trainer.iteration;
      this.evaluation.epoch = s.trainer.epoch;
      this.evaluationCost = this.now() - start;
      this.evaluatedAt = start;
      this.evaluatedVersion = s.paramsVersion;
      this.evaluatedView = viewKey;
    } else if (stale) {
      // Not due yet: come back for it in a later frame even if training stops meanwhile.
      again = true;
    }
    const e = this.evaluation;
    if (!e) return { evaluation: null, again };
    return {
      evaluation: {
        ...e,
        confusion: e.confusion && e.confusion.slice(),
        predictions: e.predictions && e.predictions.slice(),
        mistakes: e.mistakes && { indices: e.mistakes.indices.slice(), predicted: e.mistakes.predicted.slice(), total: e.mistakes.total },
      },
      again,
    };
  }
}
