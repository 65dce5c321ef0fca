// The checks behind opening a model file that are about the setup and the table, in a learner's
// words. The network and the training progress are checked by the engine (see modelFile.ts); these
// check what only the playground knows: which setups exist and which table a model was trained on.

import { ACTIVATIONS, INITIALIZERS, LOSSES, OPTIMIZERS } from '../engine/types.ts';
import type { Task } from '../engine/datasets/names.ts';
import { FEATURES } from '../engine/datasets/names.ts';
import { DATASETS, isTableSource, type TableSource } from '../setup/catalogue.ts';
import { VALIDATION_ROWS, type PlaygroundConfig } from '../setup/config.ts';
import { RANGES } from '../setup/limits.ts';
import { lossesFor, taskOf, unitsLimitOf } from '../setup/rules.ts';

/** A refusal: the sentence the learner reads. Thrown inside the checks, caught once by parseModelFile. */
export class FileProblem extends Error {}

export function refuse(message: string): never {
  throw new FileProblem(message);
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** What a value is, briefly: `"abc"`, `-1`, `a list`, `nothing`. */
export function shown(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'empty (null)';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  return 'an object';
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
export function ordinal(i: number): string {
  return ORDINALS[i] ?? `${i + 1}th`;
}

export function onlyKeys(obj: Record<string, unknown>, allowed: readonly string[], where: string): void {
  const extra = Object.keys(obj).find((k) => !allowed.includes(k));
  if (extra !== undefined) refuse(`${where} has a field this Layerlab does not know, ${JSON.stringify(extra)}; it may come from another program or a newer Layerlab.`);
}

function numberIn(v: unknown, what: string, range: { min: number; max: number }, integer = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) refuse(`The setup's ${what} is ${shown(v)}, not a number.`);
  if (integer && !Number.isInteger(v)) refuse(`The setup's ${what} is ${v}; it must be a whole number.`);
  if (v < range.min || v > range.max) refuse(`The setup's ${what} is ${v}; it must be from ${range.min} to ${range.max}.`);
  return v;
}

function oneOf<T extends string>(v: unknown, what: string, options: readonly T[]): T {
  if (typeof v !== 'string' || !(options as readonly string[]).includes(v)) refuse(`The setup's ${what} is ${shown(v)}; it must be one of ${options.join(', ')}.`);
  return v as T;
}

const CONFIG_KEYS = [
  'dataset',
  'noise',
  'validationSplit',
  'validationRows',
  'samples',
  'classes',
  'features',
  'hidden',
  'loss',
  'optimizer',
  'learningRate',
  'momentum',
  'batchSize',
  'regularization',
  'regularizationRate',
  'initializer',
  'seed',
  'problem',
  'epochs',
] as const;

/** A setup exactly as the playground could have made it; nothing is repaired, since a repaired setup would not fit its weights. */
export function readConfig(v: unknown, tableTask: Task | null): PlaygroundConfig {
  if (!isRecord(v)) refuse(`The file's setup is ${shown(v)}, not a setup.`);
  onlyKeys(v, CONFIG_KEYS, 'The setup');
  // Files from before the choice of validation rows have none: every table was shuffled then.
  const missing = CONFIG_KEYS.find((k) => v[k] === undefined && k !== 'validationRows');
  if (missing) refuse(`The setup is missing its ${missing}.`);
  const dataset = oneOf(v.dataset, 'dataset', DATASETS);
  if (!Array.isArray(v.features) || v.features.length === 0) refuse(`The setup's features are ${shown(v.features)}; a network needs at least one input feature.`);
  const features = v.features.map((f) => oneOf(f, 'feature', FEATURES));
  if (new Set(features).size !== features.length) refuse('The setup lists an input feature twice.');
  if (!Array.isArray(v.hidden)) refuse(`The setup's hidden layers are ${shown(v.hidden)}, not a list.`);
  if (v.hidden.length > RANGES.hiddenLayers.max) refuse(`The setup has ${v.hidden.length} hidden layers; the playground builds at most ${RANGES.hiddenLayers.max}.`);
  const units = unitsLimitOf(dataset);
  const hidden = v.hidden.map((layer: unknown, l) => {
    const what = `${ordinal(l)} hidden layer`;
    if (!isRecord(layer)) refuse(`The setup's ${what} is ${shown(layer)}, not a layer.`);
    onlyKeys(layer, ['units', 'activation'], `The setup's ${what}`);
    const activation = oneOf(
      layer.activation,
      `${what}'s activation`,
      ACTIVATIONS.filter((a) => a !== 'softmax'),
    );
    return { units: numberIn(layer.units, `${what}'s number of neurons`, units, true), activation };
  });
  const problem = oneOf(v.problem, 'problem type', ['classification', 'regression'] as const);
  const task = isTableSource(dataset) ? tableTask : taskOf(dataset, null, problem);
  const loss = oneOf(v.loss, 'loss', LOSSES);
  if (task && !lossesFor(task).includes(loss))
    refuse(
      `The setup's loss is ${loss}, which does not fit ${task === 'regression' ? 'predicting a number' : 'this kind of classification'}; it must be one of ${lossesFor(task).join(', ')}.`,
    );
  return {
    dataset,
    noise: numberIn(v.noise, 'noise', RANGES.noise),
    validationSplit: numberIn(v.validationSplit, 'validation split', RANGES.validationSplit),
    validationRows: v.validationRows === undefined ? 'shuffled' : oneOf(v.validationRows, 'validation rows', VALIDATION_ROWS),
    samples: numberIn(v.samples, 'number of samples', RANGES.samples, true),
    classes: numberIn(v.classes, 'number of classes', RANGES.classes, true),
    features,
    hidden,
    loss,
    optimizer: oneOf(v.optimizer, 'optimizer', OPTIMIZERS),
    learningRate: numberIn(v.learningRate, 'learning rate', RANGES.learningRate),
    momentum: numberIn(v.momentum, 'momentum', RANGES.momentum),
    batchSize: numberIn(v.batchSize, 'batch size', RANGES.batchSize, true),
    regularization: oneOf(v.regularization, 'regularization', ['none', 'l1', 'l2'] as const),
    regularizationRate: numberIn(v.regularizationRate, 'regularization rate', RANGES.regularizationRate),
    initializer: oneOf(v.initializer, 'initializer', INITIALIZERS),
    seed: numberIn(v.seed, 'seed', RANGES.seed, true),
    problem,
    epochs: v.epochs === null ? null : numberIn(v.epochs, 'number of epochs', RANGES.epochs, true),
  };
}

/** How the table a model was trained on was prepared: what its inputs mean, and how to read its outputs. */
export interface TableInfo {
  source: TableSource;
  task: Task;
  classes: number;
  inputNames: string[];
  classNames: string[];
  targetName: string;
  /** Mean and standard deviation of each input over the training rows; null for images. */
  stats: { name: string; mean: number; std: number }[] | null;
  /** Regression: a prediction p means p * std + mean in the target's units. */
  targetScale: { mean: number; std: number } | null;
  trainCount: number;
  validationCount: number;
  /** The learner's CSV: its name, what they chose in the import dialog and (if they chose to) the data. */
  csv: CsvPart | null;
}

export interface CsvPart {
  fileName: string;
  choice: { target: string; features: string[]; task: 'classification' | 'regression' };
  data: { columns: string[]; rows: string[][]; rowNumbers: number[] } | null;
}

const TABLE_KEYS = ['source', 'task', 'classes', 'inputNames', 'classNames', 'targetName', 'stats', 'targetScale', 'trainCount', 'validationCount', 'csv'];

function texts(v: unknown, what: string): string[] {
  if (!Array.isArray(v) || v.some((s) => typeof s !== 'string')) refuse(`The table's ${what} are ${shown(v)}, not a list of names.`);
  return v as string[];
}

function finiteIn(v: unknown, what: string, positive = false): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) refuse(`The table's ${what} is ${shown(v)}, not a finite number.`);
  if (positive && !(v > 0)) refuse(`The table's ${what} is ${v}; it must be above 0.`);
  return v;
}

function wholeIn(v: unknown, what: string, min: number): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < min) refuse(`The table's ${what} is ${shown(v)}; it must be a whole number of at least ${min}.`);
  return v;
}

export function readTableInfo(v: unknown, dataset: string): TableInfo {
  if (!isRecord(v)) refuse(`This model was trained on a table (${dataset}), but the file's description of it is ${shown(v)}.`);
  onlyKeys(v, TABLE_KEYS, 'The table');
  if (v.source !== dataset) refuse(`The setup names the ${dataset} data, but the table in the file is ${shown(v.source)}.`);
  const task =
    v.task === 'binary' || v.task === 'multiclass' || v.task === 'regression'
      ? v.task
      : refuse(`The table's task is ${shown(v.task)}; it must be binary, multiclass or regression.`);
  const inputNames = texts(v.inputNames, 'input columns');
  const classNames = texts(v.classNames, 'class names');
  const classes = wholeIn(v.classes, 'number of classes', 0);
  if (task !== 'regression' && classNames.length !== classes) refuse(`The table has ${classes} classes but names ${classNames.length}.`);
  if (typeof v.targetName !== 'string') refuse(`The table's target column is ${shown(v.targetName)}, not a name.`);
  let stats: TableInfo['stats'] = null;
  if (v.stats !== null) {
    if (!Array.isArray(v.stats) || v.stats.length !== inputNames.length)
      refuse(`The table's standardisation has ${shown(v.stats)} entries; it needs one for each of its ${inputNames.length} inputs.`);
    stats = v.stats.map((s: unknown, i) => {
      if (!isRecord(s) || s.name !== inputNames[i]) refuse(`The table's standardisation of input ${i + 1} does not name the column ${JSON.stringify(inputNames[i])}.`);
      onlyKeys(s, ['name', 'mean', 'std'], `The standardisation of ${inputNames[i]}`);
      return { name: inputNames[i], mean: finiteIn(s.mean, `mean of ${inputNames[i]}`), std: finiteIn(s.std, `standard deviation of ${inputNames[i]}`, true) };
    });
  }
  let targetScale: TableInfo['targetScale'] = null;
  if (task === 'regression') {
    if (!isRecord(v.targetScale)) refuse(`The table predicts a number, but the file does not say how its target was scaled (targetScale is ${shown(v.targetScale)}).`);
    onlyKeys(v.targetScale, ['mean', 'std'], 'The target scale');
    targetScale = { mean: finiteIn(v.targetScale.mean, 'target mean'), std: finiteIn(v.targetScale.std, 'target standard deviation', true) };
  } else if (v.targetScale !== null) refuse('The table is a classification, but the file scales its target as if it predicted a number.');
  const csv = dataset === 'csv' ? readCsvPart(v.csv) : v.csv === null ? null : refuse(`The ${dataset} data is built in, but the file carries a CSV with it.`);
  return {
    source: dataset as TableSource,
    task,
    classes,
    inputNames,
    classNames,
    targetName: v.targetName,
    stats,
    targetScale,
    trainCount: wholeIn(v.trainCount, 'number of training rows', 1),
    validationCount: wholeIn(v.validationCount, 'number of validation rows', 0),
    csv,
  };
}

function readCsvPart(v: unknown): CsvPart {
  if (!isRecord(v)) refuse(`This model was trained on a CSV file, but the file says nothing about it (${shown(v)}).`);
  onlyKeys(v, ['fileName', 'choice', 'data'], 'The CSV part');
  if (typeof v.fileName !== 'string') refuse(`The CSV's file name is ${shown(v.fileName)}.`);
  const c = v.choice;
  if (!isRecord(c) || typeof c.target !== 'string' || !['classification', 'regression'].includes(c.task as string))
    refuse('The file does not say which CSV column the model predicts, or as what.');
  onlyKeys(c, ['target', 'features', 'task'], 'The CSV choice');
  const choice = { target: c.target, features: texts(c.features, 'CSV feature columns'), task: c.task as CsvPart['choice']['task'] };
  if (v.data === null) return { fileName: v.fileName, choice, data: null };
  const d = v.data;
  if (!isRecord(d)) refuse(`The CSV data in the file is ${shown(d)}, not a table.`);
  onlyKeys(d, ['columns', 'rows', 'rowNumbers'], 'The CSV data');
  const columns = texts(d.columns, 'CSV columns');
  if (!Array.isArray(d.rows) || !Array.isArray(d.rowNumbers) || d.rows.length !== d.rowNumbers.length)
    refuse('The CSV data in the file is damaged: its rows and row numbers do not match.');
  d.rows.forEach((row: unknown, r) => {
    if (!Array.isArray(row) || row.length !== columns.length || row.some((cell) => typeof cell !== 'string'))
      refuse(`Row ${r + 1} of the CSV data in the file does not have ${columns.length} cells.`);
  });
  if (d.rowNumbers.some((n) => typeof n !== 'number' || !Number.isInteger(n))) refuse('The CSV data in the file is damaged: a row number is not a whole number.');
  return { fileName: v.fileName, choice, data: { columns, rows: d.rows as string[][], rowNumbers: d.rowNumbers as number[] } };
}
