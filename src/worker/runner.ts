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
  splitTrainValidation,
  type Dataset,
  type Model,
  type Points2D,
  type CompileOptions,
  type Trainer,
} from '../engine/index.ts';
import {
  modelSpecOf,
  taskOf,
  type Command,
  type FrameMessage,
  type PlaygroundConfig,
  type Speed,
  type ViewRequest,
  type WorkerMessage,
} from './protocol.ts';

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

const dataKey = (c: PlaygroundConfig) => JSON.stringify([c.dataset, c.noise, c.validationSplit, c.samples, c.classes, c.seed]);
const modelKey = (c: PlaygroundConfig) => JSON.stringify([modelSpecOf(c), c.features, c.initializer, c.seed]);

export class PlaygroundRunner {
  private config: PlaygroundConfig | null = null;
  private runId = 0;
  private points: { train: Points2D; validation: Points2D } | null = null;
  private model: Model | null = null;
  private trainer: Trainer | null = null;
  private playing = false;
  private speed: Speed = 5;
  private view: ViewRequest = { outputGrid: 64, neuronGrid: 24 };
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
    try {
      switch (cmd.type) {
        case 'configure':
          this.configure(cmd.runId, cmd.config);
          break;
        case 'view':
          this.view = cmd.view;
          this.dirty = true;
          break;
        case 'play':
          if (this.trainer && !this.trainer.diverged) {
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
          if (this.trainer) {
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
          this.dirty = true;
          break;
        case 'setParams':
          this.model?.setParams(cmd.params);
          this.dirty = true;
          break;
        case 'trainSample':
          this.model?.trainOnBatch([cmd.x], [cmd.y]);
          this.dirty = true;
          break;
        case 'ack':
          this.inFlight = false;
          break;
      }
    } catch (e) {
      this.playing = false;
      this.host.post({ type: 'error', runId: this.runId, message: e instanceof EngineError ? e.message : String(e) }, []);
    }
    this.sendFrameIfReady();
  }

  private configure(runId: number, next: PlaygroundConfig): void {
    const prev = this.config;
    const dataChanged = !prev || dataKey(prev) !== dataKey(next);
    const modelChanged = dataChanged || modelKey(prev) !== modelKey(next);
    // Build the new pieces first and commit them together, so a setup the engine rejects
    // leaves the previous one running untouched.
    const points = dataChanged ? this.generate(next) : this.points!;
    let model = this.model!;
    let trainer = this.trainer!;
    if (modelChanged) {
      model = this.createCompiledModel(next);
      trainer = this.createTrainerFor(model, points, next);
    } else {
      model.compile(this.compileOptions(next));
      if (prev!.loss !== next.loss) trainer = this.createTrainerFor(model, points, next); // a new loss starts a new log; the weights stay
      else trainer.setBatchSize(next.batchSize);
    }
    this.runId = runId;
    this.config = next;
    this.points = points;
    this.model = model;
    this.trainer = trainer;
    this.historySent = 0;
    this.dirty = true;
    if (dataChanged) {
      this.host.post(
        {
          type: 'data',
          runId,
          task: points.train.task,
          classes: points.train.classes,
          trainX: points.train.x.slice(),
          trainY: points.train.y.slice(),
          validationX: points.validation.x.slice(),
          validationY: points.validation.y.slice(),
        },
        [],
      );
    }
  }

  /** New weights from the seed; data and settings stay. */
  private reset(): void {
    if (!this.config || !this.points) return;
    this.model = this.createCompiledModel(this.config);
    this.trainer = this.createTrainerFor(this.model, this.points, this.config);
    this.playing = false;
    this.historySent = 0;
    this.dirty = true;
  }

  private generate(c: PlaygroundConfig): { train: Points2D; validation: Points2D } {
    const all = generate2D({ name: c.dataset, numSamples: c.samples, noise: c.noise, seed: c.seed, classes: c.classes });
    return splitTrainValidation(all, c.validationSplit, c.seed + 1);
  }

  private compileOptions(c: PlaygroundConfig): CompileOptions {
    return {
      optimizer: c.optimizer,
      learningRate: c.learningRate,
      momentum: c.optimizer === 'sgd' ? c.momentum : 0,
      loss: c.loss,
      metrics: taskOf(c.dataset) === 'regression' ? [] : ['accuracy'],
      l1: c.regularization === 'l1' ? c.regularizationRate : 0,
      l2: c.regularization === 'l2' ? c.regularizationRate : 0,
    };
  }

  private createCompiledModel(c: PlaygroundConfig): Model {
    return createModel(modelSpecOf(c), { seed: c.seed, initializer: c.initializer }).compile(this.compileOptions(c));
  }

  private createTrainerFor(model: Model, points: { train: Points2D; validation: Points2D }, c: PlaygroundConfig): Trainer {
    const toDataset = (p: Points2D): Dataset => ({
      x: applyFeatures(p.x, p.n, c.features),
      y: p.task === 'multiclass' ? oneHot(p.y, p.classes) : Float64Array.from(p.y),
      n: p.n,
    });
    return createTrainer(model, toDataset(points.train), {
      batchSize: c.batchSize,
      seed: c.seed,
      validation: points.validation.n > 0 ? toDataset(points.validation) : null,
      historyLimit: HISTORY_LIMIT,
    });
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
    if (!this.playing || !trainer) return;
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
    if (this.inFlight || !this.dirty || !this.model || !this.trainer || !this.config) return;
    const { model, trainer } = this;
    const { outputGrid: og, neuronGrid: ng } = this.view;
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
      diverged: trainer.diverged,
    };
    this.historySent = trainer.history.length;
    this.inFlight = true;
    this.dirty = false;
    this.host.post(frame, [frame.params.buffer, outputGrid.buffer, neuronGrids.buffer, ...(frame.optimizer?.slots.flat().map((a) => a.buffer) ?? [])]);
  }
}
