// The engine agrees with TensorFlow.js (CPU backend, float32) on the same weights and data:
// forward outputs, gradients of the mean loss, and weights after three optimiser steps.
// tfjs kernels are [inputs][units], the engine's Keras layout, so weights carry over unchanged.
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createModel } from './index.ts';
import type { ActivationName, CompileOptions, LossName, ModelSpec } from './types.ts';

// tfjs computes in float32, so agreement is to float32 precision.
const RTOL = 1e-4;
const ATOL = 1e-5;

/** A tiny seeded LCG (Numerical Recipes constants): uniform in [lo, hi). */
function lcg(seed: number): (lo: number, hi: number) => number {
  let s = seed >>> 0;
  return (lo, hi) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return lo + ((hi - lo) * s) / 2 ** 32;
  };
}

interface Batch {
  x: number[][];
  y: number[][];
}

interface Case {
  name: string;
  spec: ModelSpec;
  loss: LossName;
  /** A target row for the loss: 0/1 labels, a one-hot class, or real values. */
  target(rand: (lo: number, hi: number) => number, units: number): number[];
  /** Rows per batch (6 unless given). */
  batch?: number;
  /** Kernel penalties, as Keras' kernel_regularizer. */
  l1?: number;
  l2?: number;
}

const binary = (rand: (lo: number, hi: number) => number, units: number) => Array.from({ length: units }, () => (rand(0, 1) < 0.5 ? 0 : 1));
const oneHot = (rand: (lo: number, hi: number) => number, units: number) => {
  const k = Math.floor(rand(0, units));
  return Array.from({ length: units }, (_, i) => (i === k ? 1 : 0));
};
const real = (rand: (lo: number, hi: number) => number, units: number) => Array.from({ length: units }, () => rand(-1, 1));

const CASES: Case[] = [
  {
    name: '2→3 tanh→1 sigmoid, binary CE',
    spec: {
      inputs: 2,
      layers: [
        { units: 3, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
    },
    loss: 'binary_crossentropy',
    target: binary,
  },
  {
    name: '4→5 relu→3 softmax, categorical CE',
    spec: {
      inputs: 4,
      layers: [
        { units: 5, activation: 'relu' },
        { units: 3, activation: 'softmax' },
      ],
    },
    loss: 'categorical_crossentropy',
    target: oneHot,
  },
  {
    name: '3→4 elu→4 softplus→2 linear, mse',
    spec: {
      inputs: 3,
      layers: [
        { units: 4, activation: 'elu' },
        { units: 4, activation: 'softplus' },
        { units: 2, activation: 'linear' },
      ],
    },
    loss: 'mse',
    target: real,
  },
  {
    name: '3→5 leaky_relu→4 sigmoid→2 sigmoid, binary CE (multi-label)',
    spec: {
      inputs: 3,
      layers: [
        { units: 5, activation: 'leaky_relu' },
        { units: 4, activation: 'sigmoid' },
        { units: 2, activation: 'sigmoid' },
      ],
    },
    loss: 'binary_crossentropy',
    target: binary,
  },
  {
    name: '2→4 linear→3 relu→1 tanh, mse',
    spec: {
      inputs: 2,
      layers: [
        { units: 4, activation: 'linear' },
        { units: 3, activation: 'relu' },
        { units: 1, activation: 'tanh' },
      ],
    },
    loss: 'mse',
    target: real,
  },
  // Wide enough to cross several 4x4 gemm blocks and their remainders, batches not a multiple of 4.
  {
    name: '9→13 tanh→7 softmax, categorical CE, L1 + L2, batches of 10',
    spec: {
      inputs: 9,
      layers: [
        { units: 13, activation: 'tanh' },
        { units: 7, activation: 'softmax' },
      ],
    },
    loss: 'categorical_crossentropy',
    target: oneHot,
    batch: 10,
    l1: 0.003,
    l2: 0.005,
  },
  {
    name: '9→13 relu→11 elu→7 linear, mse, L1 + L2, batches of 13',
    spec: {
      inputs: 9,
      layers: [
        { units: 13, activation: 'relu' },
        { units: 11, activation: 'elu' },
        { units: 7, activation: 'linear' },
      ],
    },
    loss: 'mse',
    target: real,
    batch: 13,
    l1: 0.002,
    l2: 0.01,
  },
];

/** Keras activations as tfjs ops (leaky_relu: Keras' LeakyReLU slope 0.3; elu: alpha 1). */
const ACTIVATION: Record<ActivationName, (x: tf.Tensor2D) => tf.Tensor2D> = {
  linear: (x) => x,
  sigmoid: (x) => tf.sigmoid(x),
  tanh: (x) => tf.tanh(x),
  relu: (x) => tf.relu(x),
  leaky_relu: (x) => tf.leakyRelu(x, 0.3),
  elu: (x) => tf.elu(x),
  softplus: (x) => tf.softplus(x),
  softmax: (x) => tf.softmax(x),
};

/** Keras' losses: mean over outputs and batch; cross-entropies on probabilities clipped to [1e-7, 1 - 1e-7]. */
function tfLoss(loss: LossName, p: tf.Tensor2D, y: tf.Tensor2D): tf.Scalar {
  if (loss === 'mse') return tf.mean(tf.squaredDifference(p, y));
  const q = tf.clipByValue(p, 1e-7, 1 - 1e-7);
  if (loss === 'binary_crossentropy') return tf.neg(tf.mean(tf.add(tf.mul(y, tf.log(q)), tf.mul(tf.sub(1, y), tf.log(tf.sub(1, q))))));
  return tf.neg(tf.mean(tf.sum(tf.mul(y, tf.log(q)), 1)));
}

/** The compiled objective: the mean loss plus l1 * sum|w| + l2 * sum w^2 over the kernels. */
function tfObjective(c: Case, vars: tf.Variable[], x: number[][], y: number[][]): tf.Scalar {
  const kernels = vars.filter((_, i) => i % 2 === 0);
  const penalty = kernels.reduce<tf.Scalar>((s, k) => tf.add(s, tf.add(tf.mul(c.l1 ?? 0, tf.sum(tf.abs(k))), tf.mul(c.l2 ?? 0, tf.sum(tf.square(k))))), tf.scalar(0));
  return tf.add(tfLoss(c.loss, tfForward(c.spec, vars, tf.tensor2d(x)), tf.tensor2d(y)), penalty);
}

function tfForward(spec: ModelSpec, vars: tf.Variable[], x: tf.Tensor2D): tf.Tensor2D {
  return spec.layers.reduce((h, layer, l) => ACTIVATION[layer.activation](tf.add(tf.matMul(h, vars[2 * l]), vars[2 * l + 1])), x);
}

/** Random weights in Keras order (kernel0, bias0, kernel1, ...), with non-zero biases. */
function randomWeights(spec: ModelSpec, rand: (lo: number, hi: number) => number): (number[][] | number[])[] {
  let fanIn = spec.inputs;
  return spec.layers.flatMap(({ units }) => {
    const kernel = Array.from({ length: fanIn }, () => Array.from({ length: units }, () => rand(-0.9, 0.9)));
    fanIn = units;
    return [kernel, Array.from({ length: units }, () => rand(-0.3, 0.3))];
  });
}

function randomBatch(c: Case, rand: (lo: number, hi: number) => number, n: number): Batch {
  const outputs = c.spec.layers[c.spec.layers.length - 1].units;
  return {
    x: Array.from({ length: n }, () => Array.from({ length: c.spec.inputs }, () => rand(-1.5, 1.5))),
    y: Array.from({ length: n }, () => c.target(rand, outputs)),
  };
}

/** Fails with every element outside |actual - expected| <= ATOL + RTOL |expected|. */
function expectClose(actual: unknown, expected: unknown, what: string): void {
  const a = [actual].flat(3) as number[];
  const e = [expected].flat(3) as number[];
  expect(a.length, `${what}: length`).toBe(e.length);
  const bad = a.flatMap((v, i) => (Math.abs(v - e[i]) <= ATOL + RTOL * Math.abs(e[i]) ? [] : [`[${i}] engine ${v} tfjs ${e[i]}`]));
  expect(bad, what).toEqual([]);
}

interface OptimizerCase {
  name: string;
  compile: CompileOptions;
  tf(): tf.Optimizer;
  /** Adjusts the tfjs optimiser before step t (1-based). */
  beforeStep?(optimizer: tf.Optimizer, t: number): void;
}

// tfjs' momentum accumulates a = m·a + g and steps w -= lr·a: Keras' v = m·v - lr·g, w += v
// with v = -lr·a under a constant learning rate (and likewise for Nesterov).
const OPTIMIZERS: OptimizerCase[] = [
  { name: 'SGD', compile: { optimizer: 'sgd', learningRate: 0.1 }, tf: () => tf.train.sgd(0.1) },
  { name: 'SGD momentum 0.9', compile: { optimizer: 'sgd', learningRate: 0.05, momentum: 0.9 }, tf: () => tf.train.momentum(0.05, 0.9) },
  {
    name: 'SGD Nesterov momentum 0.9',
    compile: { optimizer: 'sgd', learningRate: 0.05, momentum: 0.9, nesterov: true },
    tf: () => tf.train.momentum(0.05, 0.9, true),
  },
  {
    name: 'Adam',
    compile: { optimizer: 'adam', learningRate: 0.01 },
    tf: () => tf.train.adam(0.01, 0.9, 0.999, 1e-7),
    // tfjs adds ε to sqrt(v̂) = sqrt(v / (1 - β2^t)); Keras 3 adds it to sqrt(v), which is the same
    // update with ε / sqrt(1 - β2^t) on tfjs' scale. Unadjusted, weights differ by up to ~2e-4
    // after three steps wherever a gradient is small.
    beforeStep(optimizer, t) {
      (optimizer as unknown as { epsilon: number }).epsilon = 1e-7 / Math.sqrt(1 - 0.999 ** t);
    },
  },
  { name: 'RMSprop', compile: { optimizer: 'rmsprop', learningRate: 0.01 }, tf: () => tf.train.rmsprop(0.01, 0.9, 0, 1e-7) },
];

beforeAll(async () => {
  tf.enableProdMode(); // also silences the "install tfjs-node" hint
  await tf.setBackend('cpu');
});

describe.each(['float64', 'float32'] as const)('engine (%s) agrees with tfjs', (dtype) => {
  describe.each(CASES.map((c, i) => [c.name, c, i] as const))('%s', (_, c, i) => {
    /** The same random weights in the engine and in tfjs variables, and three batches of 6. */
    function setup() {
      const rand = lcg(1000 + i);
      const weights = randomWeights(c.spec, rand);
      const batches = Array.from({ length: 3 }, () => randomBatch(c, rand, c.batch ?? 6));
      const model = createModel(c.spec, { dtype });
      model.setWeights(weights);
      const vars = weights.map((w) => tf.variable(tf.tensor(w)));
      return { weights, batches, model, vars };
    }

    it('forward outputs', () => {
      const { batches, model, vars } = setup();
      const { x } = batches[0];
      const expected = tf.tidy(() => tfForward(c.spec, vars, tf.tensor2d(x)).arraySync());
      expectClose(model.predict(x), expected, 'predict');
      tf.dispose(vars);
    });

    it('gradients of the mean loss', () => {
      const { batches, model, vars } = setup();
      const { x, y } = batches[0];
      model.compile({ optimizer: 'sgd', loss: c.loss, l1: c.l1, l2: c.l2 });
      const expected = tf.tidy(() => {
        const { grads } = tf.variableGrads(() => tfObjective(c, vars, x, y), vars);
        return vars.map((v) => grads[v.name].arraySync());
      });
      const got = model.gradients(x, y);
      got.forEach((g, l) => {
        expectClose(g.kernel, expected[2 * l], `layer ${l} kernel gradient`);
        expectClose(g.bias, expected[2 * l + 1], `layer ${l} bias gradient`);
      });
      tf.dispose(vars);
    });

    it.each(OPTIMIZERS.map((o) => [o.name, o] as const))('weights after 3 steps of %s', (_, o) => {
      const { batches, model, vars } = setup();
      model.compile({ ...o.compile, loss: c.loss, l1: c.l1, l2: c.l2 });
      const optimizer = o.tf();
      batches.forEach(({ x, y }, step) => {
        o.beforeStep?.(optimizer, step + 1);
        const engineLoss = model.trainOnBatch(x, y);
        const tfjsLoss = tf.tidy(() => optimizer.minimize(() => tfObjective(c, vars, x, y), true, vars)!.dataSync()[0]);
        expectClose(engineLoss, tfjsLoss, 'loss before the step');
      });
      const expected = vars.map((v) => v.arraySync());
      model.getWeights().forEach((w, k) => expectClose(w, expected[k], `weights[${k}]`));
      optimizer.dispose();
      tf.dispose(vars);
    });
  });
});
