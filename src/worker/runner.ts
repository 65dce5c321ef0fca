// What the training worker does, free of worker globals so it can be tested in Node.
// It owns the data and the model, trains between frames, and sends at most one frame at a time.
import {
  applyFeatures,
  createModel,
  createTrainer,
  EngineError,
  generate2D,
  gridPoints,
  oneHot,
  randomNoise,
  splitTrainValidation,
  type Dataset,
  type Model,
  type Points2D,
  type Trainer,
} from '../engine/index.ts';
import { isPlane, isTableSource, NOISE_SHAPE } from '../setup/catalogue.ts';
import { type PlaygroundConfig } from '../setup/config.ts';
import { PLANE_GRID } from '../setup/limits.ts';
import { compileOptionsOf, dataShapeOf, heldOutCount, lossesFor, modelSpecOf } from '../setup/rules.ts';
import { shapeOfTable, type DataShape } from '../setup/shape.ts';
import { type TableData } from '../setup/tableData.ts';
import type { Speed } from '../setup/config.ts';
import type { Command, FrameMessage, TableEvaluation, ViewRequest, WorkerMessage } from './protocol.ts';

export interface RunnerHost {
  post(msg: WorkerMessage, transfer: Transferable[]): void;
  /** Run fn soon, after pending messages have been handled. */
  schedule(fn: () => void, delayMs: number): void;
  now(): number;
}

/** Batches per second at speeds 1-4; speed 5 trains continuously. */
const BATCHES_PER_SECOND: Record<Speed, number> = { 1: 4, 2: 20, 3: 100, 4: 500, 5: Infinity };
/** At full speed, train this long between chances to handle messages and send a frame. */
const SLICE_MS = 12;

/** Epoch rows kept for the curves; the chart draws at most ~600 points anyway. */
const HISTORY_LIMIT = 4000;

/** Predicted-against-actual pairs sent for a regression table, at most. */
export const MAX_PREDICTIONS = 500;
/** The validation pass behind a table's evaluation is repeated at most this often while training... */
const EVALUATION_MIN_INTERVAL_MS = 250;
/** ...and takes at most about 1/EVALUATION_COST_SHARE of the time, so big tables (digits) train on. */
const EVALUATION_COST_SHARE = 8;

/** Training data in the worker: points of a plane, or the rows of a table (noise included). */
type RunData =
  | { kind: 'plane'; train: Points2D; validation: Points2D }
  | {
      kind: 'table';
      shape: DataShape;
      train: Dataset;
      validation: Dataset | null;
      /** Regression: how to turn the standardised target back into the file's units. */
      targetScale: { mean: number; std: number } | null;
      image: boolean;
    };

/**
 * Are these data made for this setup: same source, split and seed, and a loss that fits their task?
 * (A new CSV may change the task; the setup that fits it follows the data, or comes just before it.)
 */
function tableFits(table: TableData | null, c: PlaygroundConfig): table is TableData {
  return (
    table !== null &&
    table.source === c.dataset &&
    table.validationSplit === c.validationSplit &&
    table.seed === c.seed &&
    lossesFor(table.task).includes(c.loss)
  );
}

export class PlaygroundRunner {
  private config: PlaygroundConfig | null = null;
  private runId = 0;
  private data: RunData | null = null;
  private dataKey = '';
  private modelKey = '';
  /** The latest table the page sent. */
  private table: TableData | null = null;
  /** A setup that names a table which has not arrived yet (or not with its split and seed): it waits for it. */
  private pending: { runId: number; config: PlaygroundConfig } | null = null;
  private evaluation: TableEvaluation | null = null;
  private evaluatedAt = -Infinity;
  private evaluationCost = 0;
  /** Bumped whenever the weights change, so a stale evaluation is recomputed. */
  private paramsVersion = 0;
  private evaluatedVersion = -1;
  private evaluatedView = '';
  private model: Model | null = null;
  private trainer: Trainer | null = null;
  private playing = false;
  private speed: Speed = 5;
  private view: ViewRequest = { outputGrid: PLANE_GRID.output, neuronGrid: PLANE_GRID.neuron };
  private inFlight = false;
  private dirty = false;
  private historySent = 0;
  private historyRevision = 0;
  private loopScheduled = false;
  private lastTick = 0;
  private batchesOwed = 0;
  private grids = new Map<string, Float64Array>();

  constructor(private readonly host: RunnerHost) {}

  handle(cmd: Command): void {
    // A rejected setup is reported under its own run id, so the page does not take the report for a stale one.
    const errorRunId = cmd.type === 'configure' ? cmd.runId : (this.pending?.runId ?? this.runId);
    try {
      switch (cmd.type) {
        case 'configure':
          this.configure(cmd.runId, cmd.config);
          break;
        case 'view':
          this.view = cmd.view;
          this.dirty = true;
          break;
        case 'tableData':
          this.receiveTable(cmd.data);
          break;
        case 'play':
          if (this.pending) {
            this.playing = true;
          } else if (this.trainer && !this.trainer.diverged) {
            this.playing = true;
            this.dirty = true;
            this.startLoop();
          }
          break;
        case 'pause':
          this.playing = false;
          this.dirty = true;
          break;
        case 'step':
          if (this.trainer && !this.pending) {
            this.trainer.step(cmd.grain);
            this.afterTraining();
          }
          break;
        case 'reset':
          this.reset();
          break;
        case 'speed':
          this.speed = cmd.speed;
          this.batchesOwed = 0;
          break;
        case 'setParam':
          this.model?.setParam(cmd.layer, cmd.unit, cmd.input, cmd.value);
          this.paramsChanged();
          break;
        case 'setParams':
          this.model?.setParams(cmd.params);
          this.paramsChanged();
          break;
        case 'trainSample':
          this.model?.trainOnBatch([cmd.x], [cmd.y]);
          this.paramsChanged();
          break;
        case 'ack':
          this.inFlight = false;
          break;
      }
    } catch (e) {
      this.playing = false;
      this.host.post({ type: 'error', runId: errorRunId, message: e instanceof EngineError ? e.message : String(e) }, []);
    }
    this.sendFrameIfReady();
  }

  private configure(runId: number, next: PlaygroundConfig): void {
    if (isTableSource(next.dataset) && !tableFits(this.table, next)) {
      // The page is still loading or preparing this table; the setup waits for it, and nothing trains meanwhile.
      this.pending = { runId, config: next };
      return;
    }
    this.pending = null;
    const prev = this.config;
    const shape = this.shapeFor(next);
    const nextDataKey = this.dataKeyOf(next);
    const nextModelKey = JSON.stringify([modelSpecOf(next, shape), isPlane(next.dataset) ? next.features : null, next.initializer, next.seed]);
    const dataChanged = !prev || this.dataKey !== nextDataKey;
    const modelChanged = dataChanged || this.modelKey !== nextModelKey;
    // Build the new pieces first and commit them together, so a setup the engine rejects
    // leaves the previous one running untouched.
    const data = dataChanged ? this.makeData(next) : this.data!;
    let model = this.model!;
    let trainer = this.trainer!;
    if (modelChanged) {
      model = this.createCompiledModel(next, shape);
      trainer = this.createTrainerFor(model, data, next);
    } else {
      model.compile(compileOptionsOf(next, shape.task));
      if (prev!.loss !== next.loss) trainer = this.createTrainerFor(model, data, next); // a new loss starts a new log; the weights stay
      else trainer.setBatchSize(next.batchSize);
    }
    this.runId = runId;
    this.config = next;
    this.data = data;
    this.dataKey = nextDataKey;
    this.modelKey = nextModelKey;
    this.model = model;
    this.trainer = trainer;
    this.historySent = 0;
    this.paramsChanged();
    if (dataChanged) {
      const plane = data.kind === 'plane' ? data : null;
      const empty = new Float64Array(0);
      this.host.post(
        {
          type: 'data',
          runId,
          task: shape.task,
          classes: shape.classes,
          trainX: plane ? plane.train.x.slice() : empty,
          trainY: plane ? plane.train.y.slice() : empty,
          validationX: plane ? plane.validation.x.slice() : empty,
          validationY: plane ? plane.validation.y.slice() : empty,
        },
        [],
      );
    }
    if (this.playing) this.startLoop();
  }

  /** A new table from the page: used at once if a waiting setup (or the current one) names it. */
  private receiveTable(table: TableData): void {
    this.table = table;
    if (this.pending && tableFits(table, this.pending.config)) {
      this.configure(this.pending.runId, this.pending.config);
    } else if (!this.pending && this.config?.dataset === table.source && this.dataKeyOf(this.config) !== this.dataKey) {
      // Another file for the same setup (a CSV imported again): new data, new weights, same run. If it
      // does not fit the setup (another task), the setup that fits it is on its way: wait for it.
      this.configure(this.runId, this.config);
    }
  }

  private shapeFor(c: PlaygroundConfig): DataShape {
    return dataShapeOf(c, isTableSource(c.dataset) ? shapeOfTable(this.table!) : null);
  }

  private dataKeyOf(c: PlaygroundConfig): string {
    if (isPlane(c.dataset)) return JSON.stringify([c.dataset, c.noise, c.validationSplit, c.samples, c.classes, c.seed]);
    if (c.dataset === 'noise') return JSON.stringify([c.dataset, c.validationSplit, c.samples, c.seed]);
    return JSON.stringify([c.dataset, this.table?.id ?? -1, c.validationSplit, c.seed]);
  }

  /** New weights from the seed; data and settings stay. */
  private reset(): void {
    if (!this.config || !this.data || this.pending) return;
    const shape = this.shapeFor(this.config);
    this.model = this.createCompiledModel(this.config, shape);
    this.trainer = this.createTrainerFor(this.model, this.data, this.config);
    this.playing = false;
    this.historySent = 0;
    this.paramsChanged();
  }

  private makeData(c: PlaygroundConfig): RunData {
    if (isPlane(c.dataset)) {
      const all = generate2D({ name: c.dataset, numSamples: c.samples, noise: c.noise, seed: c.seed, classes: c.classes });
      return { kind: 'plane', ...splitTrainValidation(all, c.validationSplit, c.seed + 1) };
    }
    if (c.dataset === 'noise') {
      const { inputs: d, classes } = NOISE_SHAPE;
      const noise = randomNoise({ samples: c.samples, features: d, classes, seed: c.seed });
      // The rows are independent draws, so holding out the last ones is as random as any other choice.
      const cut = noise.n - heldOutCount(noise.n, c.validationSplit);
      const rows = (from: number, to: number): Dataset => ({ x: noise.x.slice(from * d, to * d), y: oneHot(noise.y.slice(from, to), classes), n: to - from });
      return { kind: 'table', shape: NOISE_SHAPE, train: rows(0, cut), validation: cut < noise.n ? rows(cut, noise.n) : null, targetScale: null, image: false };
    }
    const table = this.table!;
    return {
      kind: 'table',
      shape: shapeOfTable(table),
      train: table.train,
      validation: table.validation && table.validation.n > 0 ? table.validation : null,
      targetScale: table.targetScale,
      image: table.image !== undefined,
    };
  }

  private createCompiledModel(c: PlaygroundConfig, shape: DataShape): Model {
    return createModel(modelSpecOf(c, shape), { seed: c.seed, initializer: c.initializer }).compile(compileOptionsOf(c, shape.task));
  }

  private createTrainerFor(model: Model, data: RunData, c: PlaygroundConfig): Trainer {
    const options = { batchSize: c.batchSize, seed: c.seed, historyLimit: HISTORY_LIMIT };
    if (data.kind === 'table') return createTrainer(model, data.train, { ...options, validation: data.validation });
    const toDataset = (p: Points2D): Dataset => ({
      x: applyFeatures(p.x, p.n, c.features),
      y: p.task === 'multiclass' ? oneHot(p.y, p.classes) : Float64Array.from(p.y),
      n: p.n,
    });
    return createTrainer(model, toDataset(data.train), { ...options, validation: data.validation.n > 0 ? toDataset(data.validation) : null });
  }

  private startLoop(): void {
    if (this.loopScheduled) return;
    this.loopScheduled = true;
    this.lastTick = this.host.now();
    this.batchesOwed = 0;
    this.host.schedule(this.tick, 0);
  }

  private tick = (): void => {
    this.loopScheduled = false;
    const trainer = this.trainer;
    // A setup waiting for its table starts the loop again when the table arrives.
    if (!this.playing || !trainer || this.pending) return;
    const now = this.host.now();
    const rate = BATCHES_PER_SECOND[this.speed];
    if (rate === Infinity) {
      const until = now + SLICE_MS;
      do trainer.step('batch');
      while (!trainer.diverged && this.host.now() < until);
    } else {
      this.batchesOwed = Math.min(this.batchesOwed + ((now - this.lastTick) / 1000) * rate, rate);
      for (; this.batchesOwed >= 1 && !trainer.diverged; this.batchesOwed--) trainer.step('batch');
    }
    this.lastTick = now;
    this.afterTraining();
    this.sendFrameIfReady();
    if (this.playing) {
      this.loopScheduled = true;
      this.host.schedule(this.tick, rate === Infinity ? 0 : 16);
    }
  };

  private afterTraining(): void {
    if (this.trainer?.diverged) this.playing = false;
    this.paramsChanged();
  }

  private paramsChanged(): void {
    this.paramsVersion++;
    this.dirty = true;
  }

  private gridFor(resolution: number): Float64Array {
    const key = `${resolution}:${this.config!.features.join(',')}`;
    let grid = this.grids.get(key);
    if (!grid) {
      grid = applyFeatures(gridPoints(resolution), resolution * resolution, this.config!.features);
      this.grids.set(key, grid);
    }
    return grid;
  }

  private sendFrameIfReady(): void {
    if (this.inFlight || !this.dirty || !this.model || !this.trainer || !this.config || this.pending) return;
    const { model, trainer } = this;
    // Pictures over the plane exist only for plane data.
    const plane = this.data?.kind === 'plane';
    const og = plane ? this.view.outputGrid : 0;
    const ng = plane ? this.view.neuronGrid : 0;
    const evaluation = this.evaluationForFrame();
    let outputGrid = new Float32Array(0);
    if (og > 0) {
      const out = model.predictBatch(this.gridFor(og), og * og);
      outputGrid = Float32Array.from(out);
    }
    let neuronGrids = new Float32Array(0);
    if (ng > 0) {
      const units = model.spec.layers.reduce((s, l) => s + l.units, 0);
      neuronGrids = new Float32Array(units * ng * ng);
      model.neuronOutputs(this.gridFor(ng), ng * ng, neuronGrids);
    }
    if (trainer.historyRevision !== this.historyRevision) {
      this.historyRevision = trainer.historyRevision;
      this.historySent = 0;
    }
    const history = trainer.history.slice(this.historySent);
    const frame: FrameMessage = {
      type: 'frame',
      runId: this.runId,
      spec: model.spec,
      epoch: trainer.epoch,
      iteration: trainer.iteration,
      batchInEpoch: trainer.batchInEpoch,
      batchesPerEpoch: trainer.batchesPerEpoch,
      batchLoss: trainer.lastBatch ? trainer.lastBatch.loss : NaN,
      playing: this.playing,
      historyFrom: this.historySent,
      history,
      params: model.getParams(),
      outputGrid,
      outputGridSize: og,
      neuronGrids,
      neuronGridSize: ng,
      optimizer: this.view.optimizer ? model.getOptimizerState() : null,
      evaluation,
      diverged: trainer.diverged,
    };
    this.historySent = trainer.history.length;
    this.inFlight = true;
    this.dirty = false;
    this.host.post(frame, [frame.params.buffer, outputGrid.buffer, neuronGrids.buffer, ...(frame.optimizer?.slots.flat().map((a) => a.buffer) ?? [])]);
  }

  /**
   * A copy of the latest evaluation of a table's validation rows, recomputed when the weights changed
   * and it is due: at once when training is paused or stepped, otherwise at most every
   * EVALUATION_MIN_INTERVAL_MS and never taking more than 1/EVALUATION_COST_SHARE of the time.
   * Between recomputations the last one goes out again, labelled with the batch it belongs to.
   */
  private evaluationForFrame(): TableEvaluation | null {
    const data = this.data;
    const { confusion = false, predictions = false, mistakes = 0 } = this.view;
    if (data?.kind !== 'table' || !data.validation || !this.model || !this.trainer) return null;
    const regression = data.shape.task === 'regression';
    const wantConfusion = confusion && !regression;
    const wantPredictions = predictions && regression;
    const wantMistakes = data.image && !regression ? Math.max(0, Math.floor(mistakes)) : 0;
    if (!wantConfusion && !wantPredictions && wantMistakes === 0) return null;
    const viewKey = `${wantConfusion}:${wantPredictions}:${wantMistakes}`;
    const now = this.host.now();
    const stale = this.evaluatedVersion !== this.paramsVersion || this.evaluatedView !== viewKey || !this.evaluation;
    const due = !this.playing || now - this.evaluatedAt >= Math.max(EVALUATION_MIN_INTERVAL_MS, EVALUATION_COST_SHARE * this.evaluationCost);
    if (stale && due) {
      const start = this.host.now();
      this.evaluation = evaluateTable(this.model, data.validation, data.shape, data.targetScale, {
        confusion: wantConfusion,
        predictions: wantPredictions,
        mistakes: wantMistakes,
      });
      this.evaluation.iteration = this.trainer.iteration;
      this.evaluation.epoch = this.trainer.epoch;
      this.evaluationCost = this.host.now() - start;
      this.evaluatedAt = start;
      this.evaluatedVersion = this.paramsVersion;
      this.evaluatedView = viewKey;
    } else if (stale) {
      // Not due yet: come back for it in a later frame even if training stops meanwhile.
      this.dirty = true;
    }
    const e = this.evaluation;
    if (!e) return null;
    return {
      ...e,
      confusion: e.confusion && e.confusion.slice(),
      predictions: e.predictions && e.predictions.slice(),
      mistakes: e.mistakes && { indices: e.mistakes.indices.slice(), predicted: e.mistakes.predicted.slice(), total: e.mistakes.total },
    };
  }
}

/** Index of the class a row of outputs predicts: the largest softmax unit, or sigmoid >= 0.5. */
function predictedClass(out: Float64Array, row: number, k: number): number {
  if (k === 1) return out[row] >= 0.5 ? 1 : 0;
  let best = 0;
  for (let j = 1; j < k; j++) if (out[row * k + j] > out[row * k + best]) best = j;
  return best;
}

/**
 * One forward pass over the validation rows: the confusion matrix (row = true class), predicted against
 * actual for regression (in the target's units), and the misclassified rows of an image table.
 */
export function evaluateTable(
  model: Model,
  validation: Dataset,
  shape: DataShape,
  targetScale: { mean: number; std: number } | null,
  want: { confusion: boolean; predictions: boolean; mistakes: number },
): TableEvaluation {
  const { n } = validation;
  const d = model.spec.inputs;
  const k = model.outputs;
  const classes = shape.classes;
  const confusion = want.confusion ? new Uint32Array(classes * classes) : null;
  const stride = Math.max(1, n / MAX_PREDICTIONS);
  const pairs = want.predictions ? Math.min(n, MAX_PREDICTIONS) : 0;
  const predictions = want.predictions ? new Float64Array(2 * pairs) : null;
  const wrong: number[] = [];
  const wrongAs: number[] = [];
  let totalWrong = 0;
  const chunk = 256;
  let nextPair = 0;
  const scale = targetScale ?? { mean: 0, std: 1 };
  for (let start = 0; start < n; start += chunk) {
    const m = Math.min(chunk, n - start);
    const out = model.predictBatch(validation.x.subarray(start * d, (start + m) * d), m);
    for (let r = 0; r < m; r++) {
      const row = start + r;
      if (shape.task === 'regression') {
        if (predictions && nextPair < pairs && row === Math.floor(nextPair * stride)) {
          predictions[2 * nextPair] = validation.y[row] * scale.std + scale.mean;
          predictions[2 * nextPair + 1] = out[r] * scale.std + scale.mean;
          nextPair++;
        }
        continue;
      }
      const truth = k === 1 ? (validation.y[row] >= 0.5 ? 1 : 0) : predictedClass(validation.y.subarray(row * k, row * k + k) as Float64Array, 0, k);
      const guess = predictedClass(out, r, k);
      if (confusion) confusion[truth * classes + guess]++;
      if (truth !== guess) {
        totalWrong++;
        if (wrong.length < want.mistakes) {
          wrong.push(row);
          wrongAs.push(guess);
        }
      }
    }
  }
  return {
    iteration: 0,
    epoch: 0,
    n,
    classes,
    confusion,
    predictions,
    mistakes: want.mistakes > 0 ? { indices: Uint32Array.from(wrong), predicted: Uint8Array.from(wrongAs), total: totalWrong } : null,
  };
}
