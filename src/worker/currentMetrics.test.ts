// After a change, the metrics the worker sends describe the model as it is now: the next frame's
// numbers equal an evaluation of its own weights on the run's rows, made here with the engine alone.
import { describe, expect, it } from 'vitest';
import { applyFeatures, createModel, generate2D, splitTrainValidation, type EpochLog, type Points2D } from '../engine/index.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import { DEFAULT_CONFIG } from '../setup/defaults.ts';
import { compileOptionsOf } from '../setup/rules.ts';
import type { FrameMessage, TrainingCheckpoint, WorkerMessage } from './protocol.ts';
import { PlaygroundRunner } from './runner.ts';

/** The default setup, smaller and without an end, at a rate that moves in a few batches. */
const base: PlaygroundConfig = { ...DEFAULT_CONFIG, samples: 300, learningRate: 0.03, epochs: null, hidden: [{ units: 4, activation: 'tanh' }] };

function harness() {
  const sent: WorkerMessage[] = [];
  let clock = 0;
  const runner = new PlaygroundRunner({ post: (msg) => sent.push(msg), schedule: () => {}, now: () => (clock += 1) });
  const frames = () => sent.filter((m): m is FrameMessage => m.type === 'frame');
  /** Sends a command, acks the frame in flight, and returns the newest frame. */
  const then = (cmd: Parameters<PlaygroundRunner['handle']>[0]): FrameMessage => {
    runner.handle(cmd);
    runner.handle({ type: 'ack' });
    return frames().at(-1)!;
  };
  return { runner, frames, then };
}

/** A two-class plane's metrics for a frame's weights, straight from the engine: the rows built from the setup as the page describes them. */
function independently(c: PlaygroundConfig, frame: FrameMessage): EpochLog {
  const all = generate2D({ name: c.dataset as 'circle', numSamples: c.samples, noise: c.noise, seed: c.seed, classes: c.classes });
  const { train, validation } = splitTrainValidation(all, c.validationSplit, c.seed + 1);
  const model = createModel(frame.spec).compile(compileOptionsOf(c, 'binary'));
  model.setParams(frame.params);
  const rows = (p: Points2D) => model.evaluateBatch(applyFeatures(p.x, p.n, c.features), Float64Array.from(p.y), p.n);
  const t = rows(train);
  const v = rows(validation);
  return { epoch: frame.epoch, loss: t.loss, penalty: t.penalty, accuracy: t.accuracy, val_loss: v.loss, val_accuracy: v.accuracy };
}

function expectMetrics(actual: EpochLog | null | undefined, expected: EpochLog): void {
  expect(actual).not.toBeNull();
  for (const key of ['loss', 'penalty', 'accuracy', 'val_loss', 'val_accuracy'] as const) expect(actual![key], key).toBeCloseTo(expected[key], 12);
}

describe('the metrics of the model on screen', () => {
  it('a new data set: the next frame measures the trained weights on the new rows, with no new row on the curves', () => {
    const { runner, then } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    then({ type: 'step', grain: 'epoch' });
    const trained = then({ type: 'step', grain: 'epoch' });
    expect(trained.current).toBeNull();
    const circleRow = trained.history.at(-1)!;

    const xor = { ...base, dataset: 'xor' } as const;
    const after = then({ type: 'configure', runId: 2, config: xor });
    expect(after.epoch).toBe(2);
    expect(after.current).toMatchObject({ epoch: 2, batchInEpoch: 0, batchesPerEpoch: 15 });
    expectMetrics(after.current?.metrics, independently(xor, after));
    expect(after.current!.metrics!.val_accuracy).not.toBeCloseTo(circleRow.val_accuracy, 6);
    // The log is the same two epochs: a measurement is not an epoch.
    expect(after.history.map((r) => r.epoch)).toEqual([1, 2]);

    // Once an epoch ends, its row is about the model as it is: the measurement is dropped.
    const next = then({ type: 'step', grain: 'epoch' });
    expect(next.current).toBeNull();
    expect(next.history.at(-1)!.epoch).toBe(3);
  });

  it('a typed weight, an added neuron, another activation and another noise are each measured at once', () => {
    const { runner, then } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    const before = then({ type: 'step', grain: 'epoch' });
    const typed = then({ type: 'setParam', layer: 0, unit: 0, input: 0, value: 5 });
    expectMetrics(typed.current?.metrics, independently(base, typed));
    expect(typed.current!.metrics!.loss).not.toBeCloseTo(before.history.at(-1)!.loss, 6);

    const wider = { ...base, hidden: [{ units: 5, activation: 'tanh' as const }] };
    const added = then({ type: 'configure', runId: 2, config: wider });
    expect(added.params.length).toBe(2 * 5 + 5 + 5 + 1);
    expectMetrics(added.current?.metrics, independently(wider, added));

    const relu = { ...wider, hidden: [{ units: 5, activation: 'relu' as const }] };
    const switched = then({ type: 'configure', runId: 3, config: relu });
    expectMetrics(switched.current?.metrics, independently(relu, switched));
    expect(switched.current!.version).toBeGreaterThan(added.current!.version);

    const noisy = { ...relu, noise: 40 };
    const noisier = then({ type: 'configure', runId: 4, config: noisy });
    expectMetrics(noisier.current?.metrics, independently(noisy, noisier));
  });

  it('a learning-rate change leaves the numbers to the epoch row, which still describes the weights', () => {
    const { runner, then } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    then({ type: 'step', grain: 'epoch' });
    expect(then({ type: 'configure', runId: 2, config: { ...base, learningRate: 0.1 } }).current).toBeNull();
    // Another loss scores the same weights differently.
    const mse = { ...base, learningRate: 0.1, loss: 'mse' as const };
    expect(then({ type: 'configure', runId: 3, config: mse }).current?.metrics?.loss).toBeGreaterThan(0);
  });

  it('new weights (a reset) are measured before any training', () => {
    const { runner, then } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    then({ type: 'step', grain: 'epoch' });
    const fresh = then({ type: 'reset' });
    expect(fresh.epoch).toBe(0);
    expect(fresh.historyFrom).toBe(0);
    expect(fresh.history).toEqual([]);
    expect(fresh.current).toMatchObject({ epoch: 0, batchInEpoch: 0 });
    expectMetrics(fresh.current?.metrics, independently(base, fresh));
  });

  it("a link's trained weights (an epoch, no log) are measured; a restored log that covers its epoch is shown as it is", () => {
    const trained = harness();
    trained.runner.handle({ type: 'configure', runId: 1, config: base });
    trained.then({ type: 'step', grain: 'epoch' });
    trained.then({ type: 'step', grain: 'epoch' });
    const source = trained.then({ type: 'step', grain: 'epoch' });
    const link: TrainingCheckpoint = { spec: source.spec, params: source.params.slice(), optimizer: null, epoch: 3, iteration: 0, history: [], historyStride: 1, trainer: null };

    const { runner, frames } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base, resume: link });
    const opened = frames().at(-1)!;
    expect(opened.epoch).toBe(3);
    expectMetrics(opened.current?.metrics, independently(base, opened));

    const reload = harness();
    const withLog = { ...link, history: trained.frames().flatMap((f) => f.history), trainer: source.checkpoint!.trainer };
    reload.runner.handle({ type: 'configure', runId: 1, config: base, resume: withLog });
    expect(reload.frames().at(-1)!.current).toBeNull();
  });

  it('above the budget (1,000 rows x 14,218 parameters) the numbers are marked stale, not measured', () => {
    const { runner, then } = harness();
    const noise: PlaygroundConfig = {
      ...base,
      dataset: 'noise',
      samples: 1000,
      validationSplit: 0.2,
      hidden: [{ units: 128, activation: 'relu' }],
      loss: 'categorical_crossentropy',
      batchSize: 32,
    };
    runner.handle({ type: 'configure', runId: 1, config: noise });
    const trained = then({ type: 'step', grain: 'epoch' });
    expect(trained.history).toHaveLength(1);
    const typed = then({ type: 'setParam', layer: 0, unit: 0, input: 0, value: 3 });
    expect(typed.current).toMatchObject({ epoch: 1, batchInEpoch: 0, metrics: null });
    expect(then({ type: 'step', grain: 'epoch' }).current).toBeNull();
  });
});
