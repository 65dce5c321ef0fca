// The refactor that gave the trace neuron.ts and split model.ts changed no number: digests of
// full traces and of trained weights, recorded from the engine before it (commit a1f5953),
// must still match bit for bit (every number written exactly, -0 included).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as engine from './index.ts';

function traceDigest(): string {
  const nets = [
    {
      inputs: 3,
      layers: [
        { units: 4, activation: 'tanh' },
        { units: 1, activation: 'sigmoid' },
      ],
      loss: 'binary_crossentropy',
      optimizer: 'adam',
    },
    {
      inputs: 9,
      layers: [
        { units: 13, activation: 'relu' },
        { units: 7, activation: 'elu' },
        { units: 5, activation: 'softmax' },
      ],
      loss: 'categorical_crossentropy',
      optimizer: 'rmsprop',
    },
    {
      inputs: 5,
      layers: [
        { units: 6, activation: 'softplus' },
        { units: 6, activation: 'leaky_relu' },
        { units: 2, activation: 'linear' },
      ],
      loss: 'mse',
      optimizer: 'sgd',
    },
  ] as const;
  const out: unknown[] = [];
  nets.forEach((net, t) => {
    const model = engine.createModel({ inputs: net.inputs, layers: net.layers.map((l) => ({ ...l })) }, { seed: 30 + t });
    model.compile({ optimizer: net.optimizer, learningRate: 0.02, momentum: net.optimizer === 'sgd' ? 0.8 : 0, loss: net.loss, l1: 0.001, l2: 0.002 });
    const rng = engine.createRng(40 + t);
    const k = net.layers.at(-1)!.units;
    for (let s = 0; s < 4; s++) {
      const x = Array.from({ length: net.inputs }, () => rng.uniform(-2, 2));
      const y = net.loss === 'categorical_crossentropy' ? Array.from({ length: k }, (_, j) => (j === s % k ? 1 : 0)) : Array.from({ length: k }, () => rng.int(2));
      out.push(model.trace(x, y));
      model.trainOnBatch([x], [y]);
    }
  });
  const text = JSON.stringify(out, (_, v) => (typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : v));
  return createHash('sha256').update(text).digest('hex');
}
function trainDigest(): string {
  const out: number[] = [];
  for (const dtype of ['float64', 'float32'] as const) {
    for (const optimizer of ['sgd', 'rmsprop', 'adam'] as const) {
      const model = engine.createModel(
        {
          inputs: 9,
          layers: [
            { units: 13, activation: 'tanh' },
            { units: 7, activation: 'relu' },
            { units: 3, activation: 'softmax' },
          ],
        },
        { seed: 5, dtype },
      );
      model.compile({ optimizer, momentum: optimizer === 'sgd' ? 0.9 : 0, nesterov: true, loss: 'categorical_crossentropy', metrics: ['accuracy'], l1: 0.001, l2: 0.001 });
      const rng = engine.createRng(6);
      const x = Array.from({ length: 30 }, () => Array.from({ length: 9 }, () => rng.uniform(-1, 1)));
      const y = x.map((r) => [0, 1, 2].map((j) => (j === (r[0] > 0.3 ? 0 : r[1] > 0 ? 1 : 2) ? 1 : 0)));
      const { history } = model.fit(x, y, { epochs: 3, batchSize: 7, validationSplit: 0.2, seed: 8 });
      out.push(...model.getParams(), ...history.loss, ...history.val_loss, ...history.accuracy);
    }
  }
  return createHash('sha256').update(Float64Array.from(out)).digest('hex');
}

describe('unchanged by the refactor', () => {
  it('the trace: every z, a, gradient and update preview', () => {
    expect(traceDigest()).toBe('0d7fc2f27fe83543831da78d61d7cc01da7bde711b14bcb72a12bc96a6dbba9d');
  });

  it('the fast path: weights and history after fit, float64 and float32, three optimisers', () => {
    expect(trainDigest()).toBe('7fc925a2b5708b03c7defbafa11c722404c2bc038738b7b5f2caa059041f933e');
  });
});
