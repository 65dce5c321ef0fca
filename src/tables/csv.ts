// A learner's own CSV file as a table, and the chosen columns of it turned into training data.
// (Reading the file itself is csvParse.ts, run in a worker: papaparse stays out of the first load.)
// Every error says where the problem is the way a spreadsheet shows the file: row 1 is the header,
// row 2 the first data row, and columns go by their header names, so the learner can find the cell and fix it.

import type { Dataset } from '../engine/trainer.ts';
import { MAX_VALIDATION_FRACTION } from '../engine/datasets/names.ts';
import type { Task } from '../engine/datasets/names.ts';
import type { ValidationRows } from '../setup/config.ts';
import { applyStandardizer, fitStandardizer, oneHot, type Standardizer } from '../engine/datasets/scaling.ts';
import { splitOrder } from './split.ts';

/** Beyond these a browser tab gets slow or runs out of memory long before training starts. */
export const CSV_MAX_BYTES = 20_000_000;
export const CSV_MAX_ROWS = 200_000;
/** Wider than any table a small network here learns from (the digits have 784 pixels). */
export const CSV_MAX_COLUMNS = 1_000;
/** More classes than this is almost always a quantity (a price, an id) picked as a classification target. */
export const MAX_TARGET_CLASSES = 20;

export interface TableError {
  message: string;
  /** Spreadsheet row number: the header is row 1. */
  row?: number;
  /** Column name as in the header. */
  column?: string;
}

export interface CsvTable {
  /** Header names, trimmed. */
  columns: string[];
  /** Data rows, one trimmed cell per column. Blank lines are left out. */
  rows: string[][];
  /** Spreadsheet row number of each data row (the header is row 1, blank lines count), for error messages. */
  rowNumbers: number[];
  /**
   * Per column: it has at least one value and every value is a finite number. Empty cells and
   * missing-value markers (NA, N/A, NaN, null, ?) are not counted; prepareTable refuses them later.
   */
  numericColumns: boolean[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; error: TableError };

export interface PrepareOptions {
  target: string;
  features: readonly string[];
  task: 'classification' | 'regression';
  /** Fraction of the rows held out for validation, 0 to MAX_VALIDATION_FRACTION. */
  validationSplit: number;
  /** 'last': the file's last rows, in order (Keras' validation_split); 'shuffled' (the default): the last rows after a seeded shuffle. */
  validationRows?: ValidationRows;
  seed: number;
}

export interface PreparedData {
  train: Dataset;
  /** null when the split leaves no rows for validation (e.g. validationSplit 0). */
  validation: Dataset | null;
  /** Inputs per row: units of the input layer. */
  d: number;
  featureNames: string[];
  /** Fitted on the training rows only; apply it to any new input before predicting. */
  standardizer: Standardizer;
  targetName: string;
  /**
   * How y is shaped, and so the output layer the model needs:
   * 'binary': one column of 0/1 (1 sigmoid unit, binary_crossentropy);
   * 'multiclass': one-hot rows of `classes` (`classes` softmax units, categorical_crossentropy);
   * 'regression': one standardised column (1 linear unit, mse).
   */
  task: Task;
  /** Columns of y: units of the output layer. */
  outputs: number;
  /** Number of classes; 0 for regression. */
  classes: number;
  /** Name of class i: sorted, numerically when every label is a number. Empty for regression. */
  classNames: string[];
  /** Regression only: y holds (value - mean) / std, so a prediction p is p * std + mean in the file's units. */
  targetScale: { mean: number; std: number } | null;
}

export type PreparedResult = { ok: true; data: PreparedData } | { ok: false; error: TableError };

/** The size check on its own, so the UI can refuse a file by its File.size before reading it. */
export function checkCsvSize(bytes: number, maxBytes = CSV_MAX_BYTES): TableError | null {
  if (bytes <= maxBytes) return null;
  return { message: `This file is ${size(bytes)}; Layerlab handles files up to ${size(maxBytes)} in the browser.` };
}

/** Builds a table from already-split cells, working out which columns are numeric. */
export function tableOf(columns: string[], rows: string[][], rowNumbers: number[]): CsvTable {
  const numericColumns = columns.map((_, j) => {
    let values = 0;
    for (const row of rows) {
      if (isMissing(row[j])) continue;
      if (!isNumber(row[j])) return false;
      values++;
    }
    return values > 0;
  });
  return { columns, rows, rowNumbers, numericColumns };
}

export function prepareTable(table: CsvTable, opts: PrepareOptions): PreparedResult {
  const { target, features, task, validationSplit, validationRows = 'shuffled', seed } = opts;
  const columnOf = (name: string) => table.columns.indexOf(name);
  if (columnOf(target) < 0) return fail(`There is no column named '${target}'.`, undefined, target);
  if (features.length === 0) return fail('Choose at least one input column.');
  for (let i = 0; i < features.length; i++) {
    const name = features[i];
    if (columnOf(name) < 0) return fail(`There is no column named '${name}'.`, undefined, name);
    if (name === target) return fail(`'${name}' is the target, so it cannot also be an input.`, undefined, name);
    if (features.indexOf(name) !== i) return fail(`'${name}' is chosen twice as an input.`, undefined, name);
  }
  if (!(Number.isFinite(validationSplit) && validationSplit >= 0 && validationSplit <= MAX_VALIDATION_FRACTION)) {
    return fail(`The validation split must be between 0 and ${MAX_VALIDATION_FRACTION}, got ${validationSplit}.`);
  }
  if (!Number.isInteger(seed)) return fail(`The seed must be a whole number, got ${seed}.`);

  const cellError = firstCellError(table, features, target, task);
  if (cellError) return { ok: false, error: cellError };

  const n = table.rows.length;
  const d = features.length;
  const targetColumn = columnOf(target);
  const labels = task === 'classification' ? encodeLabels(table, targetColumn) : null;
  if (labels && 'message' in labels) return { ok: false, error: labels };
  const targetValues = table.rows.map((row) => (labels ? labels.index.get(row[targetColumn])! : Number(row[targetColumn])));
  if (!labels && targetValues.every((v) => v === targetValues[0])) {
    return fail(`The target '${target}' is ${targetValues[0]} in every row, so there is nothing to predict.`, undefined, target);
  }

  const { order, cut } = splitOrder(n, { validationSplit, validationRows, seed });
  const featureColumns = features.map(columnOf);
  const pick = (which: Uint32Array) => {
    const x = new Float64Array(which.length * d);
    const y = new Float64Array(which.length);
    for (let i = 0; i < which.length; i++) {
      const row = table.rows[which[i]];
      for (let j = 0; j < d; j++) x[i * d + j] = Number(row[featureColumns[j]]);
      y[i] = targetValues[which[i]];
    }
    return { x, y, n: which.length };
  };
  const train = pick(order.subarray(0, cut));
  const validation = cut < n ? pick(order.subarray(cut)) : null;

  // Statistics from the training rows only: the validation rows stand in for data the model has never seen.
  const standardizer = fitStandardizer(train.x, train.n, d);
  for (const set of [train, validation]) if (set) applyStandardizer(set.x, set.n, d, standardizer, set.x);
  const tooLarge = overflowError(table, standardizer, [train.x, validation?.x], featureColumns);
  if (tooLarge) return { ok: false, error: tooLarge };

  const common = { d, featureNames: [...features], standardizer, targetName: target };
  if (!labels) {
    const fitted = fitStandardizer(train.y, train.n, 1);
    const targetScale = { mean: fitted.mean[0], std: fitted.std[0] };
    for (const set of [train, validation]) if (set) applyStandardizer(set.y, set.n, 1, fitted, set.y);
    const targetTooLarge = overflowError(table, fitted, [train.y, validation?.y], [targetColumn]);
    if (targetTooLarge) return { ok: false, error: targetTooLarge };
    return { ok: true, data: { ...common, train, validation, task: 'regression', outputs: 1, classes: 0, classNames: [], targetScale } };
  }
  const k = labels.names.length;
  if (k === 2) {
    return { ok: true, data: { ...common, train, validation, task: 'binary', outputs: 1, classes: 2, classNames: labels.names, targetScale: null } };
  }
  const hot = (set: Dataset): Dataset => ({ ...set, y: oneHot(set.y, k) });
  return {
    ok: true,
    data: {
      ...common,
      train: hot(train),
      validation: validation && hot(validation),
      task: 'multiclass',
      outputs: k,
      classes: k,
      classNames: labels.names,
      targetScale: null,
    },
  };
}

/**
 * Finite numbers can still be too large to train on: standardising a column sums its values and
 * their squares, and ±1.7e308 (or 1e200 squared) overflows to Infinity, so every value would become
 * NaN. `values` are the standardised rows of `rows` (table indices), one column per entry of `columns`.
 * The error names the column and its largest value, which is the one to fix.
 */
function overflowError(table: CsvTable, stats: Standardizer, values: (Float64Array | undefined)[], columns: number[]): TableError | null {
  const d = columns.length;
  // An infinite spread turns every value into 0 rather than NaN, so the statistics are checked as well as the values.
  let bad = columns.findIndex((_, j) => !Number.isFinite(stats.mean[j]) || !Number.isFinite(stats.std[j]));
  for (let s = 0; s < values.length && bad < 0; s++) {
    const v = values[s];
    if (!v) continue;
    const i = v.findIndex((x) => !Number.isFinite(x));
    if (i >= 0) bad = i % d;
  }
  if (bad < 0) return null;
  const column = columns[bad];
  let worst = 0;
  for (let r = 1; r < table.rows.length; r++) {
    if (Math.abs(Number(table.rows[r][column])) > Math.abs(Number(table.rows[worst][column]))) worst = r;
  }
  const name = table.columns[column];
  const row = table.rowNumbers[worst];
  return {
    message:
      `Row ${row}, column '${name}': ${table.rows[worst][column]} is too large to learn from. Before training, each column is rescaled ` +
      `to an average of 0 and a spread of 1, and numbers this large overflow on the way. Divide the column by a power of ten in your ` +
      `spreadsheet (keeping its values below about 1e150), or leave it out.`,
    row,
    column: name,
  };
}

/** The first empty or non-numeric cell in the chosen columns, in reading order, with a count of the others. */
function firstCellError(table: CsvTable, features: readonly string[], target: string, task: PrepareOptions['task']): TableError | null {
  const chosen = table.columns.map((name, j) => ({ name, j, numeric: name !== target || task === 'regression' })).filter(({ name }) => name === target || features.includes(name));
  let first: TableError | null = null;
  let others = 0;
  for (let i = 0; i < table.rows.length; i++) {
    for (const { name, j, numeric } of chosen) {
      const cell = table.rows[i][j];
      const row = table.rowNumbers[i];
      let message: string | null = null;
      if (isMissing(cell)) {
        message = cell === '' ? `Row ${row}, column '${name}' is empty.` : `Row ${row}, column '${name}' is missing ('${cell}').`;
      } else if (numeric && !isNumber(cell)) {
        const hint = /^[+-]?\d+,\d+$/.test(cell) ? ` Write decimals with a dot: '${cell.replace(',', '.')}'.` : '';
        const why = name === target ? ' A regression target must be a number; to predict categories, choose classification.' : '';
        message = `Row ${row}, column '${name}': '${cell}' is not a number.${hint}${why}`;
      }
      if (message === null) continue;
      if (first) others++;
      else first = { message, row, column: name };
    }
  }
  if (first && others > 0) {
    first.message += ` ${others === 1 ? '1 other cell' : `${others.toLocaleString('en')} other cells`} in the chosen columns ${others === 1 ? 'has' : 'have'} a problem too.`;
  }
  return first;
}

/** Class names in sorted order (numeric order when all are numbers) and each label's class index. */
function encodeLabels(table: CsvTable, column: number): { names: string[]; index: Map<string, number> } | TableError {
  const name = table.columns[column];
  const distinct = [...new Set(table.rows.map((row) => row[column]))];
  const numeric = distinct.every(isNumber);
  // "1" and "1.0" are one class when the labels are numbers.
  const key = (label: string) => (numeric ? String(Number(label)) : label);
  const names = [...new Set(distinct.map(key))];
  if (numeric) names.sort((a, b) => Number(a) - Number(b));
  else names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  if (names.length < 2) {
    return { message: `The target '${name}' has only one value ('${names[0]}'); a classifier needs at least two classes.`, column: name };
  }
  if (names.length > MAX_TARGET_CLASSES) {
    return {
      message: `The target '${name}' has ${names.length} different values; classification handles up to ${MAX_TARGET_CLASSES} classes. If it is a quantity, choose regression.`,
      column: name,
    };
  }
  const position = new Map(names.map((n, i) => [n, i]));
  return { names, index: new Map(distinct.map((label) => [label, position.get(key(label))!])) };
}

const MISSING = new Set(['', 'na', 'n/a', 'nan', 'null', '?']);
// Every marker is at most 4 characters: the length test spares a lower-cased copy of each cell.
export const isMissing = (cell: string) => cell.length <= 4 && MISSING.has(cell.toLowerCase());
export const isBlank = (record: string[]) => record.every((c) => c.trim() === '');

/** A plain decimal number: what a spreadsheet writes. Number() alone would also take '0x1f', '' and 'Infinity'. */
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
export const isNumber = (cell: string) => NUMBER.test(cell) && Number.isFinite(Number(cell));

export function fail(message: string, row?: number, column?: string): { ok: false; error: TableError } {
  const error: TableError = { message };
  if (row !== undefined) error.row = row;
  if (column !== undefined) error.column = column;
  return { ok: false, error };
}

export function preview(cells: string[]): string {
  const shown = cells.slice(0, 4).join(', ');
  return cells.length > 4 ? `${shown}, …` : shown;
}

/** A, B, ..., Z, AA, AB: the names a spreadsheet shows above its columns. */
export function columnLetter(j: number): string {
  let s = '';
  for (let k = j + 1; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

/** Sizes as file managers show them: 1 MB = 1,000,000 bytes. */
export function size(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1000))} kB`;
  const mb = bytes / 1_000_000;
  return `${mb < 10 ? Number(mb.toFixed(1)) : Math.round(mb)} MB`;
}
