import { beforeEach, describe, expect, it } from 'vitest';
import { configOf, selectTask, useConfigStore } from './configStore.ts';
import { DEFAULT_CONFIG } from '../setup/defaults.ts';

const store = () => useConfigStore.getState();

beforeEach(() => {
  store().replaceConfig(structuredClone(DEFAULT_CONFIG));
  useConfigStore.setState({ savedSetups: {}, csvShape: null });
});

describe('config store', () => {
  it('starts from the default setup', () => {
    expect(configOf(store())).toEqual(DEFAULT_CONFIG);
  });

  it('switches the loss to the new task default only when the old one does not fit', () => {
    store().setDataset('blobs');
    expect(store().loss).toBe('categorical_crossentropy');
    store().setLoss('mse');
    store().setDataset('plane');
    expect(store().loss).toBe('mse');
    store().setDataset('xor');
    expect(store().loss).toBe('mse');
  });

  it('turns a two-class plane into a regression on its label, and back, the loss following', () => {
    store().setProblem('regression');
    expect(selectTask(store())).toBe('regression');
    expect(store().loss).toBe('mse');
    // Several classes have no order to regress on: blobs stay a classification, whatever was asked.
    store().setDataset('blobs');
    expect(selectTask(store())).toBe('multiclass');
    store().setDataset('circle');
    expect(selectTask(store())).toBe('regression');
    store().setProblem('classification');
    expect(selectTask(store())).toBe('binary');
    expect(store().loss).toBe('binary_crossentropy');
  });

  it('refuses a loss that does not fit the task', () => {
    store().setDataset('plane');
    store().setLoss('binary_crossentropy');
    expect(store().loss).toBe('mse');
  });

  it('keeps numbers in range and ignores non-numbers', () => {
    store().setNoise(80);
    store().setValidationSplit(-0.2);
    store().setEpochs(0);
    store().setBatchSize(7.4);
    store().setLearningRate(NaN);
    store().setSamples(Infinity);
    expect(store()).toMatchObject({ noise: 50, validationSplit: 0, batchSize: 7, learningRate: 0.01, samples: 500, epochs: 1 });
    store().setEpochs(null);
    expect(store().epochs).toBe(null);
  });

  it('keeps features in canonical order and never removes the last one', () => {
    store().toggleFeature('sinx1');
    store().toggleFeature('x1sq');
    expect(store().features).toEqual(['x1', 'x2', 'x1sq', 'sinx1']);
    for (const f of ['x1', 'x2', 'x1sq', 'sinx1'] as const) store().toggleFeature(f);
    expect(store().features).toEqual(['sinx1']);
  });

  it('adds layers shaped like the last one, within the limits', () => {
    store().addLayer();
    expect(store().hidden.at(-1)).toEqual({ units: 2, activation: 'tanh' });
    for (let i = 0; i < 10; i++) store().addLayer();
    expect(store().hidden).toHaveLength(8);
    for (let i = 0; i < 10; i++) store().removeLayer();
    expect(store().hidden).toEqual([]);
    store().addLayer();
    expect(store().hidden).toEqual([{ units: 4, activation: 'tanh' }]);
  });

  it('clamps neurons per layer and changes only the named layer', () => {
    store().setUnits(0, 100);
    store().setUnits(1, -5);
    store().setActivation(1, 'relu');
    expect(store().hidden).toEqual([
      { units: 16, activation: 'tanh' },
      { units: 1, activation: 'relu' },
    ]);
  });

  it('regenerates with the next seed', () => {
    store().regenerate();
    expect(store().seed).toBe(2);
  });
});

describe('switching between planes and other data', () => {
  it('sets the digits up as the Keras MNIST example, and gives the plane network back on return', () => {
    store().toggleFeature('sinx1');
    store().setUnits(0, 2);
    const plane = configOf(store());
    store().setDataset('digits');
    expect(store()).toMatchObject({
      dataset: 'digits',
      hidden: [{ units: 128, activation: 'relu' }],
      optimizer: 'adam',
      learningRate: 0.001,
      batchSize: 32,
      validationSplit: 0.2,
      loss: 'categorical_crossentropy',
    });
    expect(store().features).toEqual(plane.features); // kept, unused
    store().setLayerUnits(0, 64);
    store().setDataset('xor');
    expect(configOf(store())).toEqual({ ...plane, dataset: 'xor' });
    store().setDataset('digits');
    expect(store().hidden).toEqual([{ units: 64, activation: 'relu' }]); // what the learner left there
  });

  it('allows wide layers for tables only', () => {
    store().setDataset('iris');
    store().setLayerUnits(0, 1000);
    expect(store().hidden[0].units).toBe(256);
    store().setDataset('circle');
    store().setLayerUnits(0, 1000);
    expect(store().hidden[0].units).toBe(16);
  });

  it('switches to a prepared CSV with its task and chosen split', () => {
    store().useCsv({ inputs: 8, task: 'regression', classes: 0 }, 0.3, 'last');
    expect(store()).toMatchObject({ dataset: 'csv', validationSplit: 0.3, loss: 'mse', csvShape: { inputs: 8, task: 'regression' } });
    expect(selectTask(store())).toBe('regression');
    store().setLoss('binary_crossentropy');
    expect(store().loss).toBe('mse');
    store().useCsv({ inputs: 8, task: 'binary', classes: 2 }, 0.2, 'last');
    expect(store()).toMatchObject({ loss: 'binary_crossentropy', validationSplit: 0.2 });
  });
});

describe('a page opened on a table', () => {
  it('goes to a plane with the default plane network, not the table one clamped', () => {
    store().replaceConfig({ ...structuredClone(DEFAULT_CONFIG), dataset: 'digits', hidden: [{ units: 128, activation: 'relu' }], learningRate: 0.001, batchSize: 32 });
    store().setDataset('moons');
    expect(configOf(store())).toEqual({ ...DEFAULT_CONFIG, dataset: 'moons' });
  });
});
