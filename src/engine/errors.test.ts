// Bad input is rejected with messages that say what and where, and changes nothing.
import { describe, expect, it } from 'vitest';
import { createModel, EngineError, MAX_PARAMETERS, modelFromJSON, type ModelSpec } from './index.ts';

const spec: ModelSpec = {
  inputs: 2,
  layers: [
    { units: 3, activation: 'tanh' },
    { units: 1, activation: 'sigmoid' },
  ],
};

describe('bad input', () => {
  it('unknown activation names the layer', () => {
    expect(() => createModel({ inputs: 2, layers: [{ units: 3, activation: 'relux' as never }] })).toThrow(/layers\[0\]\.activation: unknown activation "relux"/);
  });

  it('shapes that do not fit say which row and how many values', () => {
    const model = createModel(spec);
    expect(() => model.predict([[1, 2], [3]])).toThrow(/x\[1\]: row has 1 values, expected 2/);
    expect(() => model.setWeights([[[1, 2, 3]], [0, 0, 0], [[1], [1], [1]], [0]])).toThrow(/weights\[0\]: kernel has 1 rows, expected 2/);
    expect(() => model.setWeights([])).toThrow(/expected 4 arrays/);
    expect(() => createModel({ inputs: 0, layers: [] })).toThrow(/inputs: must be a whole number/);
  });

  it('non-finite values are named, and a rejected setWeights leaves the weights as they were', () => {
    const model = createModel(spec, { seed: 3 });
    const before = model.getWeights();
    const bad = structuredClone(before) as number[][][];
    bad[2][1][0] = NaN;
    expect(() => model.setWeights(bad)).toThrow(/weights\[2\]\[1\]\[0\]: is NaN/);
    expect(model.getWeights()).toEqual(before);
    expect(() => model.predict([[1, Infinity]])).toThrow(/x\[0\]\[1\]: is Infinity/);
    expect(() => model.setParam(0, 0, 0, Infinity)).toThrow(EngineError);
  });

  it('losses that do not fit the output layer are explained', () => {
    expect(() => createModel({ inputs: 2, layers: [{ units: 1, activation: 'linear' }] }).compile({ loss: 'binary_crossentropy' })).toThrow(/sigmoid output layer/);
    expect(() => createModel(spec).compile({ loss: 'categorical_crossentropy' })).toThrow(/softmax output layer/);
    expect(() => createModel(spec).compile({ learningRate: -1 })).toThrow(/learningRate: must be a positive number/);
  });

  it('model files round-trip, and malformed files name the problem', () => {
    const model = createModel(spec, { seed: 5 });
    model.compile({ optimizer: 'adam', learningRate: 0.02, loss: 'binary_crossentropy', metrics: ['accuracy'] });
    const json = JSON.parse(JSON.stringify(model.toJSON({ training: { epochs: 10, batchSize: 8 } })));
    const loaded = modelFromJSON(json);
    expect(loaded.getWeights()).toEqual(model.getWeights());
    expect(loaded.toJSON({ training: { epochs: 10, batchSize: 8 } })).toEqual(json);
    expect(loaded.options.learningRate).toBe(0.02);
    expect(loaded.predict([[0.3, -0.2]])).toEqual(model.predict([[0.3, -0.2]]));

    expect(() => modelFromJSON('{not json')).toThrow(/file: this is not valid JSON/);
    expect(() => modelFromJSON({ ...json, format: 'keras' })).toThrow(/format: expected "layerlab-model"/);
    expect(() => modelFromJSON({ ...json, version: 9 })).toThrow(/version: this file is version 9/);
    expect(() => modelFromJSON({ ...json, model: { inputs: 2, layers: [{ units: 3, activation: 'wiggle' }] } })).toThrow(/layers\[0\]\.activation/);
    const broken = structuredClone(json);
    broken.weights[1][2] = 'x';
    expect(() => modelFromJSON(broken)).toThrow(/weights\[1\]\[2\]: is the text "x", not a finite number/);
    expect(() => modelFromJSON({ ...json, compile: { optimizer: 'adamw' } })).toThrow(/optimizer: unknown optimizer "adamw"/);
  });
});

describe('refusals name the argument and say what is wrong', () => {
  const valid = () => {
    const model = createModel(spec, { seed: 2 }).compile({ optimizer: 'sgd', momentum: 0.9, loss: 'binary_crossentropy', metrics: ['accuracy'] });
    return JSON.parse(JSON.stringify(model.toJSON({ optimizer: true })));
  };
  const refuses = (run: () => unknown, message: RegExp) => {
    let error: unknown = null;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(EngineError);
    expect((error as Error).message).toMatch(message);
  };

  it('model files: every compile field typed, unknown keys refused', () => {
    refuses(() => modelFromJSON({ ...valid(), compile: { ...valid().compile, metrics: 1.5 } }), /^compile\.metrics: must be a list of metric names .* got 1\.5$/);
    refuses(() => modelFromJSON({ ...valid(), compile: { ...valid().compile, metrics: ['mae'] } }), /^compile\.metrics\[0\]: unknown metric the text "mae"/);
    refuses(() => modelFromJSON({ ...valid(), compile: { ...valid().compile, nesterov: 'yes' } }), /^compile\.nesterov: must be true or false, got the text "yes"$/);
    refuses(() => modelFromJSON({ ...valid(), compile: { ...valid().compile, lr: 0.1 } }), /^compile\.lr: unknown field "lr"/);
    refuses(() => modelFromJSON({ ...valid(), extra: 1 }), /^extra: unknown field "extra"/);
    refuses(() => modelFromJSON({ ...valid(), model: { ...valid().model, name: 'x' } }), /^model\.name: unknown field/);
    refuses(() => modelFromJSON({ ...valid(), training: { epochs: NaN } }), /^training\.epochs: .* got NaN$/);
    refuses(() => modelFromJSON({ ...valid(), weights: valid().weights.slice(1) }), /^weights: expected 4 arrays/);
  });

  it('model files: sizes are checked before anything is allocated', () => {
    const big = {
      ...valid(),
      model: {
        inputs: 2,
        layers: [
          { units: 10_000_000, activation: 'tanh' },
          { units: 10_000_000, activation: 'sigmoid' },
        ],
      },
    };
    // Two layers of ten million units would need 10^14 weights: a RangeError if anything were allocated first.
    refuses(() => modelFromJSON(big), /^model\.layers\[0\]\.units: .*past 2,000,000 weights and biases/);
    refuses(
      () =>
        modelFromJSON(
          JSON.stringify({
            ...big,
            model: {
              inputs: 2,
              layers: [
                { units: 600_000, activation: 'sigmoid' },
                { units: 3, activation: 'sigmoid' },
              ],
            },
          }),
        ),
      /^model\.layers\[1\]\.units/,
    );
    expect(MAX_PARAMETERS).toBe(2_000_000);
    refuses(
      () =>
        modelFromJSON({
          ...valid(),
          weights: [
            [
              [1e300, 0, 0],
              [0, 0, 0],
            ],
            [0, 0, 0],
            [[0], [0], [0]],
            [0],
          ],
        }),
      /^weights: holds 1e\+300 .*probably damaged/,
    );
  });

  it('model files: optimiser state is checked like everything else', () => {
    refuses(
      () => modelFromJSON({ ...valid(), optimizer: { iterations: -1, slots: valid().optimizer.slots } }),
      /^optimizer\.iterations: must be a whole number of at least 0, got -1$/,
    );
    refuses(
      () => modelFromJSON({ ...valid(), optimizer: { iterations: 3, slots: { m: valid().optimizer.slots.velocity } } }),
      /^optimizer\.slots\.m: unknown field "m"; the fields are velocity$/,
    );
    refuses(() => modelFromJSON({ ...valid(), optimizer: { iterations: 3, slots: {} } }), /^optimizer\.slots\.velocity: missing: sgd keeps a velocity for every weight$/);
    refuses(() => modelFromJSON({ ...valid(), compile: null }), /^optimizer: an optimiser state needs the compile settings/);
  });

  it('the API: lengths, empty data, holes, NaN constants, unknown dtypes, strings', () => {
    const model = createModel(spec).compile({ loss: 'binary_crossentropy', metrics: ['accuracy'] });
    refuses(
      () =>
        model.evaluate(
          [
            [0, 0],
            [1, 1],
            [0, 1],
            [1, 0],
          ],
          [[0], [1], [1]],
        ),
      /^y: has 3 rows but x has 4/,
    );
    refuses(() => model.evaluate([], []), /^x: needs at least one row of inputs$/);
    refuses(() => model.fit([], []), /^x: needs at least one row of inputs$/);
    const holey = (length: number) => {
      const row = [1];
      row.length = length; // [1, <empty>, ...]: a hole, as [1, , 3] in a hand-written list
      return row;
    };
    refuses(() => model.predict([holey(2)]), /^x\[0\]\[1\]: is an empty slot in the list/);
    refuses(() => model.setWeights([[[1, 2, 3], holey(3)], [0, 0, 0], [[1], [1], [1]], [0]]), /^weights\[0\]\[1\]\[1\]: is an empty slot/);
    refuses(() => model.setParams(new Array(13)), /^params\[0\]: is missing, not a finite number$/);
    refuses(() => createModel(spec, { initializer: 'constant', constant: NaN }), /^constant: is NaN, not a finite number$/);
    refuses(() => createModel(spec, { dtype: 'float16' as never }), /^dtype: unknown dtype the text "float16"/);
    refuses(() => model.predict([[1, '1' as never]]), /^x\[0\]\[1\]: is the text "1", not a finite number$/);
    refuses(() => model.fit([[0, 0]], [[0]], { epochs: '3' as never }), /^epochs: must be a whole number of at least 1, got the text "3"$/);
    refuses(() => model.fit([[0, 0]], [[0]], { epoch: 3 } as never), /^epoch: unknown field "epoch"/);
    refuses(() => model.compile({ nesterov: 1 as never }), /^nesterov: must be true or false, got 1$/);
    refuses(() => model.trace([1]), /^x: has 1 input values, expected 2$/);
  });
});
