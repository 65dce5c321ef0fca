// The typed contract between the UI thread and the training worker.
// The worker owns the model and the data; the UI sends commands and renders the frames it gets back.

import type { ActivationName, CompileOptions, InitializerName, LossName, ModelSpec, OptimizerName } from '../engine/types.ts';
import { DATASET_INFO, DATASETS_2D, type Dataset2DName, type FeatureName, type Task } from '../engine/datasets/names.ts';

export type Regularization = 'none' | 'l1' | 'l2';

/**
 * Data that is not a plane of points: random noise (the worker makes it from the seed) and tables
 * the page loads or the learner brings (iris, penguins, handwritten digits, a CSV file).
 */
export const TABLE_DATASETS = ['noise', 'iris', 'penguins', 'digits', 'csv'] as const;
export type TableDatasetName = (typeof TABLE_DATASETS)[number];
export type DatasetName = Dataset2DName | TableDatasetName;
export const DATASETS: readonly DatasetName[] = [...DATASETS_2D, ...TABLE_DATASETS];
/** Tables the page prepares and hands to the worker in a 'tableData' command. */
export type TableSource = Exclude<TableDatasetName, 'noise'>;

export function isPlane(dataset: DatasetName): dataset is Dataset2DName {
  return (DATASETS_2D as readonly string[]).includes(dataset);
}

export function isTableSource(dataset: DatasetName): dataset is TableSource {
  return dataset !== 'noise' && !isPlane(dataset);
}

export const DATASET_LABELS: Record<DatasetName, string> = {
  ...Object.fromEntries(DATASETS_2D.map((d) => [d, DATASET_INFO[d].label])),
  noise: 'Random noise',
  iris: 'Iris',
  penguins: 'Penguins',
  digits: 'Digits (MNIST)',
  csv: 'Your CSV',
} as Record<DatasetName, string>;

/** Random noise as in the classic Keras memorisation example: uniform inputs, random labels. */
export const NOISE_SHAPE = { inputs: 100, task: 'multiclass', classes: 10 } as const satisfies DataShape;

/** What the network's ends must fit: the number of inputs and the kind of answer. */
export interface DataShape {
  inputs: number;
  task: Task;
  /** Classes for classification (2 for binary); 0 for regression. */
  classes: number;
}

/** Everything that defines a playground setup: what a URL or a saved file holds. */
export interface PlaygroundConfig {
  dataset: DatasetName;
  /** Noise in percent, 0..50. */
  noise: number;
  /** Fraction of the points held out for validation, 0.1..0.9. */
  validationSplit: number;
  /** Number of generated points (or noise rows), train and validation together. */
  samples: number;
  /** Number of classes for the multi-class datasets (blobs, spirals). */
  classes: number;
  /** Input features of the plane datasets; kept, but unused, while the data is a table. */
  features: FeatureName[];
  hidden: { units: number; activation: ActivationName }[];
  loss: LossName;
  optimizer: OptimizerName;
  learningRate: number;
  /** SGD momentum; 0 is plain SGD. */
  momentum: number;
  batchSize: number;
  regularization: Regularization;
  regularizationRate: number;
  initializer: InitializerName;
  seed: number;
}

export const LIMITS = {
  hiddenLayers: { min: 0, max: 8 },
  units: { min: 1, max: 16 },
  /** Tables have many inputs (784 pixels for digits), so their layers may be wider. */
  tableUnits: { min: 1, max: 256 },
  samples: { min: 50, max: 2000 },
  noise: { min: 0, max: 50 },
  validationSplit: { min: 0.1, max: 0.9 },
  classes: { min: 3, max: 6 },
  batchSize: { min: 1, max: 100 },
} as const;

/** Most neurons a hidden layer may have on this data. */
export function unitsLimitOf(dataset: DatasetName): { min: number; max: number } {
  return isPlane(dataset) ? LIMITS.units : LIMITS.tableUnits;
}

/**
 * The task of a dataset. A CSV file's task is known only once it is prepared: pass its shape
 * (without one, a CSV counts as binary classification).
 */
export function taskOf(dataset: DatasetName, shape?: DataShape | null): Task {
  if (isPlane(dataset)) return DATASET_INFO[dataset].task;
  return shape?.task ?? (dataset === 'csv' ? 'binary' : 'multiclass');
}

/**
 * Inputs, task and classes of a setup. Planes take them from the features and the dataset, noise from
 * NOISE_SHAPE; a table's come from its prepared data (or what is known of it before it arrives).
 */
export function dataShapeOf(config: Pick<PlaygroundConfig, 'dataset' | 'classes' | 'features'>, table?: DataShape | null): DataShape {
  const { dataset } = config;
  if (isPlane(dataset)) {
    const task = taskOf(dataset);
    return { inputs: config.features.length, task, classes: task === 'multiclass' ? config.classes : task === 'binary' ? 2 : 0 };
  }
  if (dataset === 'noise') return NOISE_SHAPE;
  if (!table) throw new Error(`the shape of the ${dataset} data is not known yet`);
  return table;
}

/** The output layer follows the task: sigmoid for two classes, softmax for several, linear for regression. */
export function outputLayerOf(shape: Pick<DataShape, 'task' | 'classes'>): { units: number; activation: ActivationName } {
  switch (shape.task) {
    case 'binary':
      return { units: 1, activation: 'sigmoid' };
    case 'multiclass':
      return { units: shape.classes, activation: 'softmax' };
    case 'regression':
      return { units: 1, activation: 'linear' };
  }
}

/** Losses that make sense for a task's output layer, the natural one first. */
export function lossesFor(task: Task): LossName[] {
  switch (task) {
    case 'binary':
      return ['binary_crossentropy', 'mse'];
    case 'multiclass':
      return ['categorical_crossentropy', 'mse'];
    case 'regression':
      return ['mse'];
  }
}

export function defaultLossOf(task: Task): LossName {
  return task === 'binary' ? 'binary_crossentropy' : task === 'multiclass' ? 'categorical_crossentropy' : 'mse';
}

/** The model a setup trains. Tables need their shape (see dataShapeOf). */
/** What the worker passes to compile() for a setup; the walkthrough rebuilds the same model with it. */
export function compileOptionsOf(c: PlaygroundConfig, task: Task): CompileOptions {
  return {
    optimizer: c.optimizer,
    learningRate: c.learningRate,
    momentum: c.optimizer === 'sgd' ? c.momentum : 0,
    loss: c.loss,
    metrics: task === 'regression' ? [] : ['accuracy'],
    l1: c.regularization === 'l1' ? c.regularizationRate : 0,
    l2: c.regularization === 'l2' ? c.regularizationRate : 0,
  };
}

export function modelSpecOf(config: Pick<PlaygroundConfig, 'dataset' | 'classes' | 'features' | 'hidden'>, table?: DataShape | null): ModelSpec {
  const shape = dataShapeOf(config, table);
  return {
    inputs: shape.inputs,
    layers: [...config.hidden.map((l) => ({ ...l })), outputLayerOf(shape)],
  };
}

/** Which panels are visible, so the worker computes only what is shown. */
export interface ViewRequest {
  /** Resolution of the output heatmap (cells per side), 0 for none. Planes only. */
  outputGrid: number;
  /** Resolution of each neuron's thumbnail heatmap, 0 for none. Planes only. */
  neuronGrid: number;
  /** Include the optimiser's memory, so the walkthrough can preview the exact next update. */
  optimizer?: boolean;
  /** Tables, classification: the confusion matrix of the validation rows. */
  confusion?: boolean;
  /** Tables, regression: predicted against actual for (up to 500) validation rows. */
  predictions?: boolean;
  /** Images (digits): up to this many misclassified validation images. */
  mistakes?: number;
}

/** A table the page prepared (standardised, split, encoded), handed to the worker. */
export interface TableData {
  source: TableSource;
  /** Increases with every table the page prepares, so the worker can tell a new file from the old one. */
  id: number;
  /** The split and seed it was prepared with: the worker uses it only for a setup with the same. */
  validationSplit: number;
  seed: number;
  task: Task;
  classes: number;
  classNames: string[];
  inputNames: string[];
  targetName: string;
  /** Images (digits): each row is rows x cols pixels, 0 to 1. */
  image?: { rows: number; cols: number };
  /** x: n rows of inputs; y: one-hot rows (multiclass), 0/1 (binary) or the standardised target (regression). */
  train: { x: Float64Array; y: Float64Array; n: number };
  validation: { x: Float64Array; y: Float64Array; n: number } | null;
  /** Regression: a prediction p means p * std + mean in the target's own units. */
  targetScale: { mean: number; std: number } | null;
}

/** Rows a validation split holds out of n, everywhere: rounded, leaving at least one row to train on. */
export function heldOutCount(n: number, validationSplit: number): number {
  return Math.min(Math.round(n * validationSplit), n - 1);
}

/** The typed arrays of a table, to transfer rather than copy. */
export function tableTransferables(data: TableData): Transferable[] {
  const sets = data.validation ? [data.train, data.validation] : [data.train];
  return sets.flatMap((s) => [s.x.buffer, s.y.buffer]);
}

export function shapeOfTable(data: Pick<TableData, 'inputNames' | 'task' | 'classes'>): DataShape {
  return { inputs: data.inputNames.length, task: data.task, classes: data.classes };
}

/** How the network does on the validation rows of a table; what the output panel shows instead of a plane. */
export interface TableEvaluation {
  /** Batches trained when it was computed (it is recomputed at most a few times a second). */
  iteration: number;
  epoch: number;
  /** Validation rows evaluated. */
  n: number;
  classes: number;
  /** Classification: classes x classes counts, row = true class, column = predicted class. */
  confusion: Uint32Array | null;
  /** Regression: [actual, predicted] pairs in the target's units, up to 500 rows evenly spread. */
  predictions: Float64Array | null;
  /** Images: validation rows the network gets wrong (the first `asked`), with its answer, and how many it gets wrong in all. */
  mistakes: { indices: Uint32Array; predicted: Uint8Array; total: number } | null;
}

export interface OptimizerSnapshot {
  iterations: number;
  /** Per parameter array (Keras order), its slots: momentum velocity, RMSprop mean square, Adam m and v. */
  slots: Float64Array[][];
}

/** Speed levels 1..5; 5 trains continuously, as fast as the worker can. */
export const SPEEDS = [1, 2, 3, 4, 5] as const;
export type Speed = (typeof SPEEDS)[number];

export type Command =
  /** A new or changed setup. The worker rebuilds only what changed: data, model, or just the optimiser. */
  | { type: 'configure'; runId: number; config: PlaygroundConfig }
  | { type: 'view'; view: ViewRequest }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step'; grain: 'batch' | 'epoch' }
  /** New weights from the seed; data and settings stay. */
  | { type: 'reset' }
  | { type: 'speed'; speed: Speed }
  /** A learner typed a weight (input >= 0) or a bias (input = -1) of layer `layer`, unit `unit`. */
  | { type: 'setParam'; layer: number; unit: number; input: number; value: number }
  /** Replace every parameter at once (a lesson's exact weights). Keras order, as FrameMessage.params. */
  | { type: 'setParams'; params: number[] }
  /** One optimiser step on one sample: the walkthrough's "apply this update". x holds feature values. */
  | { type: 'trainSample'; x: number[]; y: number[] }
  /** A prepared table (typed arrays transferred). The worker keeps the latest and trains on it when the setup names its source. */
  | { type: 'tableData'; data: TableData }
  /** The UI has painted the last frame; the worker may send the next one. */
  | { type: 'ack' };

/** One row of the training log, named as Keras names them. */
export interface EpochMetrics {
  epoch: number;
  loss: number;
  /** The L1/L2 penalty, apart from the data loss. */
  penalty: number;
  val_loss: number;
  /** NaN for regression. */
  accuracy: number;
  val_accuracy: number;
}

export interface DataMessage {
  type: 'data';
  runId: number;
  task: Task;
  classes: number;
  /** Raw 2-D points (x1, x2) row-major, and their labels or targets. Empty for tables. */
  trainX: Float64Array;
  trainY: Float64Array;
  validationX: Float64Array;
  validationY: Float64Array;
}

export interface FrameMessage {
  type: 'frame';
  runId: number;
  spec: ModelSpec;
  epoch: number;
  /** Batches trained since the weights were last initialised. */
  iteration: number;
  /** Batches done in the current epoch, of batchesPerEpoch. */
  batchInEpoch: number;
  batchesPerEpoch: number;
  /** Loss of the most recent batch (measured before its update), NaN before the first. */
  batchLoss: number;
  playing: boolean;
  /** Metrics rows from index `historyFrom` on; historyFrom = 0 means "replace the whole history". */
  historyFrom: number;
  history: EpochMetrics[];
  /** Every parameter, Keras order: kernel 0 (inputs x units, row-major), bias 0, kernel 1, bias 1, ... */
  params: Float64Array;
  /** Output of the network over the grid: outputGrid² cells x output units, row-major, top row first. */
  outputGrid: Float32Array;
  outputGridSize: number;
  /** Each neuron's output over the grid: for every layer, for every unit, neuronGrid² values. */
  neuronGrids: Float32Array;
  neuronGridSize: number;
  /** The optimiser's memory, when the view asked for it. */
  optimizer: OptimizerSnapshot | null;
  /** Tables: results on the validation rows, when the view asked for any. */
  evaluation?: TableEvaluation | null;
  /** Set when training stopped because loss or weights became NaN or infinite. */
  diverged: string | null;
}

export interface ErrorMessage {
  type: 'error';
  runId: number;
  message: string;
}

export type WorkerMessage = DataMessage | FrameMessage | ErrorMessage;
