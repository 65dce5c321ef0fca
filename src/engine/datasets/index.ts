// The engine's data module: built-in 2-D datasets, input features, scaling and noise.

export {
  DATASETS_2D,
  DATASET_INFO,
  FEATURES,
  FEATURE_LABELS,
  DOMAIN,
  NOISE_MAX,
  MIN_CLASSES,
  MAX_CLASSES,
  DEFAULT_CLASSES,
  MAX_VALIDATION_FRACTION,
} from './names.ts';
export type { Dataset2DName, FeatureName, Task } from './names.ts';
export {
  generate2D,
  classCounts,
  splitTrainValidation,
  planeTarget,
  bumpsTarget,
} from './datasets2d.ts';
export type { Dataset2DOptions, Points2D } from './datasets2d.ts';
export { featureValue, applyFeatures, gridPoints } from './features.ts';
export { fitStandardizer, applyStandardizer, fitMinMax, applyMinMax, oneHot } from './scaling.ts';
export type { Standardizer, MinMax } from './scaling.ts';
export { randomNoise } from './noise.ts';
export type { RandomNoiseOptions, TabularData } from './noise.ts';
