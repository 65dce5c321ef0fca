// carryWeights keeps every weight whose neuron survives an edit and draws only the new ones.
import { describe, expect, it } from 'vitest';
import { carryWeights, createModel, EngineError, type ModelSpec } from './index.ts';

const OLD: ModelSpec = {
  inputs: 2,
  layers: [
    { units: 3, activation: 'tanh' },
    { units: 4, activation: 'relu' },
    { units: 1, activation: 'sigmoid' },
  ],
};

function trained(spec: ModelSpec) {
  const model = createModel(spec, { seed: 9 });
  // Distinct, non-zero values everywhere (biases included), so a misplaced copy shows.
  model.setParams(model.getParams().map((v, i) => v + 0.01 * (i + 1)));
  return model;
}

/** Weights of a new model holding `params`, Keras layout. */
function weightsOf(spec: ModelSpec, params: Float64Array) {
  const model = createModel(spec);
  model.setParams(params);
  return model.getWeights() as number[][][] & number[][];
}

describe('carryWeights', () => {
  const old = trained(OLD);
  const w = old.getWeights() as (number[][] | number[])[];
  const k = (l: number) => w[2 * l] as number[][];
  const b = (l: number) => w[2 * l + 1] as number[];

  it('an activation change keeps every weight', () => {
    const spec: ModelSpec = { ...OLD, layers: OLD.layers.map((l, i) => (i === 1 ? { ...l, activation: 'elu' } : l)) };
    expect(carryWeights(OLD, old.getParams(), spec, { seed: 4 })).toEqual(old.getParams());
  });

  it('adding a neuron keeps every old weight exactly; only its own weights are new, drawn as a new model would', () => {
    const spec: ModelSpec = { ...OLD, layers: [OLD.layers[0], { units: 5, activation: 'relu' }, OLD.layers[2]] };
    const params = carryWeights(OLD, old.getParams(), spec, { seed: 4, initializer: 'he_uniform' });
    const got = weightsOf(spec, params) as (number[][] | number[])[];
    const fresh = createModel(spec, { seed: 4, initializer: 'he_uniform' }).getWeights() as (number[][] | number[])[];
    expect(got[0]).toEqual(k(0));
    expect(got[1]).toEqual(b(0));
    expect((got[2] as number[][]).map((row) => row.slice(0, 4))).toEqual(k(1));
    expect((got[2] as number[][]).map((row) => row[4])).toEqual((fresh[2] as number[][]).map((row) => row[4]));
    expect(got[3]).toEqual([...b(1), 0]);
    expect((got[4] as number[][]).slice(0, 4)).toEqual(k(2));
    expect((got[4] as number[][])[4]).toEqual((fresh[4] as number[][])[4]);
    expect(got[5]).toEqual(b(2));
  });

  it('removing a neuron (the second of four) keeps the rest, with its weights into the next layer', () => {
    const spec: ModelSpec = { ...OLD, layers: [OLD.layers[0], { units: 3, activation: 'relu' }, OLD.layers[2]] };
    const params = carryWeights(OLD, old.getParams(), spec, { units: [undefined, [0, 2, 3], undefined] });
    const got = weightsOf(spec, params) as (number[][] | number[])[];
    const keep = [0, 2, 3];
    expect(got[2]).toEqual(k(1).map((row) => keep.map((j) => row[j])));
    expect(got[3]).toEqual(keep.map((j) => b(1)[j]));
    expect(got[4]).toEqual(keep.map((j) => k(2)[j]));
    expect(got[5]).toEqual(b(2));
    expect(got.slice(0, 2)).toEqual(w.slice(0, 2));
  });

  it('inserting a layer keeps the others, where shapes still match', () => {
    const spec: ModelSpec = { inputs: 2, layers: [OLD.layers[0], { units: 3, activation: 'tanh' }, OLD.layers[1], OLD.layers[2]] };
    const params = carryWeights(OLD, old.getParams(), spec, { layers: [0, null, 1, 2], seed: 2 });
    const got = weightsOf(spec, params) as (number[][] | number[])[];
    const fresh = createModel(spec, { seed: 2 }).getWeights();
    expect(got.slice(0, 2)).toEqual(w.slice(0, 2));
    expect(got.slice(2, 4)).toEqual(fresh.slice(2, 4));
    expect(got.slice(4)).toEqual(w.slice(2));
  });

  it('adding or removing the last hidden layer needs no map', () => {
    const longer: ModelSpec = { inputs: 2, layers: [...OLD.layers.slice(0, 2), { units: 4, activation: 'tanh' }, OLD.layers[2]] };
    const got = weightsOf(longer, carryWeights(OLD, old.getParams(), longer)) as (number[][] | number[])[];
    expect(got.slice(0, 4)).toEqual(w.slice(0, 4));
    expect(got.slice(6)).toEqual(w.slice(4)); // 4 -> 1 reads 4 units again
    const shorter: ModelSpec = { inputs: 2, layers: [OLD.layers[0], OLD.layers[2]] };
    const cut = weightsOf(shorter, carryWeights(OLD, old.getParams(), shorter)) as (number[][] | number[])[];
    expect(cut.slice(0, 2)).toEqual(w.slice(0, 2));
    expect(cut[3]).toEqual(b(2));
    expect(cut[2]).toEqual(k(2).slice(0, 3)); // by position: 3 of the 4 old inputs of the output layer
  });

  it('a feature switched on adds an input; the old inputs keep their weights', () => {
    const spec: ModelSpec = { ...OLD, inputs: 3 };
    const got = weightsOf(spec, carryWeights(OLD, old.getParams(), spec)) as (number[][] | number[])[];
    expect((got[0] as number[][]).slice(0, 2)).toEqual(k(0));
    expect(got.slice(1)).toEqual(w.slice(1));
  });

  it('refuses maps and parameters that do not fit', () => {
    const p = old.getParams();
    expect(() => carryWeights(OLD, p.slice(1), OLD)).toThrow(/^oldParams: expected 30 parameters for the old spec/);
    expect(() => carryWeights(OLD, p, OLD, { layers: [0, 1] })).toThrow(/^options\.layers: has 2 entries, expected 3$/);
    expect(() => carryWeights(OLD, p, OLD, { layers: [0, 1, 3] })).toThrow(/^options\.layers\[2\]: must be a whole number from 0 to 2, got 3$/);
    expect(() => carryWeights(OLD, p, OLD, { units: [[0, 1, 5], undefined, undefined] })).toThrow(EngineError);
    expect(() => carryWeights(OLD, p, { inputs: 2, layers: [] })).toThrow(/^newSpec\.layers: a model needs at least one layer/);
  });
});
