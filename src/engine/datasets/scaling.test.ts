import { describe, it, expect } from 'vitest';
import { createRng } from '../random.ts';
import { EngineError } from '../types.ts';
import { applyMinMax, applyStandardizer, fitMinMax, fitStandardizer, oneHot } from './scaling.ts';

/** n rows of d columns, column j drawn around j * 10 with spread j + 1. */
function table(n: number, d: number, seed: number): Float64Array {
  const rng = createRng(seed);
  const x = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let j = 0; j < d; j++) x[i * d + j] = rng.normal(j * 10, j + 1);
  return x;
}

function columnStats(x: Float64Array, n: number, d: number, j: number): { mean: number; std: number } {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += x[i * d + j];
  const mean = sum / n;
  let squares = 0;
  for (let i = 0; i < n; i++) squares += (x[i * d + j] - mean) ** 2;
  return { mean, std: Math.sqrt(squares / n) };
}

describe('standardizer', () => {
  it('gives every column mean 0 and population std 1', () => {
    const [n, d] = [500, 4];
    const x = table(n, d, 1);
    const z = applyStandardizer(x, n, d, fitStandardizer(x, n, d));
    for (let j = 0; j < d; j++) {
      const { mean, std } = columnStats(z, n, d, j);
      expect(mean).toBeCloseTo(0, 10);
      expect(std).toBeCloseTo(1, 10);
    }
  });

  it('uses the population std (divides by n)', () => {
    const s = fitStandardizer(new Float64Array([1, 3]), 2, 1);
    expect([s.mean[0], s.std[0]]).toEqual([2, 1]);
  });

  it('maps a constant column to exactly 0 without dividing by zero', () => {
    // 0.1 three times: summing and dividing would round the mean off 0.1.
    const x = new Float64Array([0.1, 1, 0.1, 2, 0.1, 3]);
    const s = fitStandardizer(x, 3, 2);
    expect(s.std[0]).toBe(1);
    const z = applyStandardizer(x, 3, 2, s);
    expect([z[0], z[2], z[4]]).toEqual([0, 0, 0]);
  });

  it('applies fitted statistics to new rows, into a given buffer', () => {
    const s = fitStandardizer(new Float64Array([0, 10, 2, 30]), 2, 2);
    const out = new Float64Array(2);
    expect(applyStandardizer(new Float64Array([3, 40]), 1, 2, s, out)).toBe(out);
    expect(out).toEqual(new Float64Array([2, 2]));
  });

  it('refuses empty, mismatched or non-finite data, naming the cell', () => {
    expect(() => fitStandardizer(new Float64Array(0), 0, 1)).toThrow(/^n: /);
    expect(() => fitStandardizer(new Float64Array(5), 2, 3)).toThrow(/^x: /);
    expect(() => fitStandardizer(new Float64Array([1, 2, 3, NaN]), 2, 2)).toThrow(/x\[1\]\[1\]: value NaN/);
    const s = fitStandardizer(new Float64Array([1, 2]), 1, 2);
    expect(() => applyStandardizer(new Float64Array(3), 1, 3, s)).toThrow(/fitted on 2 columns/);
  });
});

describe('min-max scaling', () => {
  it('maps each column onto [0, 1], a constant column to 0', () => {
    const x = new Float64Array([-2, 5, 7, 0, 5, 7, 2, 5, 9]);
    const s = fitMinMax(x, 3, 3);
    expect(Array.from(s.min)).toEqual([-2, 5, 7]);
    expect(Array.from(s.max)).toEqual([2, 5, 9]);
    expect(applyMinMax(x, 3, 3, s)).toEqual(new Float64Array([0, 0, 0, 0.5, 0, 0, 1, 0, 1]));
  });

  it('keeps random data within [0, 1] with both ends reached', () => {
    const [n, d] = [200, 3];
    const x = table(n, d, 2);
    const y = applyMinMax(x, n, d, fitMinMax(x, n, d));
    for (const v of y) expect(v >= 0 && v <= 1).toBe(true);
    expect(Math.min(...y)).toBe(0);
    expect(Math.max(...y)).toBe(1);
  });

  it('does not clip rows outside the fitted range', () => {
    const s = fitMinMax(new Float64Array([0, 10]), 2, 1);
    expect(applyMinMax(new Float64Array([-5, 20]), 2, 1, s)).toEqual(new Float64Array([-0.5, 2]));
  });
});

describe('oneHot', () => {
  it('puts a 1 at each label', () => {
    expect(oneHot([2, 0, 1], 3)).toEqual(new Float64Array([0, 0, 1, 1, 0, 0, 0, 1, 0]));
    expect(oneHot(new Float64Array([1]), 2)).toEqual(new Float64Array([0, 1]));
    expect(oneHot([], 4)).toEqual(new Float64Array(0));
  });

  it('names the index of a label out of range or not a whole number', () => {
    expect(() => oneHot([0, 1, 3], 3)).toThrow(/^labels\[2\]: label 3 is out of range: expected 0 to 2/);
    expect(() => oneHot([0, -1], 3)).toThrow(/^labels\[1\]: /);
    expect(() => oneHot([1.5, 0], 3)).toThrow(/^labels\[0\]: label 1.5 is not a class index/);
    expect(() => oneHot(new Float64Array([0, NaN]), 3)).toThrow(/^labels\[1\]: /);
    const thrown = (() => {
      try {
        oneHot([0, 9], 3);
      } catch (e) {
        return e;
      }
    })();
    expect(thrown).toBeInstanceOf(EngineError);
    expect((thrown as EngineError).path).toBe('labels[1]');
    expect(() => oneHot([0], 0)).toThrow(/classes/);
  });
});
