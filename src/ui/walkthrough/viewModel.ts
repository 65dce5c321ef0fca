// From a Trace to what the walkthrough shows, step by step. Pure functions, no formatting: every
// number here is the trace's own number (or, where the screen writes out a sum the trace keeps whole,
// the products it adds up), so viewModel.test.ts can hold the screen to the engine.

import type { ActivationName, BackwardLayerTrace, LossName, ModelSpec, OptimizerName, Task, Trace } from '../../engine/index.ts';
import { subscript } from '../format.ts';
import { layerLabel } from './steps.ts';

/** Wider layers show their largest terms and sum up the rest. */
export const MAX_TERMS = 6;

/** Names of a layer's inputs: the features for the first layer, a₁, a₂, ... (the previous layer's outputs) after it. */
export function inputSymbols(layer: number, featureLabels: readonly string[], count: number): string[] {
  return Array.from({ length: count }, (_, i) => (layer === 0 ? (featureLabels[i] ?? `x${subscript(i + 1)}`) : `a${subscript(i + 1)}`));
}

/** Where a layer's inputs come from, for a caption. */
export function inputSource(spec: ModelSpec, layer: number): string {
  return layer === 0 ? 'the input features' : `the outputs of ${layerLabel(spec, layer - 1).toLowerCase()}`;
}

/** Which of n items to show: all if few, else the largest |value| (kept in their order) and a count of the rest. */
export function pickLargest(values: readonly number[], max = MAX_TERMS): { shown: number[]; hidden: number[] } {
  const all = values.map((_, i) => i);
  if (values.length <= max) return { shown: all, hidden: [] };
  const keep = [...all].sort((a, b) => Math.abs(values[b]) - Math.abs(values[a]) || a - b).slice(0, max - 1);
  const kept = new Set(keep);
  return { shown: all.filter((i) => kept.has(i)), hidden: all.filter((i) => !kept.has(i)) };
}

// ---------- Forward ----------

export interface TermView {
  /** Index of the input (row of the kernel). */
  input: number;
  /** x₁, sin(x₁), a₂ ... */
  symbol: string;
  /** w₁, w₂ ... */
  weightName: string;
  x: number;
  w: number;
  /** w · x, as the trace has it. */
  term: number;
}

export interface Rest {
  count: number;
  /** Sum of the terms not shown (a display total: the trace keeps only the whole sum z). */
  sum: number;
}

export interface NeuronView {
  layer: number;
  unit: number;
  activation: ActivationName;
  isOutput: boolean;
  terms: TermView[];
  rest: Rest | null;
  bias: number;
  z: number;
  /** f(z); for softmax it comes from the whole layer (the softmax step). */
  a: number;
  /** The largest |term| or |bias|, to scale the colours. */
  scale: number;
}

export function neuronView(trace: Trace, spec: ModelSpec, featureLabels: readonly string[], layer: number, unit: number): NeuronView {
  const lt = trace.forward.layers[layer];
  const n = lt.neurons[unit];
  const symbols = inputSymbols(layer, featureLabels, n.inputs.length);
  const { shown, hidden } = pickLargest(n.terms);
  const terms = shown.map((i) => ({ input: i, symbol: symbols[i], weightName: `w${subscript(i + 1)}`, x: n.inputs[i], w: n.weights[i], term: n.terms[i] }));
  return {
    layer,
    unit,
    activation: lt.activation,
    isOutput: layer === spec.layers.length - 1,
    terms,
    rest: hidden.length ? { count: hidden.length, sum: hidden.reduce((s, i) => s + n.terms[i], 0) } : null,
    bias: n.bias,
    z: n.z,
    a: n.a,
    scale: Math.max(1e-12, Math.abs(n.bias), ...n.terms.map(Math.abs)),
  };
}

export interface SoftmaxView {
  layer: number;
  rows: { unit: number; z: number; exp: number; share: number }[];
  /** Subtracted from every z before exponentiating (0 unless a z is very large). */
  shift: number;
  sum: number;
  predicted: number;
}

export function softmaxView(trace: Trace, layer: number): SoftmaxView {
  const lt = trace.forward.layers[layer];
  const sm = lt.softmax!;
  const rows = lt.neurons.map((n, j) => ({ unit: j, z: n.z, exp: sm.exps[j], share: n.a }));
  return { layer, rows, shift: sm.shift, sum: sm.sum, predicted: argmax(rows.map((r) => r.share)) };
}

export type Prediction =
  | { kind: 'binary'; p: number; predicted: number; target: number; correct: boolean }
  | { kind: 'multiclass'; p: number; predicted: number; target: number; correct: boolean }
  | { kind: 'regression'; value: number; target: number };

export interface LossView {
  loss: LossName;
  rows: { unit: number; a: number; y: number }[];
  /** This sample's loss under the compiled loss (the trace's value). */
  value: number;
  /** Sum of squared errors, as classic lessons write the error. */
  sse: number;
  /** The L1/L2 penalty on the weights, reported apart. */
  penalty: number;
  prediction: Prediction;
}

export function predictionOf(task: Task, output: readonly number[], target: readonly number[]): Prediction {
  if (task === 'regression') return { kind: 'regression', value: output[0], target: target[0] };
  if (task === 'binary' || output.length === 1) {
    const predicted = output[0] >= 0.5 ? 1 : 0;
    const t = target[0] >= 0.5 ? 1 : 0;
    return { kind: 'binary', p: output[0], predicted, target: t, correct: predicted === t };
  }
  const predicted = argmax(output);
  const t = argmax(target);
  return { kind: 'multiclass', p: output[predicted], predicted, target: t, correct: predicted === t };
}

export function lossView(trace: Trace, task: Task): LossView {
  const b = trace.backward!;
  const out = trace.forward.output;
  return {
    loss: b.loss,
    rows: out.map((a, j) => ({ unit: j, a, y: b.target[j] })),
    value: b.value,
    sse: b.sse,
    penalty: b.penalty,
    prediction: predictionOf(task, out, b.target),
  };
}

// ---------- Backward ----------

/** How the output delta is written: which loss meets which activation. */
export type OutputRule = 'mse' | 'mse-softmax' | 'bce-sigmoid' | 'cce-softmax';

export interface OutputDeltaView {
  kind: 'output';
  layer: number;
  unit: number;
  activation: ActivationName;
  rule: OutputRule;
  /** Number of outputs (the mean in MSE and BCE divides by it). */
  k: number;
  a: number;
  y: number;
  z: number;
  /** dL/da */
  outputGrad: number;
  /** f'(z) (for softmax, the diagonal of its Jacobian, a(1 − a)). */
  slope: number;
  delta: number;
  /** For MSE through a softmax: Σ dL/da · a over the layer, which every share's delta subtracts. */
  dot: number | null;
}

export interface BackTermView {
  /** The unit of the layer above whose delta flows back. */
  unit: number;
  w: number;
  delta: number;
  /** w · δ (the products the trace adds up into dL/da). */
  product: number;
}

export interface HiddenDeltaView {
  kind: 'hidden';
  layer: number;
  unit: number;
  activation: ActivationName;
  z: number;
  a: number;
  terms: BackTermView[];
  rest: Rest | null;
  /** Σ w · δ = dL/da, the trace's number. */
  outputGrad: number;
  slope: number;
  delta: number;
}

export type DeltaView = OutputDeltaView | HiddenDeltaView;

function backOf(trace: Trace, layer: number): BackwardLayerTrace {
  return trace.backward!.layers.find((b) => b.layer === layer)!;
}

export function deltaView(trace: Trace, spec: ModelSpec, layer: number, unit: number): DeltaView {
  const back = backOf(trace, layer);
  const n = trace.forward.layers[layer].neurons[unit];
  const last = spec.layers.length - 1;
  if (layer === last) {
    const loss = trace.backward!.loss;
    const activation = back.activation;
    const rule: OutputRule =
      loss === 'binary_crossentropy' ? 'bce-sigmoid' : loss === 'categorical_crossentropy' ? 'cce-softmax' : activation === 'softmax' ? 'mse-softmax' : 'mse';
    const a = trace.forward.output;
    return {
      kind: 'output',
      layer,
      unit,
      activation,
      rule,
      k: a.length,
      a: n.a,
      y: trace.backward!.target[unit],
      z: n.z,
      outputGrad: back.outputGrad[unit],
      slope: back.slope[unit],
      delta: back.delta[unit],
      dot: rule === 'mse-softmax' ? back.outputGrad.reduce((s, g, j) => s + g * a[j], 0) : null,
    };
  }
  const above = trace.forward.layers[layer + 1];
  const aboveBack = backOf(trace, layer + 1);
  const products = above.neurons.map((m, j) => m.weights[unit] * aboveBack.delta[j]);
  const { shown, hidden } = pickLargest(products);
  return {
    kind: 'hidden',
    layer,
    unit,
    activation: back.activation,
    z: n.z,
    a: n.a,
    terms: shown.map((j) => ({ unit: j, w: above.neurons[j].weights[unit], delta: aboveBack.delta[j], product: products[j] })),
    rest: hidden.length ? { count: hidden.length, sum: hidden.reduce((s, j) => s + products[j], 0) } : null,
    outputGrad: back.outputGrad[unit],
    slope: back.slope[unit],
    delta: back.delta[unit],
  };
}

export interface GradientRow {
  input: number;
  symbol: string;
  weightName: string;
  /** The input the weight multiplied (a feature, or an output of the layer before). */
  x: number;
  /** dL/dw, the trace's number (δ · x, plus the penalty's share if any). */
  grad: number;
  /** The L1/L2 penalty's share of grad (grad − δ·x), 0 without regularization. */
  penalty: number;
}

export interface GradientView {
  layer: number;
  unit: number;
  delta: number;
  rows: GradientRow[];
  /** Rows left out of a wide layer. */
  more: number;
  biasGrad: number;
}

export function gradientView(trace: Trace, featureLabels: readonly string[], layer: number, unit: number): GradientView {
  const back = backOf(trace, layer);
  const n = trace.forward.layers[layer].neurons[unit];
  const symbols = inputSymbols(layer, featureLabels, n.inputs.length);
  const grads = back.kernelGrad.map((row) => row[unit]);
  const { shown, hidden } = pickLargest(grads);
  const delta = back.delta[unit];
  return {
    layer,
    unit,
    delta,
    rows: shown.map((i) => ({ input: i, symbol: symbols[i], weightName: `w${subscript(i + 1)}`, x: n.inputs[i], grad: grads[i], penalty: grads[i] - delta * n.inputs[i] })),
    more: hidden.length,
    biasGrad: back.biasGrad[unit],
  };
}

export interface UpdateRow {
  /** Input index, or -1 for the bias. */
  input: number;
  name: string;
  /** The weight now. */
  value: number;
  grad: number;
  /** After one optimiser step on this sample: the trace's newKernel / newBias. */
  next: number;
}

export interface UpdateView {
  layer: number;
  unit: number;
  optimizer: OptimizerName;
  learningRate: number;
  rows: UpdateRow[];
  more: number;
}

export function updateView(trace: Trace, optimizer: OptimizerName, layer: number, unit: number): UpdateView {
  const back = backOf(trace, layer);
  const n = trace.forward.layers[layer].neurons[unit];
  const grads = back.kernelGrad.map((row) => row[unit]);
  const { shown, hidden } = pickLargest(grads);
  const rows: UpdateRow[] = shown.map((i) => ({ input: i, name: `w${subscript(i + 1)}`, value: n.weights[i], grad: grads[i], next: back.newKernel[i][unit] }));
  rows.push({ input: -1, name: 'b', value: n.bias, grad: back.biasGrad[unit], next: back.newBias[unit] });
  return { layer, unit, optimizer, learningRate: trace.backward!.learningRate, rows, more: hidden.length };
}

/** How many weights and biases one optimiser step on this sample would change. */
export function changedParams(trace: Trace): number {
  let changed = 0;
  for (const l of trace.backward!.layers) {
    const neurons = trace.forward.layers[l.layer].neurons;
    l.newKernel.forEach((row, i) => row.forEach((w, j) => (changed += w !== neurons[j].weights[i] ? 1 : 0)));
    l.newBias.forEach((v, j) => (changed += v !== neurons[j].bias ? 1 : 0));
  }
  return changed;
}

function argmax(values: readonly number[]): number {
  let best = 0;
  for (let j = 1; j < values.length; j++) if (values[j] > values[best]) best = j;
  return best;
}
