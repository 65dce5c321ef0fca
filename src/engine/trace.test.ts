// The explainable trace and the fast batched path are two views of one computation: they must agree.
import { describe, expect, it } from 'vitest';
import { createModel, createRng, type ActivationName, type LossName } from './index.ts';

const NETS: { layers: { units: number; activation: ActivationName }[]; loss: LossName }[] = [
  {
    layers: [
      { units: 4, activation: 'tanh' },
      { units: 1, activation: 'sigmoid' },
    ],
    loss: 'binary_crossentropy',
  },
  {
    layers: [
      { units: 5, activation: 'relu' },
      { units: 3, activation: 'elu' },
      { units: 4, activation: 'softmax' },
    ],
    loss: 'categorical_crossentropy',
  },
  {
    layers: [
      { units: 3, activation: 'softplus' },
      { units: 2, activation: 'leaky_relu' },
    ],
    loss: 'mse',
  },
];

describe('trace agrees with the fast path', () => {
  for (const net of NETS) {
    it(`${net.layers.map((l) => `${l.units} ${l.activation}`).join(' → ')}, ${net.loss}`, () => {
      const model = createModel({ inputs: 3, layers: net.layers }, { seed: 21 });
      model.compile({ optimizer: 'adam', learningRate: 0.01, loss: net.loss, l2: 0.001 });
      const rng = createRng(5);
      const x = [rng.uniform(-2, 2), rng.uniform(-2, 2), rng.uniform(-2, 2)];
      const k = net.layers.at(-1)!.units;
      const y = net.loss === 'categorical_crossentropy' ? Array.from({ length: k }, (_, j) => (j === 1 ? 1 : 0)) : Array.from({ length: k }, () => rng.int(2));
      // Warm the optimiser so the update preview has real momentum state to respect.
      model.trainOnBatch([x], [y]);

      const { forward, backward } = model.trace(x, y);
      const all = model.forwardAll(Float64Array.from(x), 1);
      forward.layers.forEach((layer, l) => {
        layer.neurons.forEach((n, j) => {
          expect(n.a).toBeCloseTo(all[l][j], 12);
          expect(n.z).toBeCloseTo(n.terms.reduce((s, t) => s + t, 0) + n.bias, 12);
        });
      });
      const grads = model.gradients([x], [y]);
      backward!.layers.forEach((b) => {
        b.kernelGrad.forEach((row, i) => row.forEach((g, j) => expect(g).toBeCloseTo(grads[b.layer].kernel[i][j], 12)));
        b.biasGrad.forEach((g, j) => expect(g).toBeCloseTo(grads[b.layer].bias[j], 12));
      });
      expect(backward!.value).toBeCloseTo(model.evaluate([x], [y]).loss - model.penalty(), 12);

      // "Apply this update" is exactly one training step on this sample.
      const preview = backward!.layers;
      model.trainOnBatch([x], [y]);
      const after = model.getWeights();
      preview.forEach((b) => {
        (after[2 * b.layer] as number[][]).forEach((row, i) => row.forEach((w, j) => expect(b.newKernel[i][j]).toBeCloseTo(w, 12)));
        (after[2 * b.layer + 1] as number[]).forEach((w, j) => expect(b.newBias[j]).toBeCloseTo(w, 12));
      });
    });
  }

  it('softmax shows its exponentials, their sum and each share', () => {
    const model = createModel({ inputs: 1, layers: [{ units: 3, activation: 'softmax' }] });
    model.setWeights([[[1, 2, 3]], [0, 0, 0]]);
    const out = model.trace([1]).forward.layers[0];
    expect(out.softmax!.exps).toEqual([Math.exp(1), Math.exp(2), Math.exp(3)]);
    expect(out.softmax!.sum).toBeCloseTo(Math.exp(1) + Math.exp(2) + Math.exp(3), 12);
    expect(out.neurons.map((n) => n.a).reduce((s, a) => s + a, 0)).toBeCloseTo(1, 12);
  });

  it('sum of squared errors, as the lessons teach it', () => {
    const model = createModel({ inputs: 2, layers: [{ units: 1, activation: 'linear' }] });
    model.setWeights([[[1], [1]], [0]]);
    model.compile({ loss: 'mse' });
    const b = model.trace([2, 3], [4]).backward!;
    expect(b.sse).toBe(1);
    expect(b.value).toBe(1);
    expect(b.layers[0].delta).toEqual([2]); // dL/dz = 2 (a - y) / k
    expect(b.layers[0].kernelGrad).toEqual([[4], [6]]); // delta * x
  });
});
