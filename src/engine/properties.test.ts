// Properties that must hold for every architecture, not just the ones we thought of.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createModel, modelFromJSON, type ActivationName, type ModelSpec } from './index.ts';

const hiddenActivation = fc.constantFrom<ActivationName>('linear', 'sigmoid', 'tanh', 'relu', 'leaky_relu', 'elu', 'softplus');
const outputActivation = fc.constantFrom<ActivationName>('linear', 'sigmoid', 'tanh', 'softmax');

const specArb: fc.Arbitrary<ModelSpec> = fc
  .record({
    inputs: fc.integer({ min: 1, max: 6 }),
    hidden: fc.array(fc.record({ units: fc.integer({ min: 1, max: 9 }), activation: hiddenActivation }), { maxLength: 3 }),
    output: fc.record({ units: fc.integer({ min: 1, max: 5 }), activation: outputActivation }),
  })
  .map(({ inputs, hidden, output }) => ({ inputs, layers: [...hidden, output] }));

const caseArb = specArb.chain((spec) =>
  fc.record({
    spec: fc.constant(spec),
    seed: fc.integer({ min: 0, max: 1e6 }),
    // A batch size that exercises the 4x4 blocks and their remainders.
    rows: fc.array(fc.array(fc.double({ min: -3, max: 3, noNaN: true }), { minLength: spec.inputs, maxLength: spec.inputs }), { minLength: 1, maxLength: 9 }),
  }),
);

describe('for any architecture', () => {
  it('the per-neuron trace and the batched fast path compute the same outputs', () => {
    fc.assert(
      fc.property(caseArb, ({ spec, seed, rows }) => {
        const model = createModel(spec, { seed });
        const fast = model.predict(rows);
        rows.forEach((row, r) => {
          const traced = model.trace(row).forward.output;
          traced.forEach((v, j) => expect(v).toBeCloseTo(fast[r][j], 10));
        });
      }),
      { numRuns: 150 },
    );
  });

  it('softmax outputs are probabilities: each in [0, 1], each row summing to 1 within 1e-12', () => {
    fc.assert(
      fc.property(caseArb, ({ spec, seed, rows }) => {
        const model = createModel({ ...spec, layers: [...spec.layers.slice(0, -1), { units: spec.layers.at(-1)!.units + 1, activation: 'softmax' }] }, { seed });
        for (const p of model.predict(rows)) {
          for (const v of p) expect(v >= 0 && v <= 1).toBe(true);
          expect(Math.abs(p.reduce((s, v) => s + v, 0) - 1)).toBeLessThanOrEqual(1e-12);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('weights and model files round-trip exactly', () => {
    fc.assert(
      fc.property(caseArb, ({ spec, seed, rows }) => {
        const model = createModel(spec, { seed });
        const copy = createModel(spec, { seed: seed + 1 });
        copy.setWeights(model.getWeights());
        expect(copy.predict(rows)).toEqual(model.predict(rows));
        const loaded = modelFromJSON(JSON.stringify(model.toJSON()));
        expect(loaded.getParams()).toEqual(model.getParams());
      }),
      { numRuns: 100 },
    );
  });
});
