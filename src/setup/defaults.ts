// Where a setup starts: the default playground, each dataset's preset, and the hidden activations
// a learner can pick. The config store and the URL decoder both start from these.

import type { ActivationName } from '../engine/types.ts';
import type { Task } from '../engine/datasets/names.ts';
import { isPlane, type DatasetName } from './catalogue.ts';
import { defaultValidationRowsOf, type PlaygroundConfig } from './config.ts';
import { defaultLossOf, lossesFor, taskOf } from './rules.ts';

/**
 * Circle with two small tanh layers, as TensorFlow Playground opens. Adam at 0.01 with batches of 10
 * separates the default circle and xor in well under 20 epochs, yet slowly enough to watch it happen.
 */
export const DEFAULT_CONFIG: PlaygroundConfig = {
  dataset: 'circle',
  noise: 0,
  validationSplit: 0.5,
  validationRows: 'shuffled',
  samples: 500,
  classes: 3,
  problem: 'classification',
  features: ['x1', 'x2'],
  hidden: [
    { units: 4, activation: 'tanh' },
    { units: 2, activation: 'tanh' },
  ],
  loss: 'binary_crossentropy',
  optimizer: 'adam',
  learningRate: 0.01,
  momentum: 0,
  batchSize: 10,
  // Circle and xor are separated in well under 50 epochs; 200 leaves the spirals time to try.
  epochs: 200,
  regularization: 'none',
  regularizationRate: 0,
  initializer: 'glorot_uniform',
  seed: 1,
};

/**
 * The activations a hidden layer may use, in the order the menu lists them: the simplest first, then
 * the classic squashing curves, then the rectifiers. Softmax is left out: it belongs to the output
 * layer, which follows the task on its own.
 */
export const HIDDEN_ACTIVATIONS = ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'softplus'] as const satisfies readonly ActivationName[];
export type HiddenActivation = (typeof HIDDEN_ACTIVATIONS)[number];

export const DEFAULT_ACTIVATION: HiddenActivation = 'tanh';

/** The part of a setup that suits one kind of data and not another: the network and how it trains. */
export type ModelSetup = Pick<PlaygroundConfig, 'hidden' | 'loss' | 'optimizer' | 'learningRate' | 'momentum' | 'batchSize' | 'epochs' | 'validationSplit' | 'samples'>;

export function setupOf(config: ModelSetup): ModelSetup {
  const { hidden, loss, optimizer, learningRate, momentum, batchSize, epochs, validationSplit, samples } = config;
  return { hidden: hidden.map((l) => ({ ...l })), loss, optimizer, learningRate, momentum, batchSize, epochs, validationSplit, samples };
}

/**
 * Where each kind of data starts, the first time a learner picks it. Digits: the classic Keras MNIST
 * network (784 -> 128 relu -> 10 softmax, Adam at 0.001, batches of 32) with a fifth of the digits held
 * out to test on. All of MNIST: the Keras tutorial's 784 -> 512 relu -> 10 softmax, batches of 128, a tenth of
 * the training images held out for validation (as Keras' validation_split=0.1), the test images apart. Noise: the Keras memorisation example, wide enough to learn 800 random labels by heart.
 * The small tables: one small relu layer, which is all iris and penguins need.
 */
export const PRESETS: Partial<Record<DatasetName, Omit<ModelSetup, 'loss'>>> = {
  noise: { hidden: [{ units: 128, activation: 'relu' }], optimizer: 'adam', learningRate: 0.001, momentum: 0, batchSize: 32, epochs: 100, validationSplit: 0.2, samples: 1000 },
  iris: {
    hidden: [{ units: 8, activation: 'relu' }],
    optimizer: 'adam',
    learningRate: 0.01,
    momentum: 0,
    batchSize: 16,
    epochs: 100,
    validationSplit: 0.3,
    samples: DEFAULT_CONFIG.samples,
  },
  penguins: {
    hidden: [{ units: 8, activation: 'relu' }],
    optimizer: 'adam',
    learningRate: 0.01,
    momentum: 0,
    batchSize: 16,
    epochs: 100,
    validationSplit: 0.3,
    samples: DEFAULT_CONFIG.samples,
  },
  digits: {
    hidden: [{ units: 128, activation: 'relu' }],
    optimizer: 'adam',
    learningRate: 0.001,
    momentum: 0,
    batchSize: 32,
    epochs: 10,
    validationSplit: 0.2,
    samples: DEFAULT_CONFIG.samples,
  },
  mnist: {
    hidden: [{ units: 512, activation: 'relu' }],
    optimizer: 'adam',
    learningRate: 0.001,
    momentum: 0,
    batchSize: 128,
    epochs: 10,
    validationSplit: 0.1,
    samples: DEFAULT_CONFIG.samples,
  },
  // TensorFlow's regression tutorial: two relu layers of 64, Adam 0.001, a fifth held out for validation.
  autoMpg: {
    hidden: [
      { units: 64, activation: 'relu' },
      { units: 64, activation: 'relu' },
    ],
    optimizer: 'adam',
    learningRate: 0.001,
    momentum: 0,
    batchSize: 32,
    epochs: 100,
    validationSplit: 0.2,
    samples: DEFAULT_CONFIG.samples,
  },
  boston: {
    hidden: [
      { units: 64, activation: 'relu' },
      { units: 64, activation: 'relu' },
    ],
    optimizer: 'adam',
    learningRate: 0.001,
    momentum: 0,
    batchSize: 16,
    epochs: 100,
    validationSplit: 0.2,
    samples: DEFAULT_CONFIG.samples,
  },
  csv: {
    hidden: [
      { units: 16, activation: 'relu' },
      { units: 8, activation: 'relu' },
    ],
    optimizer: 'adam',
    learningRate: 0.01,
    momentum: 0,
    batchSize: 32,
    // As the Keras tutorial on the Pima diabetes table, the CSV most learners bring first.
    epochs: 150,
    validationSplit: 0.2,
    samples: DEFAULT_CONFIG.samples,
  },
};

/** Datasets in one group share a remembered setup: all the planes are one group, each table its own. */
export function datasetGroup(dataset: DatasetName): string {
  return isPlane(dataset) ? 'plane' : dataset;
}

/** The default setup for a dataset: its preset if it has one, with the loss of its task. */
export function defaultConfigFor(dataset: DatasetName, task: Task = taskOf(dataset)): PlaygroundConfig {
  const preset = PRESETS[dataset];
  const base = { ...DEFAULT_CONFIG, dataset, validationRows: defaultValidationRowsOf(dataset) };
  if (!preset) return { ...base, loss: lossesFor(task).includes(base.loss) ? base.loss : defaultLossOf(task) };
  return { ...base, ...preset, hidden: preset.hidden.map((l) => ({ ...l })), loss: defaultLossOf(task) };
}
