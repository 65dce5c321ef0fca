// The explainable path: one sample through the network, every number a learner may want to see.
// Deliberately plain (one neuron at a time, ordinary arrays): it is the arithmetic a learner
// would do by hand. Tests prove it agrees with the fast batched path.
import { derivativeFromOutput, type Float } from './activations.ts';
import { finite, list } from './check.ts';
import { fire, weightedSum } from './neuron.ts';
import { applyUpdate, type OptimizerState } from './optimizers.ts';
import { kernelPenalty, penaltyGradient } from './penalties.ts';
import { layerShapes } from './shape.ts';
import { EngineError, type ActivationName, type LossName, type ModelSpec, type ResolvedCompile } from './types.ts';

/** What the trace reads of a model, and nothing more. It never writes to these arrays. */
export interface ModelView {
  readonly spec: ModelSpec;
  /** kernels[l][i * units + j]: weight from input i to unit j of layer l. */
  readonly kernels: readonly Float[];
  readonly biases: readonly Float[];
  /** The compile settings; null before compile(). */
  readonly compile: ResolvedCompile | null;
  readonly optimizerState: { readonly iterations: number; readonly slots: readonly (readonly Float[])[] } | null;
}

export interface NeuronTrace {
  unit: number;
  inputs: number[];
  weights: number[];
  bias: number;
  /** terms[i] = weights[i] * inputs[i] */
  terms: number[];
  /** z = sum of terms + bias */
  z: number;
  /** a = f(z) */
  a: number;
}

export interface SoftmaxTrace {
  /** Subtracted from every z before exponentiating (0 unless a z is large enough to overflow). */
  shift: number;
  exps: number[];
  sum: number;
}

export interface LayerTrace {
  layer: number;
  activation: ActivationName;
  neurons: NeuronTrace[];
  softmax: SoftmaxTrace | null;
}

export interface ForwardTrace {
  input: number[];
  layers: LayerTrace[];
  output: number[];
}

export interface BackwardLayerTrace {
  layer: number;
  activation: ActivationName;
  /** dL/da for each unit. */
  outputGrad: number[];
  /** f'(z) for each unit (for softmax, the diagonal of its Jacobian). */
  slope: number[];
  /** delta = dL/dz for each unit. */
  delta: number[];
  /** dL/dw[i][j] = delta[j] * input[i] (plus the penalty's share, if any). */
  kernelGrad: number[][];
  /** dL/db[j] = delta[j] */
  biasGrad: number[];
  /** Weights and biases after one optimiser step on this sample alone. */
  newKernel: number[][];
  newBias: number[];
}

export interface BackwardTrace {
  loss: LossName;
  target: number[];
  /** This sample's data loss under the compiled loss. */
  value: number;
  /** Sum of squared errors, as the classic lessons write the error. */
  sse: number;
  penalty: number;
  learningRate: number;
  /** Output to input. */
  layers: BackwardLayerTrace[];
}

export interface Trace {
  forward: ForwardTrace;
  backward: BackwardTrace | null;
}

function finiteList(v: unknown, length: number, path: string, what: string): number[] {
  const values = list(v, length, path, what);
  return values.map((value, i) => finite(value, `${path}[${i}]`));
}

export function traceForward(model: ModelView, x: number[]): ForwardTrace {
  const { spec } = model;
  x = finiteList(x, spec.inputs, 'x', 'input values');
  let inputs = x.slice();
  const layers: LayerTrace[] = spec.layers.map(({ units, activation }, l) => {
    const kernel = model.kernels[l];
    const neurons: NeuronTrace[] = [];
    for (let j = 0; j < units; j++) {
      const weights = inputs.map((_, i) => kernel[i * units + j]);
      const bias = model.biases[l][j];
      const { terms, z } = weightedSum(weights, inputs, bias);
      neurons.push({ unit: j, inputs: inputs.slice(), weights, bias, terms, z, a: activation === 'softmax' ? NaN : fire(activation, z) });
    }
    let softmax: SoftmaxTrace | null = null;
    if (activation === 'softmax') {
      const maxZ = Math.max(...neurons.map((n) => n.z));
      const shift = maxZ > 50 ? maxZ : 0;
      const exps = neurons.map((n) => Math.exp(n.z - shift));
      const sum = exps.reduce((s, e) => s + e, 0);
      neurons.forEach((n, j) => (n.a = exps[j] / sum));
      softmax = { shift, exps, sum };
    }
    inputs = neurons.map((n) => n.a);
    return { layer: l, activation, neurons, softmax };
  });
  return { input: x.slice(), layers, output: inputs };
}

function sampleLoss(loss: LossName, out: LayerTrace, y: number[]): number {
  const k = y.length;
  switch (loss) {
    case 'mse':
      return out.neurons.reduce((s, n, j) => s + (n.a - y[j]) ** 2, 0) / k;
    case 'binary_crossentropy':
      return out.neurons.reduce((s, n, j) => s + Math.max(n.z, 0) - n.z * y[j] + Math.log1p(Math.exp(-Math.abs(n.z))), 0) / k;
    case 'categorical_crossentropy': {
      const lse = Math.log(out.softmax!.sum) + out.softmax!.shift;
      return out.neurons.reduce((s, n, j) => s + y[j] * (lse - n.z), 0);
    }
  }
}

/** Gradient of this sample's loss at the output: dL/da and dL/dz (fused for the cross-entropies, as training does). */
function outputDeltas(loss: LossName, out: LayerTrace, y: number[]): { outputGrad: number[]; slope: number[]; delta: number[] } {
  const k = y.length;
  const a = out.neurons.map((n) => n.a);
  const slope = out.activation === 'softmax' ? a.map((p) => p * (1 - p)) : a.map((v) => derivativeFromOutput(out.activation as Exclude<ActivationName, 'softmax'>, v));
  switch (loss) {
    case 'mse': {
      const outputGrad = a.map((v, j) => (2 * (v - y[j])) / k);
      if (out.activation === 'softmax') {
        const dot = outputGrad.reduce((s, g, j) => s + g * a[j], 0);
        return { outputGrad, slope, delta: a.map((p, j) => p * (outputGrad[j] - dot)) };
      }
      return { outputGrad, slope, delta: outputGrad.map((g, j) => g * slope[j]) };
    }
    case 'binary_crossentropy':
      return { outputGrad: a.map((p, j) => (p - y[j]) / (p * (1 - p) * k)), slope, delta: a.map((p, j) => (p - y[j]) / k) };
    case 'categorical_crossentropy': {
      const sumY = y.reduce((s, v) => s + v, 0);
      return { outputGrad: a.map((p, j) => -y[j] / p), slope, delta: a.map((p, j) => p * sumY - y[j]) };
    }
  }
}

export function traceBackward(model: ModelView, forward: ForwardTrace, y: number[]): BackwardTrace {
  const o = model.compile;
  if (!o) throw new EngineError('call compile({ optimizer, loss }) before tracing the backward pass', 'compile');
  const shapes = layerShapes(model.spec);
  y = finiteList(y, shapes[shapes.length - 1].units, 'y', 'target values');
  const { layers } = forward;
  const last = layers[layers.length - 1];
  const back: Omit<BackwardLayerTrace, 'newKernel' | 'newBias'>[] = [];
  let grads = outputDeltas(o.loss, last, y);
  for (let l = layers.length - 1; l >= 0; l--) {
    const { neurons, activation } = layers[l];
    const input = neurons[0].inputs;
    const kernelGrad = input.map((xi, i) => grads.delta.map((d, j) => d * xi + penaltyGradient(model.kernels[l][i * shapes[l].units + j], o.l1, o.l2)));
    back.push({ layer: l, activation, ...grads, kernelGrad, biasGrad: grads.delta.slice() });
    if (l > 0) {
      const below = layers[l - 1];
      const outputGrad = below.neurons.map((_, i) => neurons.reduce((s, n, j) => s + n.weights[i] * grads.delta[j], 0));
      const slope = below.neurons.map((n) => derivativeFromOutput(below.activation as Exclude<ActivationName, 'softmax'>, n.a));
      grads = { outputGrad, slope, delta: outputGrad.map((g, i) => g * slope[i]) };
    }
  }
  const updated = previewUpdate(model, o, back);
  return {
    loss: o.loss,
    target: y.slice(),
    value: sampleLoss(o.loss, last, y),
    sse: last.neurons.reduce((s, n, j) => s + (n.a - y[j]) ** 2, 0),
    penalty: kernelPenalty(model.kernels, o.l1, o.l2),
    learningRate: o.learningRate,
    layers: back.map((b) => ({ ...b, newKernel: updated[b.layer].kernel, newBias: updated[b.layer].bias })),
  };
}

/** What one optimiser step on this sample would make of every weight: the same update code as training, on copies. */
function previewUpdate(model: ModelView, o: ResolvedCompile, back: Omit<BackwardLayerTrace, 'newKernel' | 'newBias'>[]): { kernel: number[][]; bias: number[] }[] {
  const { optimizerState } = model;
  const copies: Float[] = model.kernels.flatMap((k, l) => [Float64Array.from(k), Float64Array.from(model.biases[l])]);
  const byLayer = [...back].sort((a, b) => a.layer - b.layer);
  const grads: Float[] = byLayer.flatMap((b) => [Float64Array.from(b.kernelGrad.flat()), Float64Array.from(b.biasGrad)]);
  const state: OptimizerState = {
    iterations: optimizerState?.iterations ?? 0,
    slots: (optimizerState?.slots ?? []).map((s) => s.map((a) => Float64Array.from(a))),
  };
  applyUpdate(copies, grads, state, o);
  return layerShapes(model.spec).map((s, l) => ({
    kernel: Array.from({ length: s.inputs }, (_, i) => Array.from(copies[2 * l].subarray(i * s.units, (i + 1) * s.units))),
    bias: Array.from(copies[2 * l + 1]),
  }));
}
