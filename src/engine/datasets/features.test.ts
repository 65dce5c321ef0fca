import { describe, it, expect } from 'vitest';
import { EngineError } from '../types.ts';
import { FEATURES, type FeatureName } from './names.ts';
import { applyFeatures, featureValue, gridPoints } from './features.ts';

describe('featureValue', () => {
  it('computes the raw features by hand', () => {
    const at = (x1: number, x2: number) => FEATURES.map((f) => featureValue(f, x1, x2));
    // x1, x2, x1², x2², x1·x2, sin x1, sin x2
    expect(at(2, -3)).toEqual([2, -3, 4, 9, -6, Math.sin(2), Math.sin(-3)]);
    const [x1, x2, x1sq, x2sq, x1x2, sinx1, sinx2] = at(Math.PI / 2, 0.5);
    expect([x1, x2, x1sq, x2sq, x1x2]).toEqual([Math.PI / 2, 0.5, (Math.PI * Math.PI) / 4, 0.25, Math.PI / 4]);
    expect(sinx1).toBeCloseTo(1, 15);
    expect(sinx2).toBeCloseTo(0.479425538604203, 15);
  });

  it('refuses an unknown name, even one found on every object', () => {
    expect(() => featureValue('toString' as FeatureName, 1, 1)).toThrow(EngineError);
  });
});

describe('applyFeatures', () => {
  const points = new Float64Array([1, 2, -3, 0.5]);

  it('gives n rows of the chosen features, in the order chosen', () => {
    expect(applyFeatures(points, 2, ['x1x2', 'x1', 'x2sq'])).toEqual(new Float64Array([2, 1, 4, -1.5, -3, 0.25]));
  });

  it('fills and returns a given buffer', () => {
    const out = new Float64Array(2);
    expect(applyFeatures(points, 2, ['sinx2'], out)).toBe(out);
    expect(out).toEqual(new Float64Array([Math.sin(2), Math.sin(0.5)]));
  });

  it('refuses no features, unknown features, and mismatched sizes', () => {
    expect(() => applyFeatures(points, 2, [])).toThrow(/features: choose at least one/);
    expect(() => applyFeatures(points, 2, ['x1', 'x3' as FeatureName])).toThrow(/features\[1\]: unknown feature "x3"/);
    expect(() => applyFeatures(points, 3, ['x1'])).toThrow(/points/);
    expect(() => applyFeatures(points, 2, ['x1', 'x2'], new Float64Array(3))).toThrow(/out/);
  });
});

describe('gridPoints', () => {
  it('runs from the top-left cell centre to the bottom-right one, row by row', () => {
    const g = gridPoints(4);
    expect(g.length).toBe(32);
    // Cells are 3 wide: centres at ±1.5 and ±4.5.
    expect([g[0], g[1]]).toEqual([-4.5, 4.5]);
    expect([g[2], g[3]]).toEqual([-1.5, 4.5]);
    expect([g[8], g[9]]).toEqual([-4.5, 1.5]);
    expect([g[30], g[31]]).toEqual([4.5, -4.5]);
  });

  it('takes other bounds, and a single cell sits in the middle', () => {
    expect(gridPoints(1, 0, 2)).toEqual(new Float64Array([1, 1]));
    const g = gridPoints(100, -1, 1);
    for (const v of g) expect(Math.abs(v)).toBeLessThan(1);
  });

  it('refuses a bad resolution or bounds', () => {
    expect(() => gridPoints(0)).toThrow(/resolution/);
    expect(() => gridPoints(2.5)).toThrow(EngineError);
    expect(() => gridPoints(4, 1, 1)).toThrow(EngineError);
  });
});
