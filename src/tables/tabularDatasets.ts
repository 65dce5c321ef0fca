// The small real tables that come with Layerlab, as the page knows them before their rows arrive: names,
// columns, classes. Apart from tabular.ts, which prepares their rows, so the dataset cards need none of
// that code; their descriptions and credits are in tabularAbout.ts, for the panel that shows them.

export interface TabularInfo {
  label: string;
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
}

/** How a regression target's values and errors are written. */
export type TargetUnit = 'mpg' | 'thousand dollars';

export const TABULAR_DATASETS = {
  iris: {
    label: 'Iris flowers',
    task: 'classification',
    file: 'iris.json',
    featureNames: ['Sepal length (cm)', 'Sepal width (cm)', 'Petal length (cm)', 'Petal width (cm)'],
    target: 'Species',
    classNames: ['setosa', 'versicolor', 'virginica'],
    rows: 150,
  },
  penguins: {
    label: 'Palmer penguins',
    task: 'classification',
    file: 'penguins.json',
    featureNames: ['Bill length (mm)', 'Bill depth (mm)', 'Flipper length (mm)', 'Body mass (g)'],
    target: 'Species',
    classNames: ['Adelie', 'Chinstrap', 'Gentoo'],
    rows: 342,
  },
  autoMpg: {
    label: 'Auto MPG',
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
  },
  boston: {
    label: 'Boston housing',
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
  },
} satisfies Record<string, TabularInfo>;

export type TabularName = keyof typeof TABULAR_DATASETS;
export const TABULAR_NAMES = Object.keys(TABULAR_DATASETS) as TabularName[];
