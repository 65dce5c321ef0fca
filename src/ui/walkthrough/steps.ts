// The walkthrough's steps: which there are for a network, in order, their names, titles and what
// the graph emphasises during each. Pure, from the model spec alone.

import type { ModelSpec } from '../../engine/index.ts';

export type Step =
  | { kind: 'input'; mode: 'forward' }
  | { kind: 'neuron'; mode: 'forward'; layer: number; unit: number }
  | { kind: 'softmax'; mode: 'forward'; layer: number }
  | { kind: 'loss'; mode: 'forward' }
  | { kind: 'delta'; mode: 'backward'; layer: number; unit: number }
  | { kind: 'gradient'; mode: 'backward'; layer: number; unit: number }
  | { kind: 'update'; mode: 'backward'; layer: number; unit: number }
  | { kind: 'apply'; mode: 'backward' };

export type StepKind = Step['kind'];

/**
 * Forward: the sample, every neuron layer by layer (a softmax layer then shares out its exponentials),
 * the prediction and its loss. Backward: every neuron's delta from the output back to the first layer,
 * then each neuron's gradients and its update, and finally applying the update.
 */
export function stepsOf(spec: ModelSpec): Step[] {
  const steps: Step[] = [{ kind: 'input', mode: 'forward' }];
  spec.layers.forEach((layer, l) => {
    for (let j = 0; j < layer.units; j++) steps.push({ kind: 'neuron', mode: 'forward', layer: l, unit: j });
    if (layer.activation === 'softmax') steps.push({ kind: 'softmax', mode: 'forward', layer: l });
  });
  steps.push({ kind: 'loss', mode: 'forward' });
  const backwards = spec.layers.map((_, l) => spec.layers.length - 1 - l);
  for (const l of backwards) for (let j = 0; j < spec.layers[l].units; j++) steps.push({ kind: 'delta', mode: 'backward', layer: l, unit: j });
  for (const l of backwards) {
    for (let j = 0; j < spec.layers[l].units; j++) {
      steps.push({ kind: 'gradient', mode: 'backward', layer: l, unit: j });
      steps.push({ kind: 'update', mode: 'backward', layer: l, unit: j });
    }
  }
  steps.push({ kind: 'apply', mode: 'backward' });
  return steps;
}

/** A stable name for a step, kept across a change of weights (and of sample). */
export function stepKey(step: Step): string {
  return 'layer' in step ? `${step.kind}:${step.layer}${'unit' in step ? `:${step.unit}` : ''}` : step.kind;
}

export function firstBackwardIndex(steps: readonly Step[]): number {
  return steps.findIndex((s) => s.mode === 'backward');
}

/** What the network graph emphasises during a step. */
export interface StepTarget {
  layer: number;
  unit?: number;
  input?: number;
  edges?: 'in' | 'out' | 'none';
}

export function stepTarget(step: Step, spec: ModelSpec): StepTarget | null {
  const last = spec.layers.length - 1;
  switch (step.kind) {
    case 'input':
    case 'softmax':
    case 'apply':
      return null;
    case 'loss':
      return spec.layers[last].units === 1 ? { layer: last, unit: 0, edges: 'none' } : null;
    case 'neuron':
    case 'gradient':
    case 'update':
      return { layer: step.layer, unit: step.unit, edges: 'in' };
    case 'delta':
      // A hidden neuron's delta gathers the deltas of the layer above through its outgoing weights.
      return { layer: step.layer, unit: step.unit, edges: step.layer === last ? 'none' : 'out' };
  }
}

export function layerLabel(spec: ModelSpec, layer: number): string {
  return layer === spec.layers.length - 1 ? 'Output layer' : `Layer ${layer + 1}`;
}

export function stepTitle(step: Step, spec: ModelSpec): string {
  const neuron = (l: number, j: number) => (l === spec.layers.length - 1 && spec.layers[l].units === 1 ? 'Output neuron' : `${layerLabel(spec, l)}, neuron ${j + 1}`);
  switch (step.kind) {
    case 'input':
      return 'The sample goes in';
    case 'neuron':
      return neuron(step.layer, step.unit);
    case 'softmax':
      return `${layerLabel(spec, step.layer)}: softmax`;
    case 'loss':
      return 'Prediction and loss';
    case 'delta':
      return `${neuron(step.layer, step.unit)}: its delta δ`;
    case 'gradient':
      return `${neuron(step.layer, step.unit)}: gradients`;
    case 'update':
      return `${neuron(step.layer, step.unit)}: the update`;
    case 'apply':
      return 'Apply the update';
  }
}
