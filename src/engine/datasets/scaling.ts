// Column scaling and label encoding for tabular data: x is n rows of d columns, row-major.
// Fit on the training rows, then apply the same statistics to validation and test rows.

import { EngineError } from '../types.ts';

export interface Standardizer {
  mean: Float64Array;
  /** Population standard deviation; 1 for a constant column, so applying never divides by zero. */
  std: Float64Array;
}

export interface MinMax {
  min: Float64Array;
  max: Float64Array;
}

export function fitStandardizer(x: Float64Array, n: number, d: number): Standardizer {
  checkFitShape(x, n, d);
  const mean = new Float64Array(d);
  const std = new Float64Array(d);
  for (let j = 0; j < d; j++) {
    if (isConstantColumn(x, n, d, j)) {
      // Taking the value itself (not sum / n, which can round) makes the column standardise to exactly 0.
      mean[j] = x[j];
      std[j] = 1;
      continue;
    }
    let sum = 0;
    for (let i = 0; i < n; i++) sum += x[i * d + j];
    const m = sum / n;
    let squares = 0;
    for (let i = 0; i < n; i++) squares += (x[i * d + j] - m) ** 2;
    mean[j] = m;
    std[j] = Math.sqrt(squares / n);
  }
  return { mean, std };
}

/** (x - mean) / std per column, into `out` if given. */
export function applyStandardizer(x: Float64Array, n: number, d: number, s: Standardizer, out?: Float64Array): Float64Array {
  checkApplyShape(x, n, d, s.mean.length, out);
  const result = out ?? new Float64Array(n * d);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) result[i * d + j] = (x[i * d + j] - s.mean[j]) / s.std[j];
  }
  return result;
}

export function fitMinMax(x: Float64Array, n: number, d: number): MinMax {
  checkFitShape(x, n, d);
  const min = new Float64Array(d).fill(Infinity);
  const max = new Float64Array(d).fill(-Infinity);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < d; j++) {
      const v = x[i * d + j];
      if (v < min[j]) min[j] = v;
      if (v > max[j]) max[j] = v;
    }
  }
  return { min, max };
}

/**
 * Maps each column's fitted [min, max] onto [0, 1]; a constant column maps to 0.
 * Rows outside the fitted range (e.g. validation data) land outside [0, 1]: no clipping, as scikit-learn.
 */
export function applyMinMax(x: Float64Array, n: number, d: number, s: MinMax, out?: Float64Array): Float64Array {
  checkApplyShape(x, n, d, s.min.length, out);
  const result = out ?? new Float64Array(n * d);
  for (let j = 0; j < d; j++) {
    const range = s.max[j] - s.min[j];
    for (let i = 0; i < n; i++) result[i * d + j] = range > 0 ? (x[i * d + j] - s.min[j]) / range : 0;
  }
  return result;
}

/** n labels to n rows of `classes` values, 1 at the label's index and 0 elsewhere. */
export function oneHot(labels: Float64Array | number[], classes: number): Float64Array {
  if (!Number.isInteger(classes) || classes < 1) {
    throw new EngineError(`the number of classes must be a whole number of at least 1, got ${classes}`, 'classes');
  }
  const out = new Float64Array(labels.length * classes);
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i];
    if (!Number.isInteger(label)) {
      throw new EngineError(`label ${label} is not a class index (a whole number)`, `labels[${i}]`);
    }
    if (label < 0 || label >= classes) {
      throw new EngineError(`label ${label} is out of range: expected 0 to ${classes - 1} for ${classes} classes`, `labels[${i}]`);
    }
    out[i * classes + label] = 1;
  }
  return out;
}

function isConstantColumn(x: Float64Array, n: number, d: number, j: number): boolean {
  for (let i = 1; i < n; i++) if (x[i * d + j] !== x[j]) return false;
  return true;
}

/** Statistics from no rows, or from NaN or infinite values, would silently poison every later step. */
function checkFitShape(x: Float64Array, n: number, d: number): void {
  if (!Number.isInteger(n) || n < 1) throw new EngineError(`need at least one row to fit on, got ${n}`, 'n');
  if (!Number.isInteger(d) || d < 1) throw new EngineError(`need at least one column, got ${d}`, 'd');
  if (x.length !== n * d) throw new EngineError(`expected ${n} rows of ${d} columns (${n * d} values), got ${x.length}`, 'x');
  for (let k = 0; k < x.length; k++) {
    if (!Number.isFinite(x[k])) {
      throw new EngineError(`value ${x[k]} is not a finite number`, `x[${Math.floor(k / d)}][${k % d}]`);
    }
  }
}

function checkApplyShape(x: Float64Array, n: number, d: number, fitted: number, out: Float64Array | undefined): void {
  if (!Number.isInteger(n) || n < 0) throw new EngineError(`the number of rows must be a whole number, got ${n}`, 'n');
  if (d !== fitted) throw new EngineError(`the scaler was fitted on ${fitted} columns, got ${d}`, 'd');
  if (x.length !== n * d) throw new EngineError(`expected ${n} rows of ${d} columns (${n * d} values), got ${x.length}`, 'x');
  if (out && out.length !== n * d) throw new EngineError(`expected room for ${n * d} values, got ${out.length}`, 'out');
}
