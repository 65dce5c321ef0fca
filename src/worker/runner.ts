// What the training worker does, free of worker globals so it can be tested in Node.
// It owns the data and the model, trains between frames, and sends at most one frame at a time.
// Data building lives in runData.ts, model and trainer creation in modelLifecycle.ts, frames in frame.ts.
import { EngineError, type Model, type Trainer } from '../engine/index.ts';
import { fitEnd } from '../setup/fit.ts';
import { isTableSource } from '../setup/catalogue.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import { PLANE_GRID } from '../setup/limits.ts';
import type { TableData } from '../setup/tableData.ts';
import { batchesPerSecond, type Speed } from '../setup/config.ts';
import { FrameBuilder } from './frame.ts';
import { applyCheckpoint, carryProgress, createCompiledModel, createTrainerFor, planEdit, sameSpec, type Mark } from './modelLifecycle.ts';
import { inputNamesOf } from './edits.ts';
import { TrainingAdvisor, type AdviceContext } from './advice.ts';
import type { Command, CurrentMetrics, TrainingCheckpoint, ViewRequest, WorkerMessage } from './protocol.ts';
import { measureNow } from './currentMetrics.ts';
import { dataKeyOf, dataMessage, makeData, shapeFor, tableFits, type RunData } from './runData.ts';

export interface RunnerHost {
  post(msg: WorkerMessage, transfer: Transferable[]): void;
  /** Run fn soon, after pending messages have been handled. */
  schedule(fn: () => void, delayMs: number): void;
  now(): number;
}

/** At full speed, train this long between chances to handle messages and send a frame. */
const SLICE_MS = 12;
/** While training, a frame carries a checkpoint (the optimiser's memory besides the weights) this often. */
const CHECKPOINT_EVERY_MS = 1000;

export class PlaygroundRunner {
  private config: PlaygroundConfig | null = null;
  private runId = 0;
  private data: RunData | null = null;
  private dataKey = '';
  /** What each input means, for carrying weights across an edit of the features or the data. */
  private inputNames: string[] = [];
  /** Epochs where the network or its training changed, marked on the curves. */
  private marks: Mark[] = [];
  /** The latest table the page sent. */
  private table: TableData | null = null;
  /** A setup that names a table which has not arrived yet (or not with its split and seed): it waits for it. */
  private pending: { runId: number; config: PlaygroundConfig; resume: TrainingCheckpoint | null } | null = null;
  /** Why the last setup was refused, said again if Play or a step finds nothing to train. */
  private refusal: { runId: number; message: string } | null = null;
  /** Steps and resets pressed while a setup waits for its table: carried out in order once it is here. */
  private deferred: Extract<Command, { type: 'step' | 'reset' }>[] = [];
  /** Bumped whenever the weights change other than by training (typed, set, a new model), so a stale evaluation is known. */
  private editsVersion = 0;
  /** The current weights' metrics, measured after a change that left the last epoch's row about another model; null once an epoch ends. */
  private current: CurrentMetrics | null = null;
  private measurements = 0;
  private model: Model | null = null;
  private trainer: Trainer | null = null;
  private playing = false;
  /** The epoch Play was pressed at: the fit stops at fitEnd(fitStart, epochs). */
  private fitStart = 0;
  private speed: Speed = 5;
  private view: ViewRequest = { outputGrid: PLANE_GRID.output, neuronGrid: PLANE_GRID.neuron };
  private inFlight = false;
  private dirty = false;
  private loopScheduled = false;
  private lastTick = 0;
  private batchesOwed = 0;
  private checkpointAt = -Infinity;

  private readonly frames: FrameBuilder;
  /** Watches for training that is not learning, and says what would help. */
  private readonly advisor = new TrainingAdvisor();

  constructor(private readonly host: RunnerHost) {
    this.frames = new FrameBuilder(() => host.now());
  }

  handle(cmd: Command): void {
    // A rejected setup is reported under its own run id, so the page does not take the report for a stale one.
    const errorRunId = cmd.type === 'configure' ? cmd.runId : (this.pending?.runId ?? (this.trainer ? this.runId : (this.refusal?.runId ?? this.runId)));
    try {
      switch (cmd.type) {
        case 'configure':
          this.configure(cmd.runId, cmd.config, cmd.resume ?? null);
          // A setup that runs at once replaced the one that waited: what was pressed for that one is dropped.
          if (!this.pending) this.deferred = [];
          break;
        case 'view':
          this.view = cmd.view;
          this.dirty = true;
          break;
        case 'tableData':
          this.receiveTable(cmd.data);
          break;
        case 'play':
          this.fitStart = this.trainer?.epoch ?? 0;
          if (this.pending) {
            this.playing = true;
          } else if (!this.trainable().diverged) {
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
          if (this.pending) {
            this.deferred.push(cmd);
          } else {
            for (const log of this.trainable().step(cmd.grain).epochs) this.epochEnded(log.epoch, log.loss);
            this.afterTraining();
          }
          break;
        case 'reset':
          if (this.pending) this.deferred.push(cmd);
          else this.reset();
          break;
        case 'speed':
          this.speed = cmd.speed;
          this.batchesOwed = 0;
          break;
        case 'setParam':
          this.setParam(cmd);
          this.weightsEdited();
          break;
        case 'setParams':
          this.model?.setParams(cmd.params);
          this.restartAdvice();
          this.weightsEdited();
          break;
        case 'trainSample':
          this.model?.trainOnBatch([cmd.x], [cmd.y]);
          this.weightsEdited();
          break;
        case 'trainSamples':
          // One command, so no frame shows a round half done (A stepped, B not yet).
          for (let r = 0; r < cmd.rounds; r++) for (const s of cmd.samples) this.model?.trainOnBatch([s.x], [s.y]);
          this.weightsEdited();
          break;
        case 'ack':
          this.inFlight = false;
          break;
        case 'ping':
          this.host.post({ type: 'pong', runId: this.runId }, []);
          break;
      }
    } catch (e) {
      this.playing = false;
      const message = e instanceof EngineError ? e.message : String(e);
      if (cmd.type === 'configure') this.refusal = { runId: cmd.runId, message };
      this.host.post({ type: 'error', runId: errorRunId, message }, []);
    }
    this.sendFrameIfReady();
  }

  private configure(runId: number, next: PlaygroundConfig, resume: TrainingCheckpoint | null, newFile = false): void {
    if (isTableSource(next.dataset) && !tableFits(this.table, next)) {
      // The page is still loading or preparing this table; the setup waits for it, and nothing trains meanwhile.
      this.pending = { runId, config: next, resume };
      return;
    }
    this.pending = null;
    const prev = this.config;
    const shape = shapeFor(next, this.table);
    const nextDataKey = dataKeyOf(next, this.table);
    const nextInputs = inputNamesOf(next, this.table);
    const dataChanged = !prev || this.dataKey !== nextDataKey;
    // Build the new pieces first and commit them together, so a setup the engine rejects
    // leaves the previous one running untouched.
    const data = dataChanged ? makeData(next, this.table) : this.data!;
    const edit = planEdit({ config: prev, model: this.model, trainer: this.trainer, inputs: this.inputNames, marks: this.marks }, next, shape, nextInputs, newFile);
    const model = edit.model;
    let trainer = this.trainer!;
    if (edit.fresh) {
      trainer = createTrainerFor(model, data, next);
    } else if (dataChanged || model !== this.model) {
      trainer = createTrainerFor(model, data, next);
      carryProgress(this.trainer!, trainer, !dataChanged, next.batchSize);
    } else {
      trainer.setBatchSize(next.batchSize);
    }
    // Another loss or penalty changes the numbers of the same weights on the same rows.
    const scored = (c: PlaygroundConfig | null) => c && JSON.stringify([c.loss, c.regularization, c.regularizationRate]);
    const rescore = dataChanged || model !== this.model || scored(prev) !== scored(next);
    this.marks = edit.marks;
    this.inputNames = nextInputs;
    this.runId = runId;
    this.config = next;
    this.data = data;
    this.dataKey = nextDataKey;
    this.model = model;
    this.trainer = trainer;
    this.frames.resendHistory();
    this.restartAdvice();
    this.paramsChanged();
    if (rescore) this.measure();
    if (dataChanged) this.host.post(dataMessage(runId, shape, data), []);
    if (edit.reason) this.host.post({ type: 'notice', runId, text: `Fresh weights: ${edit.reason}, so training starts again from epoch 0.` }, []);
    if (resume) this.resume(resume);
    if (this.playing) this.startLoop();
  }

  /** Goes on from a checkpoint of the model just built, and says how it went. */
  private resume(checkpoint: TrainingCheckpoint): void {
    const { model, trainer, runId } = this;
    if (!model || !trainer) return;
    if (!sameSpec(model.spec, checkpoint.spec) || model.getParams().length !== checkpoint.params.length) {
      this.host.post({ type: 'restored', runId, epoch: null, note: 'the network is not the one the checkpoint was taken from' }, []);
      return;
    }
    const note = applyCheckpoint(model, trainer, checkpoint, this.config!.batchSize);
    this.marks = (checkpoint.marks ?? []).map((m) => ({ ...m, from: null }));
    this.restartAdvice();
    this.paramsChanged();
    // The log still describes these weights unless it has no row for this epoch (a link's weights) or
    // the network was edited since that row was written (a mark at this epoch).
    const logged = trainer.history.at(-1)?.epoch === trainer.epoch && this.marks.at(-1)?.epoch !== trainer.epoch;
    if (logged) this.current = null;
    else this.measure();
    this.host.post({ type: 'restored', runId, epoch: checkpoint.epoch, note }, []);
  }

  /** A new table from the page: used at once if a waiting setup (or the current one) names it. */
  private receiveTable(table: TableData): void {
    this.table = table;
    if (this.pending && tableFits(table, this.pending.config)) {
      this.configure(this.pending.runId, this.pending.config, this.pending.resume);
      for (const cmd of this.deferred.splice(0)) this.handle(cmd);
    } else if (!this.pending && this.config?.dataset === table.source && dataKeyOf(this.config, this.table) !== this.dataKey) {
      // Another file for the same setup (a CSV imported again): new data, new weights, same run. If it
      // does not fit the setup (another task), the setup that fits it is on its way: wait for it.
      this.configure(this.runId, this.config, null, true);
    }
  }

  /** The trainer; none means no setup was ever accepted, and the page must not wait on Pause for nothing. */
  private trainable(): Trainer {
    if (!this.trainer) throw new EngineError(this.refusal?.message ?? 'there is no network to train yet');
    return this.trainer;
  }

  /** New weights from the seed; data and settings stay. */
  private reset(): void {
    if (!this.config || !this.data) return;
    const shape = shapeFor(this.config, this.table);
    this.model = createCompiledModel(this.config, shape);
    this.trainer = createTrainerFor(this.model, this.data, this.config);
    this.marks = [];
    this.playing = false;
    this.frames.resendHistory();
    this.restartAdvice();
    this.weightsEdited();
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
    const rate = batchesPerSecond(this.speed, trainer.batchesPerEpoch);
    const until = now + SLICE_MS;
    // New weights since Play (a new network) start their count at 0.
    const stop = fitEnd(Math.min(this.fitStart, trainer.epoch), this.config!.epochs);
    const more = () => !trainer.diverged && trainer.epoch < stop;
    if (rate === Infinity) {
      while (more() && this.host.now() < until) this.trainBatch(trainer);
    } else {
      // Owed batches are paid within a slice too, so a pace the model cannot keep never blocks 'pause'.
      this.batchesOwed = Math.min(this.batchesOwed + ((now - this.lastTick) / 1000) * rate, rate);
      for (; this.batchesOwed >= 1 && more() && this.host.now() < until; this.batchesOwed--) this.trainBatch(trainer);
    }
    // The fit is done exactly at its last epoch, whatever the speed.
    if (trainer.epoch >= stop) this.playing = false;
    this.lastTick = now;
    this.afterTraining();
    this.sendFrameIfReady();
    if (this.playing) {
      this.loopScheduled = true;
      this.host.schedule(this.tick, rate === Infinity ? 0 : 16);
    }
  };

  /** One batch; at the end of an epoch a table's evaluation may be taken on exactly these weights. */
  private trainBatch(trainer: Trainer): void {
    const { epochs } = trainer.step('batch');
    if (epochs.length > 0 && this.model && this.config) {
      this.frames.evaluateAtEpochEnd({ ...this.frameSource(), checkpoint: false });
      this.epochEnded(epochs[0].epoch, epochs[0].loss);
    }
  }

  private afterTraining(edited = false): void {
    if (this.trainer?.diverged) {
      this.playing = false;
      this.advisor.diverged(this.adviceContext());
    }
    this.paramsChanged(edited);
  }

  private epochEnded(epoch: number, loss: number): void {
    // The epoch's row (a thinned log may skip it) is about the weights as they are now.
    if (this.trainer?.history.at(-1)?.epoch === epoch) this.current = null;
    if (this.advisor.epochEnded(epoch, loss, this.adviceContext())) this.dirty = true;
  }

  /** Training starts again from the weights as they are now, at the current rate. */
  private restartAdvice(): void {
    if (this.model && this.trainer) this.advisor.restart(this.model, this.trainer.train);
  }

  private setParam(cmd: Extract<Command, { type: 'setParam' }>): void {
    const { model, trainer } = this;
    if (!model || !trainer) return;
    // Read before the change (optional chains: a wrong index is refused by setParam with its own message).
    const kernelOrBias = model.getWeights()[2 * cmd.layer + (cmd.input < 0 ? 1 : 0)];
    const previous = cmd.input < 0 ? (kernelOrBias as number[] | undefined)?.[cmd.unit] : (kernelOrBias as number[][] | undefined)?.[cmd.input]?.[cmd.unit];
    model.setParam(cmd.layer, cmd.unit, cmd.input, cmd.value);
    this.advisor.weightTyped({ layer: cmd.layer, unit: cmd.unit, input: cmd.input, value: cmd.value, previous: previous ?? 0, epoch: trainer.epoch }, model.getParams());
  }

  private adviceContext(): AdviceContext {
    const c = this.config!;
    const shape = shapeFor(c, this.table);
    return {
      spec: this.model!.spec,
      optimizer: c.optimizer,
      learningRate: c.learningRate,
      batchSize: c.batchSize,
      seed: c.seed,
      build: (rate) => createCompiledModel({ ...c, learningRate: rate }, shape),
      train: this.trainer!.train,
      inputNames: this.inputNames,
      now: () => this.host.now(),
    };
  }

  private frameSource() {
    return {
      runId: this.runId,
      config: this.config!,
      model: this.model!,
      trainer: this.trainer!,
      data: this.data,
      view: this.view,
      playing: this.playing,
      weightsKey: `${this.editsVersion}:${this.trainer!.iteration}`,
      marks: this.marks.map(({ epoch, label }) => ({ epoch, label })),
      advice: this.advisor.advice,
      current: this.current,
    };
  }

  /** The weights changed other than by training: the page gets their numbers in the next frame. */
  private weightsEdited(): void {
    this.paramsChanged();
    this.measure();
  }

  /** Measures the current weights now (or marks the numbers stale, above the budget); once per change, never per frame. */
  private measure(): void {
    if (!this.model || !this.trainer) return;
    this.current = measureNow(this.model, this.trainer, ++this.measurements);
    this.dirty = true;
  }

  private paramsChanged(edited = true): void {
    if (edited) this.editsVersion++;
    this.dirty = true;
  }

  private sendFrameIfReady(): void {
    if (this.inFlight || !this.dirty || !this.model || !this.trainer || !this.config || this.pending) return;
    const now = this.host.now();
    const checkpoint = !this.playing || now - this.checkpointAt >= CHECKPOINT_EVERY_MS;
    if (checkpoint) this.checkpointAt = now;
    const { frame, transfer } = this.frames.build({ ...this.frameSource(), checkpoint });
    this.inFlight = true;
    this.dirty = false;
    this.host.post(frame, transfer);
  }
}
