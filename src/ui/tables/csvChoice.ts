// The CSV dialog's first guess at what a learner wants to predict, and from what.

import { isMissing, isNumber, type CsvTable } from '../../tables/csv.ts';
import type { CsvChoice } from '../../tables/prepare.ts';

/** A target with at most this many different whole numbers is taken for classes. */
const GUESS_CLASSES_UP_TO = 10;

/** Classification when the target is text, or few different whole numbers; regression otherwise. */
export function guessTask(table: CsvTable, j: number): CsvChoice['task'] {
  const distinct = new Set<string>();
  for (const row of table.rows) {
    const cell = row[j];
    if (isMissing(cell)) continue;
    if (!isNumber(cell)) return 'classification';
    if (!Number.isInteger(Number(cell))) return 'regression';
    distinct.add(String(Number(cell)));
    if (distinct.size > GUESS_CLASSES_UP_TO) return 'regression';
  }
  return 'classification';
}

/**
 * Inputs by default: every column but the target that is meant to hold numbers (nine in ten of its
 * values are numbers, as the reader counted), so that a stray word or a missing value in one is
 * reported with its row rather than the column silently left out.
 */
export function choiceFor(loaded: Loaded, target: string): CsvChoice {
  const { table, mostlyNumeric } = loaded;
  const t = table.columns.indexOf(target);
  const features = table.columns.filter((_, j) => j !== t && mostlyNumeric[j]);
  return { target, features, task: guessTask(table, t) };
}

/** A file the dialog read. */
export interface Loaded {
  fileName: string;
  size: number;
  table: CsvTable;
  mostlyNumeric: boolean[];
  /** How the file was read (its encoding, decimal commas), for the learner. */
  notices: string[];
}
