// The typed contract between the UI thread and the training worker.
// The worker owns the model and the data; the UI sends commands and renders the frames it gets back.

import type { ActivationName, InitializerName, LossName, ModelSpec, OptimizerName } from '../engine/types.ts';
import { DATASET_INFO, type Dataset2DName, type FeatureName, type Task } from '../engine/data/names.ts';

export type Regularization = 'none' | 'l1' | 'l2';

/** Everything that defines a playground setup: what a URL or a saved file holds. */
export interface PlaygroundConfig {
  dataset: Dataset2DName;
  /** Noise in percent, 0..50. */
  noise: number;
  /** Fraction of the points held out for validation, 0.1..0.9. */
  validationSplit: number;
  /** Number of generated points, train and validation together. */
  samples: number;
  /** Number of classes for the multi-class datasets (blobs, spirals). */
  classes: number;
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
  samples: { min: 50, max: 2000 },
  noise: { min: 0, max: 50 },
  validationSplit: { min: 0.1, max: 0.9 },
  classes: { min: 3, max: 6 },
  batchSize: { min: 1, max: 100 },
} as const;

export function taskOf(dataset: Dataset2DName): Task {
  return DATASET_INFO[dataset].task;
}

/** The output layer follows the task: sigmoid for two classes, softmax for several, linear for regression. */
export function outputLayerOf(config: Pick<PlaygroundConfig, 'dataset' | 'classes'>): { units: number; activation: ActivationName } {
  switch (taskOf(config.dataset)) {
    case 'binary':
      return { units: 1, activation: 'sigmoid' };
    case 'multiclass':
      return { units: config.classes, activation: 'softmax' };
    case 'regression':
      return { units: 1, activation: 'linear' };
  }
}

export function defaultLossOf(task: Task): LossName {
  return task === 'binary' ? 'binary_crossentropy' : task === 'multiclass' ? 'categorical_crossentropy' : 'mse';
}

export function modelSpecOf(config: PlaygroundConfig): ModelSpec {
  return {
    inputs: config.features.length,
    layers: [...config.hidden.map((l) => ({ ...l })), outputLayerOf(config)],
  };
}

/** Which panels are visible, so the worker computes only what is shown. */
export interface ViewRequest {
  /** Resolution of the output heatmap (cells per side), 0 for none. */
  outputGrid: number;
  /** Resolution of each neuron's thumbnail heatmap, 0 for none. */
  neuronGrid: number;
  /** Include the optimiser's memory, so the walkthrough can preview the exact next update. */
  optimizer?: boolean;
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
  /** Raw 2-D points (x1, x2) row-major, and their labels or targets. */
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
  /** Set when training stopped because loss or weights became NaN or infinite. */
  diverged: string | null;
}

export interface ErrorMessage {
  type: 'error';
  runId: number;
  message: string;
}

export type WorkerMessage = DataMessage | FrameMessage | ErrorMessage;
