// What an export is made from: the setup on screen, its weights and its data, as plain values.
// Everything here is what the page already has; nothing is recomputed from the worker's copy.
import type { InitializerName, LossName, ModelSpec, OptimizerName } from '../engine/index.ts';
import type { FeatureName, Task } from '../engine/index.ts';

export interface ExportCompile {
  optimizer: OptimizerName;
  learningRate: number;
  /** SGD only; 0 is plain SGD. */
  momentum: number;
  nesterov: boolean;
  loss: LossName;
  /** Kernel penalties: l1 * sum|w| + l2 * sum w² (Keras' kernel_regularizer). */
  l1: number;
  l2: number;
}

export interface ExportFit {
  epochs: number;
  batchSize: number;
  /** The learner's setting; the data's validationCount is the number of rows it held out. */
  validationSplit: number;
  /** Reshuffle the training rows every epoch (the playground does; a check against the engine turns it off). */
  shuffle: boolean;
}

/** The 2-D points of a plane dataset and the features the network is fed. */
export interface PlaneData {
  kind: 'plane';
  /** Dataset name, for the comment at the top. */
  name: string;
  task: Task;
  classes: number;
  /** Raw points (x1, x2), row-major: the training points first, then the validation points. */
  points: Float64Array;
  /** A class index (classification) or the value (regression) per point. */
  targets: Float64Array;
  validationCount: number;
  features: FeatureName[];
}

/** How a table's raw values become the network's inputs. */
export type TablePreprocess =
  /** (value - mean) / std per column, statistics from the training rows. */
  | { kind: 'standardize'; mean: number[]; std: number[] }
  /** Image pixels 0-255 divided by 255. */
  | { kind: 'pixels' }
  | { kind: 'none' };

export interface TableExportData {
  kind: 'table';
  name: string;
  task: Task;
  classes: number;
  classNames: string[];
  inputNames: string[];
  targetName: string;
  /** Raw input values, row-major (n rows of inputNames.length): the training rows first, then the validation rows. */
  rows: Float64Array;
  /** A class index (classification) or the value in the file's units (regression) per row. */
  targets: Float64Array;
  validationCount: number;
  preprocess: TablePreprocess;
  /** Regression: the target is standardised with these before training; predictions are in those units. */
  targetScale: { mean: number; std: number } | null;
}

export type ExportData = PlaneData | TableExportData;

export interface ExportInput {
  spec: ModelSpec;
  compile: ExportCompile;
  fit: ExportFit;
  initializer: InitializerName;
  seed: number;
  /** Every parameter, Keras order: kernel 0 (inputs x units, row-major), bias 0, kernel 1, bias 1, ... */
  params: ArrayLike<number>;
  data: ExportData;
}

/** One file of an export. */
export interface ExportFile {
  name: string;
  content: string | Uint8Array<ArrayBuffer>;
}

export type ExportKind = 'keras' | 'pytorch' | 'numpy' | 'tfjs';

export interface Export {
  kind: ExportKind;
  /** The main file first (the script, or model.json); then data or weights beside it. */
  files: ExportFile[];
  /** How to run it, e.g. "python3 layerlab_keras.py". */
  command: string;
}

/** What every script prints: the first five samples as they enter the network, and the outputs. */
export interface Preview {
  inputs: number[][];
  predictions: number[][];
}
