// The rules from a setup to what trains: the task of a dataset, the output layer, the losses that
// fit, the model spec and the compile options.

import type { ActivationName, CompileOptions, LossName, ModelSpec, Task } from '../engine/index.ts';
import { DATASET_INFO } from '../engine/index.ts';
import { isDigits, isPlane, NOISE_SHAPE, REGRESSION_TABLES, type DatasetName, type TableDatasetName } from './catalogue.ts';
import type { PlaygroundConfig, Problem } from './config.ts';
import { LIMITS } from './limits.ts';
import type { DataShape } from './shape.ts';

/** Most neurons a hidden layer may have on this data. */
export function unitsLimitOf(dataset: DatasetName): { min: number; max: number } {
  return isPlane(dataset) ? LIMITS.units : isDigits(dataset) ? LIMITS.digitsUnits : LIMITS.tableUnits;
}

/**
 * The task of a dataset. A CSV file's task is known only once it is prepared: pass its shape
 * (without one, a CSV counts as binary classification). A two-class plane is a regression when the
 * learner asks for one (`problem`).
 */
export function taskOf(dataset: DatasetName, shape?: DataShape | null, problem: Problem = 'classification'): Task {
  if (isPlane(dataset)) return problem === 'regression' && allowsBothProblems(dataset) ? 'regression' : DATASET_INFO[dataset].task;
  return shape?.task ?? (REGRESSION_TABLES.includes(dataset as TableDatasetName) ? 'regression' : dataset === 'csv' ? 'binary' : 'multiclass');
}

/**
 * Whether the learner may choose between classification and regression here: the two-class planes,
 * whose 0/1 label is a number too. Several classes have no order to regress on, and the regression
 * planes have no classes; a CSV's target is chosen as either when it is imported.
 */
export function allowsBothProblems(dataset: DatasetName): boolean {
  return isPlane(dataset) && DATASET_INFO[dataset].task === 'binary';
}

/**
 * Inputs, task and classes of a setup. Planes take them from the features and the dataset, noise from
 * NOISE_SHAPE; a table's come from its prepared data (or what is known of it before it arrives).
 */
export function dataShapeOf(config: Pick<PlaygroundConfig, 'dataset' | 'classes' | 'features'> & { problem?: Problem }, table?: DataShape | null): DataShape {
  const { dataset } = config;
  if (isPlane(dataset)) {
    const task = taskOf(dataset, null, config.problem);
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

export function modelSpecOf(config: Pick<PlaygroundConfig, 'dataset' | 'classes' | 'features' | 'hidden'> & { problem?: Problem }, table?: DataShape | null): ModelSpec {
  const shape = dataShapeOf(config, table);
  return {
    inputs: shape.inputs,
    layers: [...config.hidden.map((l) => ({ ...l })), outputLayerOf(shape)],
  };
}

/** Rows a validation split holds out of n, everywhere: rounded, leaving at least one row to train on. */
export function heldOutCount(n: number, validationSplit: number): number {
  return Math.min(Math.round(n * validationSplit), n - 1);
}
