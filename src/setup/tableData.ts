// A table the page prepared and hands to the worker.

import type { Task } from '../engine/index.ts';
import type { TableSource } from './catalogue.ts';
import type { ValidationRows } from './config.ts';

/** A table the page prepared (standardised, split, encoded), handed to the worker. */
export interface TableData {
  source: TableSource;
  /** Increases with every table the page prepares, so the worker can tell a new file from the old one. */
  id: number;
  /** The split, rows and seed it was prepared with: the worker uses it only for a setup with the same. */
  validationSplit: number;
  validationRows: ValidationRows;
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
  /** A test set kept apart from training and validation (all of MNIST: its official 10,000 test images); reported, never trained or tuned on. */
  test?: { x: Float64Array; y: Float64Array; n: number } | null;
  /** Regression: a prediction p means p * std + mean in the target's own units. */
  targetScale: { mean: number; std: number } | null;
}

/** The typed arrays of a table, to transfer rather than copy. */
export function tableTransferables(data: TableData): Transferable[] {
  const sets = [data.train, data.validation, data.test].filter((s) => s != null);
  return sets.flatMap((s) => [s.x.buffer, s.y.buffer]);
}
