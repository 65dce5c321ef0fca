// A Keras-shaped model: the network (network.ts) plus compile, training, evaluation, the trace
// and the model file. Training reuses its gradient buffers, so it allocates nothing in its hot loop.
import { backpropActivation, type Float } from './activations.ts';
import { toArray2D, wholeNumber } from './check.ts';
import { resolveCompile } from './compile.ts';
import { fitModel, type FitOptions, type FitResult } from './fit.ts';
import { gemm } from './gemm.ts';
import { checkLossFitsOutput, countCorrect, lossAndDelta, lossOnly } from './losses.ts';
import { buildModelJSON, type ModelJSON, type ToJSONOptions } from './modelFile.ts';
import { Network, type CreateOptions } from './network.ts';
import { applyUpdate, copyOptimizerState, createOptimizerState, restoreOptimizerState, stateFits, type OptimizerState } from './optimizers.ts';
import { kernelPenalty } from './penalties.ts';
import { traceBackward, traceForward, type ModelView, type Trace } from './trace.ts';
import { EngineError, type BatchResult, type CompileOptions, type InitOptions, type LayerWeights, type ModelSpec, type ResolvedCompile } from './types.ts';

export type { CreateOptions } from './network.ts';

/** Rows of x and y for the list-based API: the same number of rows, at least one. */
function rowsOf(model: Model, x: unknown, y: unknown): { x: Float64Array; y: Float64Array; n: number } {
  const fx = toArray2D(x, model.spec.inputs, 'x');
  const fy = toArray2D(y, model.outputs, 'y');
  const n = (x as unknown[]).length;
  if (n === 0) throw new EngineError('needs at least one row of inputs', 'x');
  if (n !== (y as unknown[]).length) throw new EngineError(`has ${(y as unknown[]).length} rows but x has ${n}: every input row needs its target row`, 'y');
  return { x: fx, y: fy, n };
}

export class Model extends Network {
  private compiled: ResolvedCompile | null = null;
  private optState: OptimizerState | null = null;
  private readonly gradK: Float[];
  private readonly gradB: Float[];
  private readonly grads: Float[];

  constructor(spec: ModelSpec, options: CreateOptions = {}) {
    super(spec, options);
    const shapes = this.shapes();
    this.gradK = shapes.map((s) => new this.ArrayType(s.inputs * s.units));
    this.gradB = shapes.map((s) => new this.ArrayType(s.units));
    this.grads = this.gradK.flatMap((k, l) => [k, this.gradB[l]]);
  }

  /** (Re)draws the kernels from a seed and zeroes the biases and the optimiser's memory. */
  initialize(options: InitOptions = {}): void {
    this.drawWeights(options);
    if (this.compiled) this.optState = createOptimizerState(this.params, this.compiled);
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

  /** L1/L2 penalty on the kernels: l1 * sum|w| + l2 * sum w^2 (Keras' kernel_regularizer). */
  penalty(): number {
    return kernelPenalty(this.kernels, this.options.l1, this.options.l2);
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
    const rows = rowsOf(this, x, y);
    const r = this.trainBatch(rows.x, rows.y, rows.n);
    return r.loss + r.penalty;
  }

  /** Gradients of the mean loss (plus penalty) for this batch, Keras layout, without updating anything. */
  gradients(x: number[][], y: number[][]): LayerWeights[] {
    const rows = rowsOf(this, x, y);
    this.backward(rows.x, rows.y, rows.n);
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
    this.checkBatch(x, n, d, 'x');
    this.checkBatch(y, n, k, 'y');
    wholeNumber(batch, 'batch', 1);
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
    const rows = rowsOf(this, x, y);
    const r = this.evaluateBatch(rows.x, rows.y, rows.n);
    return { loss: r.loss + r.penalty, accuracy: r.accuracy };
  }

  /**
   * Keras' fit: epochs of shuffled mini-batches. validationSplit holds out the LAST fraction of
   * the rows, taken before shuffling, as Keras does. History values follow Keras: `loss` includes
   * the L1/L2 penalty.
   */
  fit(x: number[][], y: number[][], opts: FitOptions = {}): FitResult {
    const rows = rowsOf(this, x, y);
    return fitModel(this, rows, opts);
  }

  /** What the trace may read: the arrays themselves, which it only reads. */
  private view(): ModelView {
    return { spec: this.spec, kernels: this.kernels, biases: this.biases, compile: this.compiled, optimizerState: this.optState };
  }

  /** One sample, every number: the forward trace, and with a target y the backward trace too. */
  trace(x: number[], y?: number[]): Trace {
    const forward = traceForward(this.view(), x);
    return { forward, backward: y === undefined ? null : traceBackward(this.view(), forward, y) };
  }

  /**
   * The model file. `optimizer: true` adds the optimiser's memory, so that training resumed from
   * the file continues exactly; `training` keeps settings of the run (epochs, batch size, ...).
   */
  toJSON(options: ToJSONOptions | string = {}): ModelJSON {
    // JSON.stringify(model) calls toJSON with a key (a string): that means the defaults.
    const { optimizer = false, training } = typeof options === 'string' ? {} : options;
    return buildModelJSON({
      spec: this.spec,
      weights: this.getWeights(),
      compile: this.compiled,
      optimizer: optimizer && this.optState ? { iterations: this.optState.iterations, slots: this.optState.slots.map((s) => [...s]) } : null,
      training,
      shapes: this.shapes(),
    });
  }

  /** A copy of the optimiser's memory (step count and slots), e.g. to preview an update elsewhere. */
  getOptimizerState(): { iterations: number; slots: Float64Array[][] } | null {
    return this.optState ? copyOptimizerState(this.optState) : null;
  }

  /** Restores optimiser memory copied from a model of the same shape and optimiser. */
  setOptimizerState(state: { iterations: number; slots: ArrayLike<number>[][] }): void {
    if (!this.optState) throw new EngineError('call compile() before restoring optimiser state', 'compile');
    restoreOptimizerState(this.optState, state, 'optimizerState');
  }
}

export function createModel(spec: ModelSpec, options: CreateOptions = {}): Model {
  return new Model(spec, options);
}
