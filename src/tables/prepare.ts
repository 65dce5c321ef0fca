// Turns a loaded source (the digits, a built-in table, the learner's CSV) into what the worker trains on
// and what the page shows about it. Pure: no DOM, no stores, so it is tested directly.

import type { MnistImages } from '../engine/datasets/mnist.ts';
import { prepareTable, type CsvTable, type PreparedData, type PrepareOptions, type TableError } from './csv.ts';
import { digitsTableData } from './digits.ts';
import { incompleteRows, prepareTabular, type RawTabular } from './tabular.ts';
import { TABULAR_DATASETS, type TabularInfo, type TabularName, type TargetUnit } from './tabularDatasets.ts';
import type { TableSource } from '../setup/catalogue.ts';
import type { TableData } from '../setup/tableData.ts';
import type { SplitChoice } from '../setup/config.ts';

/** What the learner chose in the import dialog. */
export interface CsvChoice {
  target: string;
  features: string[];
  task: PrepareOptions['task'];
}

export type RawSource =
  /** The digits; with `test`, all of MNIST: `images` its training images, `test` its test images. */
  | { kind: 'digits'; images: MnistImages; test?: MnistImages }
  | { kind: 'tabular'; name: TabularName; raw: RawTabular }
  | { kind: 'csv'; fileName: string; table: CsvTable; choice: CsvChoice };

/** Validation rows the page keeps a copy of (for the sample picker); the worker gets them all. */
export const KEPT_ROWS = 2000;

export interface FeatureStat {
  name: string;
  mean: number;
  std: number;
}

/** What the page shows about the prepared table. The worker has the data itself (transferred, not copied). */
export interface PreparedTable
  extends Pick<TableData, 'source' | 'id' | 'validationSplit' | 'validationRows' | 'seed' | 'task' | 'classes' | 'classNames' | 'inputNames' | 'targetName' | 'targetScale'> {
  image: { rows: number; cols: number } | null;
  trainCount: number;
  validationCount: number;
  /** Mean and standard deviation of each input over the training rows: the standardisation. Null for images. */
  stats: FeatureStat[] | null;
  /** The first KEPT_ROWS validation rows as the network sees them (empty for images: see validationRow). */
  validationX: Float64Array;
  /** Their class index, or (regression) their target in the file's units; for images, every validation row's class. */
  validationTargets: Float64Array;
  /** Images: every validation image, 0-255, and the mean training image, 0-1. */
  validationImages: Uint8Array | null;
  meanImage: Float32Array | null;
  /** The CSV's file name and all its columns, and rows used in all. */
  fileName: string | null;
  columns: string[] | null;
  rows: number;
  /** Rows of a built-in table left out for a missing value, said on screen ("14 cars left out: ..."). */
  leftOut: { rows: number; byColumn: { column: string; missing: number }[] } | null;
  /** Regression on a built-in table: the target's unit, for errors ("MAE 2.4 mpg"). */
  unit: TargetUnit | null;
  /** Images in the separate test set (all of MNIST), 0 when there is none. */
  testCount: number;
}

/** The part of a table's description that follows from the data handed to the worker. */
function describeData(
  d: TableData,
): Omit<PreparedTable, 'stats' | 'validationX' | 'validationTargets' | 'validationImages' | 'meanImage' | 'fileName' | 'columns' | 'rows' | 'leftOut' | 'unit'> {
  return {
    source: d.source,
    id: d.id,
    validationSplit: d.validationSplit,
    validationRows: d.validationRows,
    seed: d.seed,
    task: d.task,
    classes: d.classes,
    classNames: d.classNames,
    inputNames: d.inputNames,
    targetName: d.targetName,
    image: d.image ?? null,
    trainCount: d.train.n,
    validationCount: d.validation?.n ?? 0,
    testCount: d.test?.n ?? 0,
    targetScale: d.targetScale,
  };
}

export type PrepareResult = { ok: true; data: TableData; table: PreparedTable } | { ok: false; error: TableError };

export function prepareSource(source: TableSource, raw: RawSource, choice: SplitChoice, id: number): PrepareResult {
  // Only the split's own fields, whatever object carried them (a whole setup also has `features`).
  const split: SplitChoice = { validationSplit: choice.validationSplit, validationRows: choice.validationRows, seed: choice.seed };
  if (raw.kind === 'digits') return prepareDigits(source === 'mnist' ? 'mnist' : 'digits', raw, split, id);
  const prepared = raw.kind === 'tabular' ? prepareTabular(raw.name, raw.raw, split) : prepareTable(raw.table, { ...raw.choice, ...split });
  if (!prepared.ok) return { ok: false, error: prepared.error };
  const extra =
    raw.kind === 'csv'
      ? { fileName: raw.fileName, columns: [...raw.table.columns], leftOut: null, unit: null }
      : {
          fileName: null,
          columns: [...TABULAR_DATASETS[raw.name].featureNames, TABULAR_DATASETS[raw.name].target],
          leftOut: incompleteRows(raw.raw),
          unit: unitOf(raw.name),
        };
  return fromPrepared(source, prepared.data, split, id, extra);
}

function fromPrepared(
  source: TableSource,
  p: PreparedData,
  { validationSplit, validationRows, seed }: SplitChoice,
  id: number,
  extra: Pick<PreparedTable, 'fileName' | 'columns' | 'leftOut' | 'unit'>,
): PrepareResult {
  const validation = p.validation;
  const kept = validation ? Math.min(validation.n, KEPT_ROWS) : 0;
  const validationTargets = new Float64Array(kept);
  for (let i = 0; i < kept; i++) {
    if (p.task === 'regression') validationTargets[i] = validation!.y[i] * p.targetScale!.std + p.targetScale!.mean;
    else if (p.task === 'binary') validationTargets[i] = validation!.y[i];
    else validationTargets[i] = argmax(validation!.y, i, p.outputs);
  }
  const data: TableData = {
    source,
    id,
    validationSplit,
    validationRows,
    seed,
    task: p.task,
    classes: p.classes,
    classNames: [...p.classNames],
    inputNames: [...p.featureNames],
    targetName: p.targetName,
    train: p.train,
    validation: validation && validation.n > 0 ? validation : null,
    targetScale: p.targetScale,
  };
  const table: PreparedTable = {
    ...describeData(data),
    stats: p.featureNames.map((name, j) => ({ name, mean: p.standardizer.mean[j], std: p.standardizer.std[j] })),
    validationX: validation ? validation.x.slice(0, kept * p.d) : new Float64Array(0),
    validationTargets,
    validationImages: null,
    meanImage: null,
    rows: p.train.n + (validation?.n ?? 0),
    ...extra,
  };
  return { ok: true, data, table };
}

function prepareDigits(source: 'digits' | 'mnist', raw: Extract<RawSource, { kind: 'digits' }>, split: SplitChoice, id: number): PrepareResult {
  const { images } = raw;
  if (images.count < 2) return { ok: false, error: { message: 'The digits file holds fewer than two images: nothing to split.' } };
  const { data, extras } = digitsTableData(source, images, raw.test ?? null, split, id);
  const table: PreparedTable = {
    ...describeData(data),
    stats: null,
    // Rebuilt from the bytes when needed (see validationRow): they hold the pixels exactly.
    validationX: new Float64Array(0),
    ...extras,
    fileName: null,
    columns: null,
    rows: images.count + (raw.test?.count ?? 0),
    leftOut: null,
    unit: null,
  };
  return { ok: true, data, table };
}

function unitOf(name: TabularName): TargetUnit | null {
  const info: TabularInfo = TABULAR_DATASETS[name];
  return info.unit ?? null;
}

/** Validation row `index` as the network sees it, or null when the page kept no copy of it. */
export function validationRow(table: PreparedTable, index: number): Float64Array | null {
  const d = table.inputNames.length;
  if (table.validationImages) {
    if (index < 0 || index >= table.validationCount) return null;
    const x = new Float64Array(d);
    for (let j = 0; j < d; j++) x[j] = table.validationImages[index * d + j] / 255;
    return x;
  }
  if (index < 0 || (index + 1) * d > table.validationX.length) return null;
  return table.validationX.slice(index * d, (index + 1) * d);
}

function argmax(y: Float64Array, row: number, k: number): number {
  let best = 0;
  for (let j = 1; j < k; j++) if (y[row * k + j] > y[row * k + best]) best = j;
  return best;
}
