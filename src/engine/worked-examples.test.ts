// The classic lessons' hand-worked numbers, through the public API.
import { describe, expect, it } from 'vitest';
import { createModel } from './index.ts';

describe('worked examples from the lessons', () => {
  it('forward propagation with linear activations: (2, 3) gives hidden 5 and 1, output 9; (3, 4) gives 7, 1, 13', () => {
    const model = createModel({
      inputs: 2,
      layers: [
        { units: 2, activation: 'linear' },
        { units: 1, activation: 'linear' },
      ],
    });
    // Keras layout: kernel[input][unit]; node_0 = (1, 1), node_1 = (-1, 1), output (2, -1).
    model.setWeights([
      [
        [1, -1],
        [1, 1],
      ],
      [0, 0],
      [[2], [-1]],
      [0],
    ]);
    const a = model.trace([2, 3]).forward;
    expect(a.layers[0].neurons.map((n) => n.a)).toEqual([5, 1]);
    expect(a.output).toEqual([9]);
    const b = model.trace([3, 4]).forward;
    expect(b.layers[0].neurons.map((n) => n.a)).toEqual([7, 1]);
    expect(b.output).toEqual([13]);
    expect(
      model.predict([
        [2, 3],
        [3, 4],
      ]),
    ).toEqual([[9], [13]]);
  });

  it('a ReLU hidden layer switches the second neuron off: output 44', () => {
    const model = createModel({
      inputs: 2,
      layers: [
        { units: 2, activation: 'relu' },
        { units: 1, activation: 'linear' },
      ],
    });
    model.setWeights([
      [
        [2, 4],
        [4, -5],
      ],
      [0, 0],
      [[2], [7]],
      [0],
    ]);
    const t = model.trace([3, 4]).forward;
    expect(t.layers[0].neurons.map((n) => n.z)).toEqual([22, -8]);
    expect(t.layers[0].neurons.map((n) => n.a)).toEqual([22, 0]);
    expect(t.output).toEqual([44]);
    expect(model.predict([[3, 4]])).toEqual([[44]]);
  });

  it('one sigmoid neuron, weights (1.45, -0.66): 0.7985731 and 0.87101915', () => {
    const model = createModel({ inputs: 2, layers: [{ units: 1, activation: 'sigmoid' }] });
    model.setWeights([[[1.45], [-0.66]], [0]]);
    const [[p1], [p2]] = model.predict([
      [1.66, 1.56],
      [2, 1.5],
    ]);
    expect(p1.toFixed(7)).toBe('0.7985731');
    expect(p2.toFixed(8)).toBe('0.87101915');
  });

  it('dot products (1.72, 1.23)·(1.26, 0) = 2.1672 and ·(2.17, 0.32) = 4.126', () => {
    const model = createModel({ inputs: 2, layers: [{ units: 2, activation: 'linear' }] });
    model.setWeights([
      [
        [1.26, 2.17],
        [0, 0.32],
      ],
      [0, 0],
    ]);
    const [n0, n1] = model.trace([1.72, 1.23]).forward.layers[0].neurons;
    expect(n0.z).toBeCloseTo(2.1672, 12);
    expect(n1.z).toBeCloseTo(4.126, 12);
    // The floating-point artefact the lesson explains: the engine's sum, in binary, prints as 4.1259999999999994,
    // in the trace and in the fast path alike.
    expect(String(n1.z)).toBe('4.1259999999999994');
    expect(String(model.predict([[1.72, 1.23]])[0][1])).toBe('4.1259999999999994');
    expect(n1.z.toFixed(4)).toBe('4.1260');
  });
});
