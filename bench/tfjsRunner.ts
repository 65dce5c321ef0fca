// TensorFlow.js (CPU backend) doing the same work as the engine, by its fastest idiomatic path:
// variables per kernel and bias, fused matMul + bias (+ activation where tfjs fuses it), and
// optimizer.minimize inside tf.tidy. Layers' model.fit/trainOnBatch add overhead on top of this.

import * as tf from '@tensorflow/tfjs';
import { createRng, shuffleInPlace, type ActivationName } from '../src/engine/index.ts';
import type { BenchCompile, GridWorkload, TrainWorkload, Workload } from './workloads.ts';

interface Layer {
  kernel: tf.Variable;
  bias: tf.Variable;
  activation: ActivationName;
}

/** Activations tfjs can fuse into matMul; the rest run as a separate op. Keras' leaky_relu alpha is 0.3. */
const FUSED: Partial<Record<ActivationName, 'linear' | 'relu' | 'elu' | 'leakyrelu' | 'sigmoid'>> = {
  linear: 'linear',
  relu: 'relu',
  elu: 'elu',
  leaky_relu: 'leakyrelu',
  sigmoid: 'sigmoid',
};
const SEPARATE: Partial<Record<ActivationName, (x: tf.Tensor2D) => tf.Tensor2D>> = {
  tanh: (x) => tf.tanh(x),
  softplus: (x) => tf.softplus(x),
  softmax: (x) => tf.softmax(x),
};

function buildLayers(w: Workload): Layer[] {
  const init = tf.initializers.glorotUniform({ seed: 1 });
  let fanIn = w.spec.inputs;
  return w.spec.layers.map((l) => {
    const layer = {
      kernel: tf.variable(init.apply([fanIn, l.units]) as tf.Tensor2D),
      bias: tf.variable(tf.zeros([l.units])),
      activation: l.activation,
    };
    fanIn = l.units;
    return layer;
  });
}

/** Every layer's activations for a batch. */
function forwardAll(layers: Layer[], x: tf.Tensor2D): tf.Tensor2D[] {
  const out: tf.Tensor2D[] = [];
  let h = x;
  for (const { kernel, bias, activation } of layers) {
    const fused = FUSED[activation];
    h = tf.fused.matMul({ a: h, b: kernel, bias, activation: fused ?? 'linear', leakyreluAlpha: 0.3 }) as tf.Tensor2D;
    if (!fused) h = SEPARATE[activation]!(h);
    out.push(h);
  }
  return out;
}

/** Keras' losses, as tfjs-layers computes them. */
function loss(name: BenchCompile['loss'], p: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar {
  if (name === 'mse') return tf.mean(tf.squaredDifference(p, y));
  const clipped = tf.clipByValue(p, 1e-7, 1 - 1e-7);
  return tf.neg(tf.mean(tf.sum(tf.mul(y, tf.log(clipped)), 1)));
}

function optimizer(c: BenchCompile): tf.Optimizer {
  return c.optimizer === 'sgd' ? tf.train.sgd(c.learningRate) : tf.train.adam(c.learningRate, 0.9, 0.999, 1e-7);
}

function trainStep(w: TrainWorkload): () => number {
  const { x, y, n } = w.data();
  const inputs = w.spec.inputs;
  const outputs = w.spec.layers[w.spec.layers.length - 1].units;
  const layers = buildLayers(w);
  const vars = layers.flatMap((l) => [l.kernel, l.bias]);
  const opt = optimizer(w.compile);
  const rng = createRng(3);
  const order = new Uint32Array(n).map((_, i) => i);
  const xb = new Float32Array(w.batchSize * inputs);
  const yb = new Float32Array(w.batchSize * outputs);
  let start = 0;

  /** One shuffled mini-batch: gather its rows, take one optimiser step, read the loss back. */
  const batch = (): number => {
    if (start === 0) shuffleInPlace(order, rng);
    const size = Math.min(w.batchSize, n - start);
    for (let r = 0; r < size; r++) {
      const i = order[start + r];
      for (let j = 0; j < inputs; j++) xb[r * inputs + j] = x[i * inputs + j];
      for (let j = 0; j < outputs; j++) yb[r * outputs + j] = y[i * outputs + j];
    }
    tf.tidy(() => {
      const xt = tf.tensor2d(xb.subarray(0, size * inputs), [size, inputs]);
      const yt = tf.tensor2d(yb.subarray(0, size * outputs), [size, outputs]);
      const forward = () => {
        const acts = forwardAll(layers, xt);
        return loss(w.compile.loss, acts[acts.length - 1], yt);
      };
      opt.minimize(forward, true, vars)!.dataSync();
    });
    start = start + size === n ? 0 : start + size;
    return size;
  };

  if (w.step === 'batch') return batch;
  return () => {
    let samples = 0;
    do samples += batch();
    while (start !== 0);
    return samples;
  };
}

function gridStep(w: GridWorkload): () => number {
  const layers = buildLayers(w);
  const x = tf.tensor2d(Float32Array.from(w.points()), [w.n, w.spec.inputs]);
  return () => {
    const acts = tf.tidy(() => forwardAll(layers, x));
    for (const a of acts) a.dataSync();
    tf.dispose(acts);
    return w.n;
  };
}

/** A step function for `medianRate`. */
export async function tfjsStep(w: Workload): Promise<() => number> {
  tf.enableProdMode(); // also silences the "install tfjs-node" hint
  await tf.setBackend('cpu');
  return w.kind === 'grid' ? gridStep(w) : trainStep(w);
}
