// A sequential stack of dense layers with Keras' surface (compile, fit, predict, evaluate,
// getWeights/setWeights). Weights live in flat typed arrays in Keras layout: kernel[i][j] of a
// layer is kernel[i * units + j]. Batched passes reuse buffers that grow to the largest batch
// seen, so training allocates nothing in its hot loop.
import { activateInPlace, assertActivation, backpropActivation, type Float } from './activations.ts';
import { gemm } from './gemm.ts';
import { assertInitializer, initializeKernels } from './initializers.ts';
import { assertLoss, checkLossFitsOutput, countCorrect, lossAndDelta, lossOnly } from './losses.ts';
import { applyUpdate, createOptimizerState, stateFits, type OptimizerState } from './optimizers.ts';
import { modelToJSON, type ModelJSON, type TrainingSettings } from './serialize.ts';
import { traceBackward, traceForward, type Trace } from './trace.ts';
import { Trainer } from './trainer.ts';
import {
  EngineError,
  OPTIMIZERS,
  type BatchResult,
  type CompileOptions,
  type InitOptions,
  type LayerWeights,
  type ModelSpec,
  type ResolvedCompile,
} from './types.ts';

export type Dtype = 'float64' | 'float32';

export interface CreateOptions extends InitOptions {
  /** Storage for weights and activations. float64 by default: exact enough for gradient checks. */
  dtype?: Dtype;
}

export const COMPILE_DEFAULTS: ResolvedCompile = {
  optimizer: 'sgd',
  learningRate: 0.01,
  momentum: 0,
  nesterov: false,
  rho: 0.9,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-7,
  loss: 'mse',
  metrics: [],
  l1: 0,
  l2: 0,
};

/** Keras' default learning rates differ by optimiser: SGD 0.01, RMSprop and Adam 0.001. */
function defaultLearningRate(optimizer: CompileOptions['optimizer']): number {
  return optimizer === 'adam' || optimizer === 'rmsprop' ? 0.001 : 0.01;
}

export function validateSpec(spec: ModelSpec): ModelSpec {
  if (spec === null || typeof spec !== 'object') throw new EngineError('a model needs { inputs, layers }', 'spec');
  if (!Number.isInteger(spec.inputs) || spec.inputs < 1) {
    throw new EngineError(`must be a whole number of at least 1, got ${JSON.stringify(spec.inputs)}`, 'inputs');
  }
  if (!Array.isArray(spec.layers) || spec.layers.length === 0) {
    throw new EngineError('a model needs at least one layer (the output layer)', 'layers');
  }
  const layers = spec.layers.map((layer, l) => {
    if (layer === null || typeof layer !== 'object') throw new EngineError('must be { units, activation }', `layers[${l}]`);
    if (!Number.isInteger(layer.units) || layer.units < 1) {
      throw new EngineError(`must be a whole number of at least 1, got ${JSON.stringify(layer.units)}`, `layers[${l}].units`);
    }
    const activation = assertActivation(layer.activation, `layers[${l}].activation`);
    if (activation === 'softmax' && l !== spec.layers.length - 1) {
      throw new EngineError('softmax is only available on the output layer', `layers[${l}].activation`);
    }
    return { units: layer.units, activation };
  });
  return { inputs: spec.inputs, layers };
}

function resolveCompile(opts: CompileOptions, previous: ResolvedCompile | null): ResolvedCompile {
  const base = previous ?? COMPILE_DEFAULTS;
  const optimizer = opts.optimizer ?? base.optimizer;
  if (!(OPTIMIZERS as readonly string[]).includes(optimizer)) {
    throw new EngineError(`unknown optimizer ${JSON.stringify(optimizer)}; use one of ${OPTIMIZERS.join(', ')}`, 'optimizer');
  }
  const learningRate = opts.learningRate ?? (previous && previous.optimizer === optimizer ? previous.learningRate : defaultLearningRate(optimizer));
  const r: ResolvedCompile = {
    ...base,
    ...Object.fromEntries(Object.entries(opts).filter(([, v]) => v !== undefined)),
    optimizer,
    learningRate,
    metrics: opts.metrics ?? base.metrics,
  };
  r.loss = assertLoss(r.loss, 'loss');
  const positive = { learningRate: r.learningRate, epsilon: r.epsilon } as const;
  for (const [key, v] of Object.entries(positive)) {
    if (!(Number.isFinite(v) && v > 0)) throw new EngineError(`must be a positive number, got ${v}`, key);
  }
  const unit = { momentum: r.momentum, rho: r.rho, beta1: r.beta1, beta2: r.beta2 } as const;
  for (const [key, v] of Object.entries(unit)) {
    if (!(Number.isFinite(v) && v >= 0 && v < 1)) throw new EngineError(`must be at least 0 and below 1, got ${v}`, key);
  }
  for (const key of ['l1', 'l2'] as const) {
    if (!(Number.isFinite(r[key]) && r[key] >= 0)) throw new EngineError(`must be zero or positive, got ${r[key]}`, key);
  }
  return r;
}

function toArray2D(rows: number[][], width: number, what: string): Float64Array {
  if (!Array.isArray(rows)) throw new EngineError('must be an array of rows', what);
  const out = new Float64Array(rows.length * width);
  rows.forEach((row, r) => {
    if (!Array.isArray(row) || row.length !== width) {
      throw new EngineError(`row has ${Array.isArray(row) ? row.length : 'no'} values, expected ${width}`, `${what}[${r}]`);
    }
    row.forEach((v, c) => {
      if (typeof v !== 'number' || !Number.isFinite(v)) throw new EngineError(`is ${v}, not a finite number`, `${what}[${r}][${c}]`);
      out[r * width + c] = v;
    });
  });
  return out;
}

function toArray1D(values: number[], length: number, what: string): Float64Array {
  if (!Array.isArray(values) || values.length !== length) {
    throw new EngineError(`has ${Array.isArray(values) ? values.length : 'no'} values, expected ${length}`, what);
  }
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new EngineError(`is ${v}, not a finite number`, `${what}[${i}]`);
  });
  return Float64Array.from(values);
}

export class Model {
  readonly spec: ModelSpec;
  readonly dtype: Dtype;
  /** kernels[l][i * units + j]: weight from input i to unit j of layer l. */
  readonly kernels: Float[];
  readonly biases: Float[];
  private compiled: ResolvedCompile | null = null;
  private optState: OptimizerState | null = null;
  private readonly ArrayType: Float64ArrayConstructor | Float32ArrayConstructor;

  // Reusable buffers, sized for `capacity` samples.
  private capacity = 0;
  private acts: Float[] = [];
  private outZ: Float = new Float64Array(0);
  private deltas: Float[] = [];
  private readonly gradK: Float[];
  private readonly gradB: Float[];
  private readonly params: Float[];
  private readonly grads: Float[];

  constructor(spec: ModelSpec, options: CreateOptions = {}) {
    this.spec = validateSpec(spec);
    this.dtype = options.dtype ?? 'float64';
    this.ArrayType = this.dtype === 'float32' ? Float32Array : Float64Array;
    const shapes = this.shapes();
    this.kernels = shapes.map((s) => new this.ArrayType(s.inputs * s.units));
    this.biases = shapes.map((s) => new this.ArrayType(s.units));
    this.gradK = shapes.map((s) => new this.ArrayType(s.inputs * s.units));
    this.gradB = shapes.map((s) => new this.ArrayType(s.units));
    this.params = this.kernels.flatMap((k, l) => [k, this.biases[l]]);
    this.grads = this.gradK.flatMap((k, l) => [k, this.gradB[l]]);
    this.initialize(options);
  }

  /** (Re)draws the kernels from a seed and zeroes the biases and the optimiser's memory. */
  initialize(options: InitOptions = {}): void {
    const initializer = assertInitializer(options.initializer ?? 'glorot_uniform', 'initializer');
    const seed = options.seed ?? 1;
    if (!Number.isFinite(seed)) throw new EngineError(`must be a number, got ${seed}`, 'seed');
    initializeKernels(this.kernels, this.shapes(), initializer, seed, options.constant ?? 0);
    for (const b of this.biases) b.fill(0);
    if (this.compiled) this.optState = createOptimizerState(this.params, this.compiled);
  }

  shapes(): { inputs: number; units: number }[] {
    return this.spec.layers.map((layer, l) => ({ inputs: l === 0 ? this.spec.inputs : this.spec.layers[l - 1].units, units: layer.units }));
  }

  get outputs(): number {
    return this.spec.layers[this.spec.layers.length - 1].units;
  }

  get options(): ResolvedCompile {
    if (!this.compiled) throw new EngineError('call compile({ optimizer, loss }) before training or evaluating', 'compile');
    return this.compiled;
  }

  get isCompiled(): boolean {
    return this.compiled !== null;
  }

  /**
   * Sets optimiser, loss, metrics and penalties. Calling it again (say, with a new learning rate)
   * keeps the weights, and keeps the optimiser's memory unless the kind of optimiser changed.
   */
  compile(opts: CompileOptions = {}): this {
    const next = resolveCompile(opts, this.compiled);
    const out = this.spec.layers[this.spec.layers.length - 1];
    checkLossFitsOutput(next.loss, out.activation, out.units);
    const keepState = this.optState && this.compiled?.optimizer === next.optimizer && stateFits(this.optState, next);
    this.compiled = next;
    if (!keepState) this.optState = createOptimizerState(this.params, next);
    return this;
  }

  /** Optimiser steps taken since the weights were initialised or the optimiser changed. */
  get iterations(): number {
    return this.optState?.iterations ?? 0;
  }

  private ensureCapacity(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, this.capacity * 2);
    this.acts = this.spec.layers.map((l) => new this.ArrayType(cap * l.units));
    this.deltas = this.spec.layers.map((l) => new this.ArrayType(cap * l.units));
    this.outZ = new this.ArrayType(cap * this.outputs);
    this.capacity = cap;
  }

  /** Forward pass over n rows of x into the internal buffers; returns the output buffer. */
  private forwardInto(x: Float, n: number): Float {
    this.ensureCapacity(n);
    const layers = this.spec.layers;
    let input: Float = x;
    let width = this.spec.inputs;
    for (let l = 0; l < layers.length; l++) {
      const { units, activation } = layers[l];
      const out = this.acts[l];
      gemm(n, units, width, input, width, 1, this.kernels[l], units, 1, out, units, this.biases[l]);
      if (l === layers.length - 1) this.outZ.set(out.subarray(0, n * units));
      activateInPlace(activation, out, n * units, units);
      input = out;
      width = units;
    }
    return this.acts[layers.length - 1];
  }

  private checkBatch(x: ArrayLike<number>, n: number, width: number, what: string): void {
    if (!Number.isInteger(n) || n < 1) throw new EngineError(`batch size must be a whole number of at least 1, got ${n}`, what);
    if (x.length < n * width) throw new EngineError(`has ${x.length} values, expected ${n} rows of ${width}`, what);
  }

  /** Outputs for n rows of x (row-major, n * inputs), as a new array of n * outputs. */
  predictBatch(x: Float, n: number): Float64Array {
    this.checkBatch(x, n, this.spec.inputs, 'x');
    return Float64Array.from(this.forwardInto(x, n).subarray(0, n * this.outputs));
  }

  /** Every layer's outputs for n rows of x: what per-neuron heatmaps draw. New arrays, n * units each. */
  forwardAll(x: Float, n: number): Float64Array[] {
    this.checkBatch(x, n, this.spec.inputs, 'x');
    this.forwardInto(x, n);
    return this.spec.layers.map((layer, l) => Float64Array.from(this.acts[l].subarray(0, n * layer.units)));
  }

  /**
   * Every layer's outputs for n rows, written into `out` as float32 (layer by layer, unit-major:
   * all n values of unit 0, then unit 1, ...) - the layout a heatmap per neuron wants.
   * Works in chunks so that a large grid never needs a large buffer.
   */
  neuronOutputs(x: Float, n: number, out: Float32Array, chunk = 1024): void {
    this.checkBatch(x, n, this.spec.inputs, 'x');
    const total = this.spec.layers.reduce((s, l) => s + l.units, 0);
    if (out.length < total * n) throw new EngineError(`needs ${total * n} values, got ${out.length}`, 'out');
    const d = this.spec.inputs;
    for (let start = 0; start < n; start += chunk) {
      const m = Math.min(chunk, n - start);
      this.forwardInto(x.subarray(start * d, (start + m) * d), m);
      let base = 0;
      for (let l = 0; l < this.spec.layers.length; l++) {
        const units = this.spec.layers[l].units;
        const a = this.acts[l];
        for (let j = 0; j < units; j++) {
          const o = base + j * n + start;
          for (let r = 0; r < m; r++) out[o + r] = a[r * units + j];
        }
        base += units * n;
      }
    }
  }

  predict(x: number[][]): number[][] {
    const flat = toArray2D(x, this.spec.inputs, 'x');
    const out = this.predictBatch(flat, x.length);
    const k = this.outputs;
    return x.map((_, r) => Array.from(out.subarray(r * k, r * k + k)));
  }

  /** L1/L2 penalty on the kernels: l1 * sum|w| + l2 * sum w^2 (Keras' kernel_regularizer). */
  penalty(): number {
    const { l1, l2 } = this.options;
    if (l1 === 0 && l2 === 0) return 0;
    let s1 = 0;
    let s2 = 0;
    for (const k of this.kernels) {
      for (let i = 0; i < k.length; i++) {
        s1 += Math.abs(k[i]);
        s2 += k[i] * k[i];
      }
    }
    return l1 * s1 + l2 * s2;
  }

  /** Forward and backward over one batch: fills the gradient buffers, returns the summed loss and correct count. */
  private backward(x: Float, y: Float, n: number): { lossSum: number; correct: number } {
    const o = this.options;
    this.checkBatch(x, n, this.spec.inputs, 'x');
    this.checkBatch(y, n, this.outputs, 'y');
    const layers = this.spec.layers;
    const last = layers.length - 1;
    const k = this.outputs;
    const out = this.forwardInto(x, n);
    const lossSum = lossAndDelta(o.loss, layers[last].activation, out, this.outZ, y, n, k, this.deltas[last]);
    const correct = o.metrics.includes('accuracy') ? countCorrect(out, y, n, k) : NaN;
    for (let l = last; l >= 0; l--) {
      const { units } = layers[l];
      const width = l === 0 ? this.spec.inputs : layers[l - 1].units;
      const input = l === 0 ? x : this.acts[l - 1];
      const delta = this.deltas[l];
      // dL/dW = inputs^T · delta ; dL/db = column sums of delta
      gemm(width, units, n, input, 1, width, delta, units, 1, this.gradK[l], units, null);
      const gb = this.gradB[l];
      gb.fill(0);
      for (let r = 0; r < n; r++) for (let j = 0; j < units; j++) gb[j] += delta[r * units + j];
      if (l > 0) {
        // dL/da of the layer below = delta · kernel^T, then through that layer's activation.
        const below = this.deltas[l - 1];
        gemm(n, width, units, delta, units, 1, this.kernels[l], 1, units, below, width, null);
        backpropActivation(layers[l - 1].activation, this.acts[l - 1], below, n * width, width);
      }
    }
    const { l1, l2 } = o;
    if (l1 !== 0 || l2 !== 0) {
      for (let l = 0; l <= last; l++) {
        const w = this.kernels[l];
        const g = this.gradK[l];
        for (let i = 0; i < w.length; i++) g[i] += l1 * Math.sign(w[i]) + 2 * l2 * w[i];
      }
    }
    return { lossSum, correct };
  }

  /** One step of the optimiser on one batch (fast path). Loss is measured before the update, as Keras does. */
  trainBatch(x: Float, y: Float, n: number): BatchResult {
    const penalty = this.penalty();
    const { lossSum, correct } = this.backward(x, y, n);
    applyUpdate(this.params, this.grads, this.optState!, this.options);
    return { loss: lossSum / n, penalty, correct, size: n };
  }

  /** Keras' train_on_batch: one update, returns the batch loss (data loss plus penalty). */
  trainOnBatch(x: number[][], y: number[][]): number {
    const r = this.trainBatch(toArray2D(x, this.spec.inputs, 'x'), toArray2D(y, this.outputs, 'y'), x.length);
    return r.loss + r.penalty;
  }

  /** Gradients of the mean loss (plus penalty) for this batch, Keras layout, without updating anything. */
  gradients(x: number[][], y: number[][]): LayerWeights[] {
    this.backward(toArray2D(x, this.spec.inputs, 'x'), toArray2D(y, this.outputs, 'y'), x.length);
    return this.shapes().map((s, l) => ({
      kernel: Array.from({ length: s.inputs }, (_, i) => Array.from(this.gradK[l].subarray(i * s.units, (i + 1) * s.units))),
      bias: Array.from(this.gradB[l]),
    }));
  }

  /** Mean loss and accuracy over a dataset (fast path, in batches). */
  evaluateBatch(x: Float, y: Float, n: number, batch = 256): { loss: number; penalty: number; accuracy: number } {
    const o = this.options;
    const d = this.spec.inputs;
    const k = this.outputs;
    let lossSum = 0;
    let correct = 0;
    for (let start = 0; start < n; start += batch) {
      const m = Math.min(batch, n - start);
      const out = this.forwardInto(x.subarray(start * d, (start + m) * d), m);
      const ys = y.subarray(start * k, (start + m) * k);
      lossSum += lossOnly(o.loss, out, this.outZ, ys, m, k);
      if (o.metrics.includes('accuracy')) correct += countCorrect(out, ys, m, k);
    }
    return { loss: lossSum / n, penalty: this.penalty(), accuracy: o.metrics.includes('accuracy') ? correct / n : NaN };
  }

  /** Keras' evaluate: loss (data loss plus penalty) and accuracy (NaN unless compiled with metrics: ['accuracy']). */
  evaluate(x: number[][], y: number[][]): { loss: number; accuracy: number } {
    const r = this.evaluateBatch(toArray2D(x, this.spec.inputs, 'x'), toArray2D(y, this.outputs, 'y'), x.length);
    return { loss: r.loss + r.penalty, accuracy: r.accuracy };
  }

  /** Keras order and layout: [kernel0 [inputs][units], bias0 [units], kernel1, bias1, ...]. */
  getWeights(): (number[][] | number[])[] {
    return this.shapes().flatMap((s, l) => [
      Array.from({ length: s.inputs }, (_, i) => Array.from(this.kernels[l].subarray(i * s.units, (i + 1) * s.units))),
      Array.from(this.biases[l]),
    ]);
  }

  /** Sets every weight from Keras order and layout; checks every shape and value first, so a bad list changes nothing. */
  setWeights(weights: (number[][] | number[])[]): void {
    const shapes = this.shapes();
    if (!Array.isArray(weights) || weights.length !== shapes.length * 2) {
      throw new EngineError(
        `expected ${shapes.length * 2} arrays (a kernel and a bias for each of ${shapes.length} layers), got ${Array.isArray(weights) ? weights.length : typeof weights}`,
        'weights',
      );
    }
    const flat = shapes.map((s, l) => ({
      kernel: toArray2D(weights[2 * l] as number[][], s.units, `weights[${2 * l}]`),
      bias: toArray1D(weights[2 * l + 1] as number[], s.units, `weights[${2 * l + 1}]`),
    }));
    flat.forEach((f, l) => {
      if (f.kernel.length !== shapes[l].inputs * shapes[l].units) {
        throw new EngineError(`kernel has ${f.kernel.length / shapes[l].units} rows, expected ${shapes[l].inputs} (one per input)`, `weights[${2 * l}]`);
      }
    });
    flat.forEach((f, l) => {
      this.kernels[l].set(f.kernel);
      this.biases[l].set(f.bias);
    });
  }

  /** Every parameter in one flat array, Keras order: kernel0, bias0, kernel1, bias1, ... */
  getParams(): Float64Array {
    const total = this.params.reduce((s, p) => s + p.length, 0);
    const out = new Float64Array(total);
    let o = 0;
    for (const p of this.params) {
      out.set(p, o);
      o += p.length;
    }
    return out;
  }

  setParams(flat: ArrayLike<number>): void {
    const total = this.params.reduce((s, p) => s + p.length, 0);
    if (flat.length !== total) throw new EngineError(`expected ${total} parameters, got ${flat.length}`, 'params');
    for (let i = 0; i < flat.length; i++) {
      if (!Number.isFinite(flat[i])) throw new EngineError(`is ${flat[i]}, not a finite number`, `params[${i}]`);
    }
    let o = 0;
    for (const p of this.params) {
      for (let i = 0; i < p.length; i++) p[i] = flat[o + i];
      o += p.length;
    }
  }

  /** Sets one weight (input >= 0) or bias (input = -1) of unit `unit` in layer `layer`. */
  setParam(layer: number, unit: number, input: number, value: number): void {
    const shapes = this.shapes();
    if (!Number.isInteger(layer) || layer < 0 || layer >= shapes.length) throw new EngineError(`no layer ${layer}; the model has ${shapes.length}`, 'layer');
    const s = shapes[layer];
    if (!Number.isInteger(unit) || unit < 0 || unit >= s.units) throw new EngineError(`no unit ${unit}; layer ${layer} has ${s.units}`, `layers[${layer}].unit`);
    if (!Number.isInteger(input) || input < -1 || input >= s.inputs) throw new EngineError(`no input ${input}; layer ${layer} has ${s.inputs}`, `layers[${layer}].input`);
    if (!Number.isFinite(value)) throw new EngineError(`is ${value}, not a finite number`, 'value');
    if (input === -1) this.biases[layer][unit] = value;
    else this.kernels[layer][input * s.units + unit] = value;
  }

  /** Is every weight and bias a finite number? (False once training has diverged.) */
  weightsFinite(): boolean {
    for (const p of this.params) for (let i = 0; i < p.length; i++) if (!Number.isFinite(p[i])) return false;
    return true;
  }

  /**
   * Keras' fit: epochs of shuffled mini-batches. validationSplit holds out the LAST fraction of
   * the rows, taken before shuffling, as Keras does. History values follow Keras: `loss` includes
   * the L1/L2 penalty.
   */
  fit(
    x: number[][],
    y: number[][],
    opts: { epochs?: number; batchSize?: number; validationSplit?: number; shuffle?: boolean; seed?: number } = {},
  ): { history: { loss: number[]; accuracy: number[]; val_loss: number[]; val_accuracy: number[] }; diverged: string | null } {
    const { epochs = 1, batchSize = 32, validationSplit = 0, shuffle = true, seed = 1 } = opts;
    if (!Number.isInteger(epochs) || epochs < 1) throw new EngineError(`must be a whole number of at least 1, got ${epochs}`, 'epochs');
    if (!(validationSplit >= 0 && validationSplit < 1)) throw new EngineError(`must be at least 0 and below 1, got ${validationSplit}`, 'validationSplit');
    const fx = toArray2D(x, this.spec.inputs, 'x');
    const fy = toArray2D(y, this.outputs, 'y');
    if (x.length !== y.length) throw new EngineError(`x has ${x.length} rows but y has ${y.length}`, 'y');
    const nVal = Math.floor(x.length * validationSplit);
    const nTrain = x.length - nVal;
    if (nTrain < 1) throw new EngineError('leaves no rows to train on', 'validationSplit');
    const d = this.spec.inputs;
    const k = this.outputs;
    const trainer = new Trainer(this, { x: fx.slice(0, nTrain * d), y: fy.slice(0, nTrain * k), n: nTrain }, {
      batchSize,
      shuffle,
      seed,
      validation: nVal > 0 ? { x: fx.slice(nTrain * d), y: fy.slice(nTrain * k), n: nVal } : null,
    });
    for (let e = 0; e < epochs && !trainer.diverged; e++) trainer.step('epoch');
    const h = trainer.history;
    return {
      history: {
        loss: h.map((r) => r.loss + r.penalty),
        accuracy: h.map((r) => r.accuracy),
        val_loss: h.map((r) => r.val_loss + r.penalty),
        val_accuracy: h.map((r) => r.val_accuracy),
      },
      diverged: trainer.diverged,
    };
  }

  /** One sample, every number: the forward trace, and with a target y the backward trace too. */
  trace(x: number[], y?: number[]): Trace {
    const forward = traceForward(this, x);
    return { forward, backward: y === undefined ? null : traceBackward(this, forward, y) };
  }

  toJSON(training?: TrainingSettings): ModelJSON {
    return modelToJSON(this, training);
  }

  /** A copy of the optimiser's memory (step count and slots), e.g. to preview an update elsewhere. */
  getOptimizerState(): { iterations: number; slots: Float64Array[][] } | null {
    if (!this.optState) return null;
    return { iterations: this.optState.iterations, slots: this.optState.slots.map((s) => s.map((a) => Float64Array.from(a))) };
  }

  /** Restores optimiser memory copied from a model of the same shape and optimiser. */
  setOptimizerState(state: { iterations: number; slots: ArrayLike<number>[][] }): void {
    const own = this.optState;
    if (!own) throw new EngineError('call compile() before restoring optimiser state', 'compile');
    const fits =
      Number.isInteger(state.iterations) &&
      state.iterations >= 0 &&
      state.slots.length === own.slots.length &&
      state.slots.every((s, p) => s.length === own.slots[p].length && s.every((a, i) => a.length === own.slots[p][i].length));
    if (!fits) throw new EngineError('does not fit this model and optimiser', 'optimizerState');
    own.iterations = state.iterations;
    state.slots.forEach((s, p) => s.forEach((a, i) => own.slots[p][i].set(a)));
  }

  /** The raw parameter and optimiser arrays, for the trace's update preview. */
  internals(): { params: Float[]; optimizerState: OptimizerState | null } {
    return { params: this.params, optimizerState: this.optState };
  }
}

export function createModel(spec: ModelSpec, options: CreateOptions = {}): Model {
  return new Model(spec, options);
}
