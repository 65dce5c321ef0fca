// Names of the built-in 2-D datasets and input features, what kind of task each dataset is, and the
// bounds the generators keep to (here, apart from datasets2d.ts, so the page's first screen needs no generator).

export const DATASETS_2D = ['circle', 'xor', 'gauss', 'spiral', 'moons', 'blobs', 'spirals', 'plane', 'bumps'] as const;
export type Dataset2DName = (typeof DATASETS_2D)[number];

export type Task = 'binary' | 'multiclass' | 'regression';

/** Half the side of the square every dataset lives in. */
export const DOMAIN = 6;
export const NOISE_MAX = 50;
export const MIN_CLASSES = 3;
export const MAX_CLASSES = 6;
export const DEFAULT_CLASSES = 3;
export const MAX_VALIDATION_FRACTION = 0.9;

/** The digits 0 to 9 of MNIST (mnist.ts reads the images). */
export const MNIST_CLASSES = 10;

export const DATASET_INFO: Record<Dataset2DName, { label: string; task: Task }> = {
  circle: { label: 'Circle', task: 'binary' },
  xor: { label: 'Exclusive or', task: 'binary' },
  gauss: { label: 'Two Gaussians', task: 'binary' },
  spiral: { label: 'Spiral', task: 'binary' },
  moons: { label: 'Two moons', task: 'binary' },
  blobs: { label: 'Blobs (k classes)', task: 'multiclass' },
  spirals: { label: 'Spiral (k arms)', task: 'multiclass' },
  plane: { label: 'Plane (regression)', task: 'regression' },
  bumps: { label: 'Gaussian bumps (regression)', task: 'regression' },
};

/** Input features computed from a 2-D point (x1, x2), as in TensorFlow Playground. */
export const FEATURES = ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'] as const;
export type FeatureName = (typeof FEATURES)[number];

export const FEATURE_LABELS: Record<FeatureName, string> = {
  x1: 'x₁',
  x2: 'x₂',
  x1sq: 'x₁²',
  x2sq: 'x₂²',
  x1x2: 'x₁x₂',
  sinx1: 'sin(x₁)',
  sinx2: 'sin(x₂)',
};
