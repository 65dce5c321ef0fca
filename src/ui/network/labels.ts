// Words the network views share: layer and neuron names (1-based, as a learner counts),
// activation labels, and number formatting. Kept in one place so the graph, the matrices,
// the summary and the editors always name the same thing the same way.

import type { ActivationName, ModelSpec } from '../../engine/types.ts';
import { FEATURE_LABELS, type FeatureName, type Task } from '../../engine/datasets/names.ts';
import type { EditHit } from './hits.ts';

/** What the learner reads for each input: a feature's symbol (x₁, sin(x₁)) or a table's column name. */
export function featureLabels(features: readonly FeatureName[]): string[] {
  return features.map((f) => FEATURE_LABELS[f]);
}

/** Activations a hidden layer may use, in the order the menu lists them: one list, kept with the setup. */
export { HIDDEN_ACTIVATIONS as HIDDEN_ACTIVATION_CHOICES } from '../../setup/defaults.ts';

export const ACTIVATION_LABELS: Record<ActivationName, string> = {
  linear: 'Linear (none)',
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  relu: 'ReLU',
  leaky_relu: 'Leaky ReLU',
  elu: 'ELU',
  softplus: 'Softplus',
  softmax: 'Softmax',
};

/** Short forms for narrow columns. */
export const ACTIVATION_SHORT: Record<ActivationName, string> = {
  linear: 'linear',
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  leaky_relu: 'leaky ReLU',
  elu: 'ELU',
  softplus: 'softplus',
  softmax: 'softmax',
};

export function isOutputLayer(spec: ModelSpec, layer: number): boolean {
  return layer === spec.layers.length - 1;
}

/** "layer 2", or "output layer 3" for the last dense layer. */
export function layerName(spec: ModelSpec, layer: number): string {
  return `${isOutputLayer(spec, layer) ? 'output layer' : 'layer'} ${layer + 1}`;
}

/** "layer 2 neuron 3" (1-based). */
export function unitName(spec: ModelSpec, layer: number, unit: number): string {
  return `${layerName(spec, layer)} neuron ${unit + 1}`;
}

/** Where input `input` of dense layer `layer` comes from: an input (by its label), or a neuron of the layer before. */
export function sourceName(spec: ModelSpec, inputLabels: readonly string[], layer: number, input: number): string {
  if (layer === 0) return inputLabels[input] ?? `input ${input + 1}`;
  return unitName(spec, layer - 1, input);
}

export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// The one number formatter of the page, re-exported for the graph's own modules.
export { formatShort, formatValue } from '../format.ts';

/** What the output layer is and why: "sigmoid · 2 classes", "softmax · 4 classes", "linear · regression". */
export function outputReason(task: Task, units: number, activation: ActivationName): { activation: string; reason: string; explanation: string } {
  switch (task) {
    case 'binary':
      return {
        activation,
        reason: '2 classes',
        explanation: 'Two classes: one sigmoid neuron gives the probability of the blue class.',
      };
    case 'multiclass':
      return {
        activation,
        reason: `${units} classes`,
        explanation: `${units} classes: softmax turns one neuron per class into probabilities that add up to 1.`,
      };
    case 'regression':
      return {
        activation,
        reason: 'regression',
        explanation: 'Regression: a linear output can take any value, like the target.',
      };
  }
}

/** Human count: "1 neuron", "4 neurons". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** What the weight editor is editing: "Weight from x₁ to layer 1, neuron 2". */
export function editorLabel(hit: EditHit, spec: ModelSpec, labels: readonly string[]): string {
  return hit.kind === 'bias'
    ? `Bias of ${unitName(spec, hit.layer, hit.unit)}`
    : `Weight from ${sourceName(spec, labels, hit.layer, hit.input)} to ${unitName(spec, hit.layer, hit.unit)}`;
}
