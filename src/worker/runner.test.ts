// The worker's behaviour, driven through its message contract with a fake host.
import { describe, expect, it } from 'vitest';
import { oneHot } from '../engine/index.ts';
import type { PlaygroundConfig } from '../setup/config.ts';
import { DEFAULT_CONFIG } from '../setup/defaults.ts';
import { tableTransferables, type TableData } from '../setup/tableData.ts';
import type { FrameMessage, WorkerMessage } from './protocol.ts';
import { PlaygroundRunner } from './runner.ts';

/** The default setup, smaller and without an end, at a rate that moves in a few batches. */
const base: PlaygroundConfig = { ...DEFAULT_CONFIG, samples: 300, learningRate: 0.03, epochs: null };

function harness() {
  const sent: WorkerMessage[] = [];
  const queue: (() => void)[] = [];
  let clock = 0;
  const runner = new PlaygroundRunner({
    post: (msg) => sent.push(msg),
    schedule: (fn) => queue.push(fn),
    now: () => (clock += 1),
  });
  const frames = () => sent.filter((m): m is FrameMessage => m.type === 'frame');
  return {
    runner,
    sent,
    frames,
    runQueued: (max: number) => {
      for (let i = 0; i < max && queue.length; i++) queue.shift()!();
    },
  };
}

describe('training worker', () => {
  it('a refused first setup is said again when Play or a step finds nothing to train', () => {
    const { runner, sent, frames } = harness();
    runner.handle({ type: 'configure', runId: 1, config: { ...base, problem: 'regression', loss: 'binary_crossentropy' } });
    const refusal = sent.find((m) => m.type === 'error');
    expect(refusal).toMatchObject({ type: 'error', runId: 1, message: expect.stringMatching(/sigmoid/) });
    for (const cmd of [{ type: 'play' }, { type: 'step', grain: 'epoch' }] as const) {
      const before = sent.length;
      runner.handle(cmd);
      expect(sent.slice(before)).toEqual([refusal]); // the page stops waiting on Pause, and says why again
    }
    expect(frames()).toEqual([]);
  });

  it('sends data and a first frame for a setup, then one frame per ack', () => {
    const { runner, sent, frames } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    expect(sent[0].type).toBe('data');
    expect(frames()).toHaveLength(1);
    const f = frames()[0];
    expect(f.runId).toBe(1);
    expect(f.params.length).toBe(2 * 4 + 4 + 4 * 2 + 2 + 2 * 1 + 1);
    expect(f.outputGrid.length).toBe(64 * 64);
    expect(f.neuronGrids.length).toBe((4 + 2 + 1) * 24 * 24);

    runner.handle({ type: 'step', grain: 'epoch' });
    expect(frames()).toHaveLength(1); // the first frame is still in flight
    runner.handle({ type: 'ack' });
    expect(frames()).toHaveLength(2);
    expect(frames()[1].epoch).toBe(1);
    expect(frames()[1].history).toHaveLength(1);
    expect(frames()[1].history[0].val_accuracy).toBeGreaterThan(0);
  });

  it('trains continuously while playing and reaches 95% validation accuracy on the circle', () => {
    const { runner, frames, runQueued } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    runner.handle({ type: 'play' });
    for (let i = 0; i < 400; i++) {
      runQueued(1);
      runner.handle({ type: 'ack' });
    }
    runner.handle({ type: 'pause' });
    const last = frames().at(-1)!;
    const history = frames().flatMap((f) => f.history);
    expect(last.epoch).toBeGreaterThan(5);
    expect(history.at(-1)!.val_accuracy).toBeGreaterThanOrEqual(0.95);
  });

  it('a typed weight takes effect at once; a learning-rate change keeps the weights', () => {
    const { runner, frames } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    runner.handle({ type: 'setParam', layer: 0, unit: 1, input: 0, value: 2.5 });
    runner.handle({ type: 'ack' });
    const params = frames().at(-1)!.params;
    expect(params[0 * 4 + 1]).toBe(2.5);
    runner.handle({ type: 'configure', runId: 2, config: { ...base, learningRate: 0.001 } });
    runner.handle({ type: 'ack' });
    expect(frames().at(-1)!.params).toEqual(params);
    expect(frames().at(-1)!.runId).toBe(2);
  });

  it('a setup the engine rejects is reported and the previous one keeps running', () => {
    const { runner, sent, frames } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    runner.handle({ type: 'ack' });
    runner.handle({ type: 'configure', runId: 2, config: { ...base, loss: 'categorical_crossentropy' } });
    expect(sent.at(-1)).toMatchObject({ type: 'error', message: expect.stringMatching(/softmax/) });
    runner.handle({ type: 'step', grain: 'batch' });
    expect(frames().at(-1)!.runId).toBe(1);
    expect(frames().at(-1)!.iteration).toBe(1);
  });

  it('divergence pauses training and says so', () => {
    const { runner, frames, runQueued } = harness();
    runner.handle({
      type: 'configure',
      runId: 1,
      config: { ...base, dataset: 'plane', loss: 'mse', optimizer: 'sgd', learningRate: 1e3, hidden: [{ units: 8, activation: 'relu' }] },
    });
    runner.handle({ type: 'play' });
    for (let i = 0; i < 50; i++) {
      runQueued(1);
      runner.handle({ type: 'ack' });
    }
    const last = frames().at(-1)!;
    expect(last.diverged).toMatch(/diverged/);
    expect(last.playing).toBe(false);
  });
});

describe('walkthrough support', () => {
  it('a lesson sets exact weights; one sample step matches the trace preview made from the frame', async () => {
    const { createModel } = await import('../engine/index.ts');
    const { runner, frames } = harness();
    const config: PlaygroundConfig = { ...base, hidden: [{ units: 2, activation: 'tanh' }], optimizer: 'adam', learningRate: 0.1 };
    runner.handle({ type: 'configure', runId: 1, config });
    runner.handle({ type: 'view', view: { outputGrid: 0, neuronGrid: 0, optimizer: true } });
    runner.handle({ type: 'setParams', params: [1, -1, 1, 1, 0, 0, 2, -1, 0] });
    runner.handle({ type: 'trainSample', x: [2, 3], y: [1] }); // warm Adam's memory
    runner.handle({ type: 'ack' });
    const f = frames().at(-1)!;
    // The main thread rebuilds the model from the frame and previews the next step...
    const local = createModel(f.spec).compile({ optimizer: 'adam', learningRate: 0.1, loss: 'binary_crossentropy' });
    local.setParams(f.params);
    local.setOptimizerState(f.optimizer!);
    const preview = local.trace([0.5, -1], [0]).backward!.layers;
    // ...and the worker's real step lands exactly there.
    runner.handle({ type: 'trainSample', x: [0.5, -1], y: [0] });
    runner.handle({ type: 'ack' });
    local.setParams(frames().at(-1)!.params);
    const after = local.getWeights();
    for (const b of preview) {
      expect(after[2 * b.layer]).toEqual(b.newKernel);
      expect(after[2 * b.layer + 1]).toEqual(b.newBias);
    }
  });

  it('many sample steps in one command land in one frame, the same weights as step by step', () => {
    const config: PlaygroundConfig = { ...base, hidden: [], optimizer: 'sgd', learningRate: 0.1 };
    const samples = [
      { x: [1.66, 1.56], y: [1] },
      { x: [2, 1.5], y: [0] },
    ];
    const bulk = harness();
    bulk.runner.handle({ type: 'configure', runId: 1, config });
    bulk.runner.handle({ type: 'ack' });
    const before = bulk.frames().length;
    bulk.runner.handle({ type: 'trainSamples', samples, rounds: 50 });
    bulk.runner.handle({ type: 'ack' });
    // One frame for the 100 steps: none shows a round half done.
    expect(bulk.frames()).toHaveLength(before + 1);
    const single = harness();
    single.runner.handle({ type: 'configure', runId: 1, config });
    for (let r = 0; r < 50; r++) for (const s of samples) single.runner.handle({ type: 'trainSample', ...s });
    single.runner.handle({ type: 'ack' });
    expect(bulk.frames().at(-1)!.params).toEqual(single.frames().at(-1)!.params);
  });
});

describe('data that is not a plane', () => {
  /** A hand-made table: rows of x (n x d) with class labels, as the page would prepare it. */
  function table(over: Partial<TableData> & { xs: number[][]; labels: number[]; validationXs: number[][]; validationLabels: number[] }): TableData {
    const { xs, labels, validationXs, validationLabels, ...rest } = over;
    const classes = rest.classes ?? 3;
    const rows = (x: number[][], y: number[]) => ({ x: Float64Array.from(x.flat()), y: oneHot(y, classes), n: x.length });
    return {
      source: 'iris',
      id: 1,
      validationSplit: 0.5,
      validationRows: 'shuffled',
      seed: 1,
      task: 'multiclass',
      classes,
      classNames: Array.from({ length: classes }, (_, i) => `class ${i}`),
      inputNames: xs[0].map((_, j) => `input ${j + 1}`),
      targetName: 'Class',
      train: rows(xs, labels),
      validation: rows(validationXs, validationLabels),
      targetScale: null,
      ...rest,
    };
  }
  const identity3 = [10, 0, 0, 0, 10, 0, 0, 0, 10, 0, 0, 0]; // kernel 3x3 (10 on the diagonal), bias 0: predicts argmax(x)
  const onehot = (i: number) => [0, 1, 2].map((j) => (j === i ? 1 : 0));
  const tableConfig: PlaygroundConfig = { ...base, dataset: 'iris', hidden: [], loss: 'categorical_crossentropy', validationSplit: 0.5, seed: 1 };
  /** Four training rows of three classes and one validation row. */
  const fourRows = () =>
    table({
      xs: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
        [1, 0, 0],
      ],
      labels: [0, 1, 2, 0],
      validationXs: [[0, 1, 0]],
      validationLabels: [1],
    });

  it('random noise: 100 inputs, 10 classes, made in the worker from the seed, with nothing drawn over a plane', () => {
    const { runner, sent, frames } = harness();
    const config: PlaygroundConfig = {
      ...base,
      dataset: 'noise',
      samples: 200,
      validationSplit: 0.2,
      validationRows: 'shuffled',
      hidden: [{ units: 8, activation: 'relu' }],
      loss: 'categorical_crossentropy',
    };
    runner.handle({ type: 'configure', runId: 1, config });
    expect(sent[0]).toMatchObject({ type: 'data', task: 'multiclass', classes: 10 });
    const f = frames()[0];
    expect(f.spec.inputs).toBe(100);
    expect(f.spec.layers.at(-1)).toEqual({ units: 10, activation: 'softmax' });
    expect(f.params.length).toBe(100 * 8 + 8 + 8 * 10 + 10);
    expect(f.outputGrid.length).toBe(0);
    expect(f.neuronGrids.length).toBe(0);
    expect(f.evaluation ?? null).toBeNull(); // nobody asked for it

    runner.handle({ type: 'view', view: { outputGrid: 64, neuronGrid: 24, confusion: true } });
    runner.handle({ type: 'step', grain: 'epoch' });
    runner.handle({ type: 'ack' });
    const g = frames().at(-1)!;
    expect(g.history[0].epoch).toBe(1);
    expect(g.evaluation!.n).toBe(40);
    expect(g.evaluation!.confusion!.length).toBe(100);
    expect(g.evaluation!.confusion!.reduce((a, b) => a + b, 0)).toBe(40);
    expect(g.evaluation!.epoch).toBe(1);

    // The same seed makes the same noise: a second worker starts from the same first frame.
    const other = harness();
    other.runner.handle({ type: 'configure', runId: 1, config });
    expect(other.frames()[0].params).toEqual(f.params);
  });

  it('a setup naming a table waits quietly for it, then trains on it under its own run id', () => {
    const { runner, sent, frames } = harness();
    runner.handle({ type: 'configure', runId: 1, config: base });
    runner.handle({ type: 'ack' });
    const before = sent.length;
    runner.handle({ type: 'configure', runId: 2, config: tableConfig });
    runner.handle({ type: 'play' });
    runner.handle({ type: 'step', grain: 'epoch' });
    runner.handle({ type: 'ack' });
    expect(sent.slice(before)).toEqual([]); // no error, no frame: it waits

    // A table prepared with another split does not fit the setup either.
    const data = fourRows();
    runner.handle({ type: 'tableData', data: { ...data, validationSplit: 0.3 } });
    expect(sent.slice(before)).toEqual([]);

    runner.handle({ type: 'tableData', data });
    expect(sent[before]).toMatchObject({ type: 'data', runId: 2, task: 'multiclass', classes: 3 });
    const f = frames().at(-1)!;
    expect(f.runId).toBe(2);
    expect(f.spec).toEqual({ inputs: 3, layers: [{ units: 3, activation: 'softmax' }] });
    expect(f.playing).toBe(true); // 'play' while waiting is remembered
    expect(f.epoch).toBe(1); // and so is the epoch stepped while waiting
    runner.handle({ type: 'pause' });
  });

  it('steps and resets pressed while a table is on its way are carried out in order; a setup that runs at once drops them', () => {
    const data = fourRows();
    const config = { ...tableConfig, batchSize: 2 }; // two batches an epoch
    const stepped = harness();
    stepped.runner.handle({ type: 'configure', runId: 1, config });
    stepped.runner.handle({ type: 'step', grain: 'batch' });
    stepped.runner.handle({ type: 'step', grain: 'epoch' });
    stepped.runner.handle({ type: 'tableData', data });
    stepped.runner.handle({ type: 'ack' });
    const f = stepped.frames().at(-1)!;
    expect([f.epoch, f.iteration]).toEqual([1, 2]); // one batch, then the rest of that epoch: in order

    const reset = harness();
    reset.runner.handle({ type: 'configure', runId: 1, config });
    reset.runner.handle({ type: 'step', grain: 'epoch' });
    reset.runner.handle({ type: 'reset' });
    reset.runner.handle({ type: 'tableData', data });
    reset.runner.handle({ type: 'ack' });
    const g = reset.frames().at(-1)!;
    expect([g.epoch, g.iteration]).toEqual([0, 0]);
    const fresh = harness();
    fresh.runner.handle({ type: 'configure', runId: 1, config });
    fresh.runner.handle({ type: 'tableData', data });
    expect(g.params).toEqual(fresh.frames().at(-1)!.params); // the seed's fresh weights

    const switched = harness();
    switched.runner.handle({ type: 'configure', runId: 1, config });
    switched.runner.handle({ type: 'step', grain: 'epoch' });
    switched.runner.handle({ type: 'configure', runId: 2, config: base });
    switched.runner.handle({ type: 'ack' });
    expect(switched.frames().at(-1)!.epoch).toBe(0);
    switched.runner.handle({ type: 'tableData', data });
    switched.runner.handle({ type: 'ack' });
    expect(switched.frames().at(-1)!.epoch).toBe(0);
  });

  it('counts the confusion matrix of the validation rows: row = true class, column = predicted', () => {
    const { runner, frames } = harness();
    // Validation: true classes 0,0,1,1,2,2,2 ; inputs chosen so that the network predicts 0,1,1,1,0,2,2.
    const predicted = [0, 1, 1, 1, 0, 2, 2];
    const truth = [0, 0, 1, 1, 2, 2, 2];
    const data = table({
      xs: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      labels: [0, 1, 2],
      validationXs: predicted.map(onehot),
      validationLabels: truth,
    });
    runner.handle({ type: 'tableData', data });
    runner.handle({ type: 'view', view: { outputGrid: 0, neuronGrid: 0, confusion: true } });
    runner.handle({ type: 'configure', runId: 1, config: tableConfig });
    runner.handle({ type: 'setParams', params: identity3 });
    runner.handle({ type: 'ack' });
    const e = frames().at(-1)!.evaluation!;
    expect(e.classes).toBe(3);
    expect(e.n).toBe(7);
    // prettier-ignore
    expect(Array.from(e.confusion!)).toEqual([1, 1, 0, 0, 2, 0, 1, 0, 2]);
    expect(e.mistakes).toBeNull(); // not an image table
  });

  it('lists the misclassified images, and how many there are', () => {
    const { runner, frames } = harness();
    const predicted = [0, 1, 1, 1, 0, 2, 2];
    const truth = [0, 0, 1, 1, 2, 2, 2];
    const data = table({
      source: 'digits',
      image: { rows: 1, cols: 3 },
      xs: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      labels: [0, 1, 2],
      validationXs: predicted.map(onehot),
      validationLabels: truth,
    });
    runner.handle({ type: 'tableData', data });
    runner.handle({ type: 'view', view: { outputGrid: 0, neuronGrid: 0, mistakes: 1 } });
    runner.handle({ type: 'configure', runId: 1, config: { ...tableConfig, dataset: 'digits' } });
    runner.handle({ type: 'setParams', params: identity3 });
    runner.handle({ type: 'ack' });
    const e = frames().at(-1)!.evaluation!;
    expect(e.confusion).toBeNull(); // not asked
    expect(Array.from(e.mistakes!.indices)).toEqual([1]);
    expect(Array.from(e.mistakes!.predicted)).toEqual([1]);
    expect(e.mistakes!.total).toBe(2);
  });

  it('regression tables: predicted against actual in the target units, from a linear output', () => {
    const { runner, frames } = harness();
    const data: TableData = {
      source: 'csv',
      id: 7,
      validationSplit: 0.5,
      validationRows: 'shuffled',
      seed: 1,
      task: 'regression',
      classes: 0,
      classNames: [],
      inputNames: ['x'],
      targetName: 'price',
      train: { x: Float64Array.from([-1, 0, 1]), y: Float64Array.from([-1, 0, 1]), n: 3 },
      validation: { x: Float64Array.from([0.5, -2]), y: Float64Array.from([1, -1]), n: 2 },
      targetScale: { mean: 10, std: 2 },
    };
    runner.handle({ type: 'tableData', data });
    runner.handle({ type: 'view', view: { outputGrid: 0, neuronGrid: 0, predictions: true, confusion: true } });
    runner.handle({ type: 'configure', runId: 1, config: { ...tableConfig, dataset: 'csv', loss: 'mse' } });
    runner.handle({ type: 'setParams', params: [1, 0] }); // y = x
    runner.handle({ type: 'ack' });
    const f = frames().at(-1)!;
    expect(f.spec.layers).toEqual([{ units: 1, activation: 'linear' }]);
    expect(f.history).toEqual([]);
    // [actual, predicted] in the file's units: standardised value * 2 + 10.
    expect(Array.from(f.evaluation!.predictions!)).toEqual([12, 11, 8, 6]);
    expect(f.evaluation!.confusion).toBeNull(); // regression has none
  });

  it.each(['configure first', 'table first'])('another CSV with another task replaces data, model and weights (%s)', (order) => {
    const { runner, sent, frames } = harness();
    const first = table({
      source: 'csv',
      id: 1,
      xs: [
        [1, 0, 0],
        [0, 1, 0],
        [0, 0, 1],
      ],
      labels: [0, 1, 2],
      validationXs: [[1, 0, 0]],
      validationLabels: [0],
    });
    runner.handle({ type: 'tableData', data: first });
    runner.handle({ type: 'configure', runId: 4, config: { ...tableConfig, dataset: 'csv' } });
    runner.handle({ type: 'step', grain: 'epoch' });
    runner.handle({ type: 'ack' });
    expect(frames().at(-1)!.epoch).toBe(1);
    const second = table({
      source: 'csv',
      id: 2,
      xs: [
        [1, 0],
        [0, 1],
      ],
      labels: [0, 1],
      validationXs: [[1, 0]],
      validationLabels: [0],
      classes: 2,
      task: 'binary',
    });
    second.train.y = Float64Array.from([0, 1]);
    second.validation!.y = Float64Array.from([0]);
    const configure = () => runner.handle({ type: 'configure', runId: 5, config: { ...tableConfig, dataset: 'csv', loss: 'binary_crossentropy' } });
    const send = () => runner.handle({ type: 'tableData', data: second });
    if (order === 'configure first') {
      configure();
      send();
    } else {
      send();
      configure();
    }
    runner.handle({ type: 'ack' });
    expect(sent.filter((m) => m.type === 'error')).toEqual([]);
    const f = frames().at(-1)!;
    expect(f.runId).toBe(5);
    expect(f.epoch).toBe(0);
    expect(f.spec).toEqual({ inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] });
  });

  it('a new file for an unchanged setup is trained at once, under the same run', () => {
    const { runner, frames } = harness();
    const rows = (id: number) =>
      table({
        source: 'csv',
        id,
        xs: [
          [1, 0, 0],
          [0, 1, 0],
          [0, 0, 1],
        ],
        labels: [0, 1, 2],
        validationXs: [[1, 0, 0]],
        validationLabels: [0],
      });
    runner.handle({ type: 'tableData', data: rows(1) });
    runner.handle({ type: 'configure', runId: 3, config: { ...tableConfig, dataset: 'csv' } });
    runner.handle({ type: 'step', grain: 'epoch' });
    runner.handle({ type: 'ack' });
    expect(frames().at(-1)!.epoch).toBe(1);
    runner.handle({ type: 'tableData', data: rows(2) });
    runner.handle({ type: 'ack' });
    expect(frames().at(-1)).toMatchObject({ runId: 3, epoch: 0, iteration: 0 });
  });

  it('lists every array of a table to transfer', () => {
    const data = table({ xs: [[1, 0, 0]], labels: [0], validationXs: [[0, 1, 0]], validationLabels: [1] });
    expect(tableTransferables(data)).toEqual([data.train.x.buffer, data.train.y.buffer, data.validation!.x.buffer, data.validation!.y.buffer]);
  });
});
