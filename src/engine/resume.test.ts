// Carrying on exactly: a model file with the optimiser's memory, plus the Trainer's state,
// rebuild a run that continues bit for bit as if it had never stopped.
import { describe, expect, it } from 'vitest';
import { createModel, createRng, createTrainer, modelFromJSON, type CompileOptions, type Dataset, type Dtype, type ModelSpec } from './index.ts';

const SPEC: ModelSpec = {
  inputs: 3,
  layers: [
    { units: 6, activation: 'tanh' },
    { units: 5, activation: 'relu' },
    { units: 3, activation: 'softmax' },
  ],
};
const OPTIMIZERS: [string, CompileOptions][] = [
  ['SGD', { optimizer: 'sgd', learningRate: 0.05 }],
  ['SGD with Nesterov momentum', { optimizer: 'sgd', learningRate: 0.05, momentum: 0.9, nesterov: true }],
  ['RMSprop', { optimizer: 'rmsprop', learningRate: 0.01 }],
  ['Adam', { optimizer: 'adam', learningRate: 0.01, l1: 0.001, l2: 0.001 }],
];

function data(n: number, seed: number): Dataset {
  const rng = createRng(seed);
  const x = Float64Array.from({ length: n * 3 }, () => rng.uniform(-1, 1));
  const y = new Float64Array(n * 3);
  for (let r = 0; r < n; r++) y[r * 3 + (x[r * 3] + x[r * 3 + 1] > 0 ? 0 : x[r * 3 + 2] > 0 ? 1 : 2)] = 1;
  return { x, y, n };
}

const train = data(37, 1);
const validation = data(9, 2);
const options = { batchSize: 8, seed: 7, validation, historyLimit: 4 };

describe.each(['float64', 'float32'] as Dtype[])('resuming (%s)', (dtype) => {
  it.each(OPTIMIZERS)('%s: the model file with optimizer state continues with identical weights', (_, compile) => {
    const model = createModel(SPEC, { seed: 3, dtype }).compile({ ...compile, loss: 'categorical_crossentropy' });
    const x = [
      [0.1, -0.5, 0.9],
      [0.3, 0.2, -0.7],
      [-0.9, 0.4, 0.0],
    ];
    const y = [
      [1, 0, 0],
      [0, 1, 0],
      [0, 0, 1],
    ];
    for (let i = 0; i < 4; i++) model.trainOnBatch(x, y);
    const copy = modelFromJSON(JSON.stringify(model.toJSON({ optimizer: true })), { dtype });
    expect(copy.iterations).toBe(4);
    expect(copy.getOptimizerState()).toEqual(model.getOptimizerState());
    for (let i = 0; i < 5; i++) expect(copy.trainOnBatch(x, y)).toBe(model.trainOnBatch(x, y));
    expect(copy.getParams()).toEqual(model.getParams());
  });

  it.each(OPTIMIZERS)('%s: a Trainer restored mid-epoch from (model file, trainer state) matches one never stopped', (_, compile) => {
    const make = () => createModel(SPEC, { seed: 5, dtype }).compile({ ...compile, loss: 'categorical_crossentropy', metrics: ['accuracy'] });
    const steadyModel = make();
    const interruptedModel = make();
    const steady = createTrainer(steadyModel, train, options);
    const interrupted = createTrainer(interruptedModel, train, options);
    // Stop in the middle of epoch 3, after a lone sample step (so the position is not a batch boundary).
    for (const t of [steady, interrupted]) {
      t.step('epoch');
      t.step('epoch');
      t.step('batch');
      t.step('sample');
    }
    const file = JSON.stringify(interruptedModel.toJSON({ optimizer: true }));
    const state = JSON.stringify(interrupted.getState());

    const model = modelFromJSON(file, { dtype });
    const resumed = createTrainer(model, train, options);
    resumed.restoreState(JSON.parse(state));
    expect(resumed.getState()).toEqual(JSON.parse(state));
    for (let e = 0; e < 6; e++) {
      const a = steady.step('epoch');
      const b = resumed.step('epoch');
      expect(b).toEqual(a);
    }
    expect(model.getParams()).toEqual(steadyModel.getParams());
    expect(resumed.getState()).toEqual(steady.getState());
    expect(resumed.history).toEqual(steady.history);
    expect(resumed.historyStride).toBe(steady.historyStride);
  });
});

describe('trainer state is checked before it is used', () => {
  const model = createModel(SPEC).compile({ loss: 'categorical_crossentropy' });
  const trainer = createTrainer(model, train, options);
  trainer.step('batch');
  const good = trainer.getState();

  it.each([
    [{ ...good, n: 36 }, /^trainerState\.n: was saved for 36 training rows, but this data has 37$/],
    [{ ...good, order: good.order.map(() => 0) }, /^trainerState\.order: must list every training row exactly once$/],
    [{ ...good, position: 37 }, /^trainerState\.position: must be a whole number from 0 to 36, got 37$/],
    [{ ...good, rng: { words: [1, 2, 3], spare: null } }, /^trainerState\.rng: is not a random-number state/],
    [{ ...good, batchSize: '8' }, /^trainerState\.batchSize: must be a whole number of at least 1, got the text "8"$/],
    [{ ...good, seed: 1 }, /^trainerState\.seed: unknown field "seed"/],
  ])('refuses %#', (bad, message) => {
    const fresh = createTrainer(model, train, options);
    const before = fresh.getState();
    expect(() => fresh.restoreState(bad)).toThrow(message);
    expect(fresh.getState()).toEqual(before);
  });

  it('and so are the options', () => {
    expect(() => createTrainer(model, train, { ...options, seed: '7' as never })).toThrow(/^seed: is the text "7", not a finite number$/);
    expect(() => createTrainer(model, train, { ...options, shuffle: 1 as never })).toThrow(/^shuffle: must be true or false, got 1$/);
    expect(() => createTrainer(model, train, { ...options, historyLimit: 0 })).toThrow(/^historyLimit: must be a whole number of at least 1, got 0$/);
  });
});
