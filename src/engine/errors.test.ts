// Bad input is rejected with messages that say what and where, and changes nothing.
import { describe, expect, it } from 'vitest';
import { createModel, EngineError, modelFromJSON, type ModelSpec } from './index.ts';

const spec: ModelSpec = { inputs: 2, layers: [{ units: 3, activation: 'tanh' }, { units: 1, activation: 'sigmoid' }] };

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
