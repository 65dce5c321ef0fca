// What the teacher's dialog calls each control a lesson can lock and each panel it can hide.

import type { ControlId, PanelId } from '../../../state/lockStore.ts';

export const CONTROL_LABELS: Record<ControlId, string> = {
  dataset: 'Dataset',
  noise: 'Noise',
  validationSplit: 'Validation split',
  samples: 'Samples and classes',
  classes: 'Number of classes',
  regenerate: 'Regenerate',
  features: 'Input features',
  layers: 'Layers and neurons',
  activation: 'Activations',
  optimizer: 'Optimizer',
  learningRate: 'Learning rate',
  momentum: 'Momentum',
  loss: 'Loss',
  regularization: 'Regularization',
  initializer: 'Initializer',
  batchSize: 'Batch size',
  seed: 'Seed',
  play: 'Play and pause',
  step: 'Step',
  reset: 'Reset',
  speed: 'Speed',
};

export const PANEL_LABELS: Record<PanelId, string> = {
  data: 'Data',
  network: 'Network',
  output: 'Output plot',
  metrics: 'Metrics',
  curves: 'Learning curves',
  compile: 'Compile settings',
  fit: 'Fit settings',
};
