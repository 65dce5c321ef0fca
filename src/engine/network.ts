// The network itself: a stack of dense layers, its weights in flat typed arrays (Keras layout:
// kernel[i][j] of a layer is kernel[i * units + j]) and the batched forward pass. Buffers grow to
// the largest batch seen and are reused, so passes allocate nothing in their hot loops.
// Model (model.ts) adds compile, training and evaluation on top.
import { activateInPlace, type Float } from './activations.ts';
import { describe, finite, isRecord, knownKeys, toArray2D } from './check.ts';
import { gemm } from './gemm.ts';
import { assertInitializer, initializeKernels } from './initializers.ts';
import { layerShapes, type LayerShape } from './shape.ts';
import { validateSpec } from './spec.ts';
import { DTYPES, EngineError, type Dtype, type InitOptions, type ModelSpec } from './types.ts';
import { copyInto, fromKerasLists, toKerasLists, type KerasWeights } from './weights.ts';

export interface CreateOptions extends InitOptions {
  /** Storage for weights and activations. float64 by default: exact enough for gradient checks. */
  dtype?: Dtype;
}

const FLOAT32_MAX = 3.4028234663852886e38;

export class Network {
  readonly spec: ModelSpec;
  readonly dtype: Dtype;
  /** kernels[l][i * units + j]: weight from input i to unit j of layer l. */
  readonly kernels: Float[];
  readonly biases: Float[];
  protected readonly ArrayType: Float64ArrayConstructor | Float32ArrayConstructor;
  /** kernel0, bias0, kernel1, bias1, ...: the same arrays as kernels and biases. */
  protected readonly params: Float[];

  // Reusable buffers, sized for `capacity` samples.
  private capacity = 0;
  protected acts: Float[] = [];
  protected outZ: Float = new Float64Array(0);
  protected deltas: Float[] = [];

  constructor(spec: ModelSpec, options: CreateOptions = {}) {
    this.spec = validateSpec(spec);
    if (!isRecord(options as unknown)) throw new EngineError(`must be an object, got ${describe(options)}`, 'options');
    knownKeys(options as Record<string, unknown>, ['dtype', 'seed', 'initializer', 'constant'], '');
    const dtype = options.dtype ?? 'float64';
    if (!(DTYPES as readonly unknown[]).includes(dtype)) {
      throw new EngineError(`unknown dtype ${describe(dtype)}; use float64 (exact) or float32 (as GPUs and TF.js)`, 'dtype');
    }
    this.dtype = dtype;
    this.ArrayType = this.dtype === 'float32' ? Float32Array : Float64Array;
    const shapes = this.shapes();
    this.kernels = shapes.map((s) => new this.ArrayType(s.inputs * s.units));
    this.biases = shapes.map((s) => new this.ArrayType(s.units));
    this.params = this.kernels.flatMap((k, l) => [k, this.biases[l]]);
    this.drawWeights(options);
  }

  /** Draws the kernels from a seed and zeroes the biases. */
  protected drawWeights(options: InitOptions): void {
    const initializer = assertInitializer(options.initializer ?? 'glorot_uniform', 'initializer');
    const seed = finite(options.seed ?? 1, 'seed');
    const constant = finite(options.constant ?? 0, 'constant');
    initializeKernels(this.kernels, this.shapes(), initializer, seed, constant);
    for (const b of this.biases) b.fill(0);
  }

  shapes(): LayerShape[] {
    return layerShapes(this.spec);
  }

  get outputs(): number {
    return this.spec.layers[this.spec.layers.length - 1].units;
  }

  protected ensureCapacity(n: number): void {
    if (n <= this.capacity) return;
    const cap = Math.max(n, this.capacity * 2);
    this.acts = this.spec.layers.map((l) => new this.ArrayType(cap * l.units));
    this.deltas = this.spec.layers.map((l) => new this.ArrayType(cap * l.units));
    this.outZ = new this.ArrayType(cap * this.outputs);
    this.capacity = cap;
  }

  /** Forward pass over n rows of x into the internal buffers; returns the output buffer. */
  protected forwardInto(x: Float, n: number): Float {
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

  protected checkBatch(x: ArrayLike<number>, n: number, width: number, what: string): void {
    if (!Number.isInteger(n) || n < 1) throw new EngineError(`batch size must be a whole number of at least 1, got ${describe(n)}`, what);
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
    if (x.length === 0) throw new EngineError('needs at least one row of inputs', 'x');
    const out = this.predictBatch(flat, x.length);
    const k = this.outputs;
    return x.map((_, r) => Array.from(out.subarray(r * k, r * k + k)));
  }

  /** Keras order and layout: [kernel0 [inputs][units], bias0 [units], kernel1, bias1, ...]. */
  getWeights(): KerasWeights {
    return toKerasLists(this.params, this.shapes());
  }

  /** Sets every weight from Keras order and layout; checks every shape and value first, so a bad list changes nothing. */
  setWeights(weights: KerasWeights): void {
    this.setFlat(fromKerasLists(weights, this.shapes(), 'weights'), 'weights');
  }

  /** Copies checked flat arrays in, refusing values a float32 model cannot hold. */
  protected setFlat(arrays: Float64Array[], path: string): void {
    if (this.dtype === 'float32') {
      arrays.forEach((a, p) => {
        const i = a.findIndex((v) => Math.abs(v) > FLOAT32_MAX);
        if (i >= 0) throw new EngineError(`is ${a[i]}, too large for a float32 model`, `${path}: array ${p}, value ${i}`);
      });
    }
    copyInto(this.params, arrays);
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
    if (flat === null || typeof flat !== 'object' || flat.length !== total) {
      throw new EngineError(`expected ${total} parameters, got ${describe(flat)}`, 'params');
    }
    let o = 0;
    const arrays = this.params.map((p) => {
      const a = new Float64Array(p.length);
      for (let i = 0; i < p.length; i++) {
        const v = flat[o + i];
        // The path is built only for a bad value: a string per parameter made this the page's hot spot.
        a[i] = typeof v === 'number' && Number.isFinite(v) ? v : finite(v, `params[${o + i}]`);
      }
      o += p.length;
      return a;
    });
    this.setFlat(arrays, 'params');
  }

  /** Sets one weight (input >= 0) or bias (input = -1) of unit `unit` in layer `layer`. */
  setParam(layer: number, unit: number, input: number, value: number): void {
    const shapes = this.shapes();
    if (!Number.isInteger(layer) || layer < 0 || layer >= shapes.length) throw new EngineError(`no layer ${describe(layer)}; the model has ${shapes.length}`, 'layer');
    const s = shapes[layer];
    if (!Number.isInteger(unit) || unit < 0 || unit >= s.units) throw new EngineError(`no unit ${describe(unit)}; layer ${layer} has ${s.units}`, `layers[${layer}].unit`);
    if (!Number.isInteger(input) || input < -1 || input >= s.inputs) throw new EngineError(`no input ${describe(input)}; layer ${layer} has ${s.inputs}`, `layers[${layer}].input`);
    finite(value, 'value');
    if (this.dtype === 'float32' && Math.abs(value) > FLOAT32_MAX) throw new EngineError(`is ${value}, too large for a float32 model`, 'value');
    if (input === -1) this.biases[layer][unit] = value;
    else this.kernels[layer][input * s.units + unit] = value;
  }

  /** Is every weight and bias a finite number? (False once training has diverged.) */
  weightsFinite(): boolean {
    for (const p of this.params) for (let i = 0; i < p.length; i++) if (!Number.isFinite(p[i])) return false;
    return true;
  }
}
