// Backpropagation against central finite differences, in double precision.
import { describe, expect, it } from 'vitest';
import { createModel, createRng, type ActivationName, type LossName, type Model } from './index.ts';

const HIDDEN: ActivationName[] = ['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'softplus'];

function randomRows(n: number, d: number, seed: number): number[][] {
  const rng = createRng(seed);
  return Array.from({ length: n }, () => Array.from({ length: d }, () => rng.uniform(-1.5, 1.5)));
}

function targets(loss: LossName, n: number, k: number, seed: number): number[][] {
  const rng = createRng(seed);
  if (loss === 'categorical_crossentropy')
    return Array.from({ length: n }, () => {
      const row = new Array(k).fill(0);
      row[rng.int(k)] = 1;
      return row;
    });
  if (loss === 'binary_crossentropy') return Array.from({ length: n }, () => Array.from({ length: k }, () => rng.int(2)));
  return Array.from({ length: n }, () => Array.from({ length: k }, () => rng.uniform(-1, 1)));
}

/** Largest relative error between backprop and central differences over every parameter. */
function maxRelativeError(model: Model, x: number[][], y: number[][]): number {
  const analytic = model.gradients(x, y);
  const flat = model.getParams();
  // h = 1e-5 balances truncation (~h²) against roundoff (~1e-16/h); tiny gradients are compared absolutely (floor 1e-3).
  const h = 1e-5;
  const lossAt = (p: Float64Array) => {
    model.setParams(p);
    return model.evaluate(x, y).loss;
  };
  let worst = 0;
  let offset = 0;
  analytic.forEach((g) => {
    for (const a of [...g.kernel.flat(), ...g.bias]) {
      const plus = flat.slice();
      const minus = flat.slice();
      plus[offset] += h;
      minus[offset] -= h;
      const numeric = (lossAt(plus) - lossAt(minus)) / (2 * h);
      const scale = Math.max(Math.abs(a), Math.abs(numeric), 1e-3);
      worst = Math.max(worst, Math.abs(a - numeric) / scale);
      offset++;
    }
  });
  model.setParams(flat);
  return worst;
}

const CASES: { output: ActivationName; loss: LossName; units: number }[] = [
  ...(['linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'softplus', 'softmax'] as ActivationName[]).map((output) => ({
    output,
    loss: 'mse' as LossName,
    units: output === 'softmax' ? 3 : 2,
  })),
  { output: 'sigmoid', loss: 'binary_crossentropy', units: 1 },
  { output: 'sigmoid', loss: 'binary_crossentropy', units: 2 },
  { output: 'softmax', loss: 'categorical_crossentropy', units: 3 },
];

describe('gradients agree with finite differences (relative error < 1e-6)', () => {
  for (const hidden of HIDDEN) {
    for (const c of CASES) {
      it(`${hidden} hidden, ${c.output} output, ${c.loss}`, () => {
        const model = createModel(
          {
            inputs: 3,
            layers: [
              { units: 4, activation: hidden },
              { units: 3, activation: hidden },
              { units: c.units, activation: c.output },
            ],
          },
          { seed: 7, initializer: 'glorot_uniform' },
        );
        // Non-zero biases so that no unit sits exactly on a kink.
        model.setParams(model.getParams().map((v, i) => v + 0.05 * Math.sin(i + 1)));
        model.compile({ loss: c.loss });
        expect(maxRelativeError(model, randomRows(5, 3, 11), targets(c.loss, 5, c.units, 13))).toBeLessThan(1e-6);
      });
    }
  }

  it('with L1 and L2 penalties, and a network with no hidden layer', () => {
    const deep = createModel(
      {
        inputs: 2,
        layers: [
          { units: 5, activation: 'tanh' },
          { units: 1, activation: 'sigmoid' },
        ],
      },
      { seed: 3 },
    );
    deep.compile({ loss: 'binary_crossentropy', l1: 0.01, l2: 0.02 });
    expect(maxRelativeError(deep, randomRows(6, 2, 1), targets('binary_crossentropy', 6, 1, 2))).toBeLessThan(1e-6);
    const flat = createModel({ inputs: 4, layers: [{ units: 3, activation: 'softmax' }] }, { seed: 4 });
    flat.compile({ loss: 'categorical_crossentropy' });
    expect(maxRelativeError(flat, randomRows(4, 4, 5), targets('categorical_crossentropy', 4, 3, 6))).toBeLessThan(1e-6);
  });

  // 9 -> 13 -> 7 crosses several 4x4 gemm blocks and leaves remainders in every direction;
  // batches of 6 and 10 are not multiples of 4.
  const WIDE: { hidden: ActivationName; output: ActivationName; loss: LossName; n: number }[] = [
    { hidden: 'tanh', output: 'softmax', loss: 'categorical_crossentropy', n: 6 },
    { hidden: 'elu', output: 'sigmoid', loss: 'binary_crossentropy', n: 10 },
    { hidden: 'softplus', output: 'linear', loss: 'mse', n: 7 },
  ];
  for (const w of WIDE) {
    it(`9→13 ${w.hidden}→7 ${w.output}, ${w.loss}, batch of ${w.n}, with L1 and L2`, () => {
      const model = createModel(
        {
          inputs: 9,
          layers: [
            { units: 13, activation: w.hidden },
            { units: 7, activation: w.output },
          ],
        },
        { seed: 17 },
      );
      model.setParams(model.getParams().map((v, i) => v + 0.05 * Math.sin(i + 1)));
      model.compile({ loss: w.loss, l1: 0.004, l2: 0.006 });
      expect(maxRelativeError(model, randomRows(w.n, 9, 19), targets(w.loss, w.n, 7, 23))).toBeLessThan(1e-6);
    });
  }
});
