import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { EngineError } from '../types.ts';
import { DATASETS_2D, DATASET_INFO, type Dataset2DName } from './names.ts';
import { DOMAIN } from './names.ts';
import { bumpsTarget, classCounts, generate2D, planeTarget, splitTrainValidation, type Points2D } from './datasets2d.ts';

const CLASSIFICATION = DATASETS_2D.filter((name) => DATASET_INFO[name].task !== 'regression');

function countLabels(points: Points2D): number[] {
  const counts = new Array<number>(points.classes).fill(0);
  for (const label of points.y) counts[label]++;
  return counts;
}

function rowsOf(points: Points2D): string[] {
  return Array.from({ length: points.n }, (_, i) => `${points.x[2 * i]},${points.x[2 * i + 1]},${points.y[i]}`);
}

describe('generate2D', () => {
  it.each(DATASETS_2D)('%s: shapes, task, and every point in the square at any noise', (name) => {
    for (const noise of [0, 25, 50]) {
      const p = generate2D({ name, numSamples: 301, noise, seed: 7, classes: 4 });
      expect(p.n).toBe(301);
      expect(p.x.length).toBe(602);
      expect(p.y.length).toBe(301);
      expect(p.task).toBe(DATASET_INFO[name].task);
      for (const v of p.x) expect(Math.abs(v)).toBeLessThanOrEqual(DOMAIN);
      if (p.task === 'regression') {
        expect(p.classes).toBe(0);
        for (const t of p.y) expect(Math.abs(t)).toBeLessThanOrEqual(1);
      } else {
        expect(p.classes).toBe(p.task === 'binary' ? 2 : 4);
        for (const label of p.y) expect(Number.isInteger(label) && label >= 0 && label < p.classes).toBe(true);
      }
    }
  });

  it.each(CLASSIFICATION)('%s: classes balanced, remainder to the first classes', (name) => {
    for (const classes of [3, 5, 6]) {
      const p = generate2D({ name, numSamples: 203, noise: 30, seed: 1, classes });
      expect(countLabels(p)).toEqual(classCounts(203, p.classes));
    }
  });

  it('classCounts splits evenly with the remainder first', () => {
    expect(classCounts(10, 3)).toEqual([4, 3, 3]);
    expect(classCounts(11, 2)).toEqual([6, 5]);
    expect(classCounts(2, 3)).toEqual([1, 1, 0]);
  });

  it.each(DATASETS_2D)('%s: same seed gives identical arrays, another seed different ones', (name) => {
    // Noise 10: the spirals are evenly spaced along their arms, so without noise they ignore the seed.
    const opts = { name, numSamples: 200, noise: 10, seed: 42, classes: 5 };
    const a = generate2D(opts);
    const b = generate2D(opts);
    const c = generate2D({ ...opts, seed: 43 });
    expect(b.x).toEqual(a.x);
    expect(b.y).toEqual(a.y);
    expect(c.x).not.toEqual(a.x);
  });

  it('circle: without noise, label 1 exactly inside radius 2.5, with a gap to the ring', () => {
    const p = generate2D({ name: 'circle', numSamples: 500, noise: 0, seed: 3 });
    for (let i = 0; i < p.n; i++) {
      const r = Math.hypot(p.x[2 * i], p.x[2 * i + 1]);
      expect(p.y[i]).toBe(r < 2.5 ? 1 : 0);
      if (p.y[i] === 0) expect(r).toBeGreaterThanOrEqual(3.5);
      expect(r).toBeLessThanOrEqual(5);
    }
  });

  it('xor: without noise, label 1 exactly where x1·x2 > 0, and points keep off the axes', () => {
    const p = generate2D({ name: 'xor', numSamples: 500, noise: 0, seed: 4 });
    for (let i = 0; i < p.n; i++) {
      const [x1, x2] = [p.x[2 * i], p.x[2 * i + 1]];
      expect(p.y[i]).toBe(x1 * x2 > 0 ? 1 : 0);
      expect(Math.min(Math.abs(x1), Math.abs(x2))).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('noise blurs the boundary: noisy circle and xor points cross it', () => {
    const wrong = (name: Dataset2DName, rule: (x1: number, x2: number) => number) => {
      const p = generate2D({ name, numSamples: 1000, noise: 50, seed: 5 });
      let count = 0;
      for (let i = 0; i < p.n; i++) if (rule(p.x[2 * i], p.x[2 * i + 1]) !== p.y[i]) count++;
      return count;
    };
    expect(wrong('circle', (a, b) => (Math.hypot(a, b) < 2.5 ? 1 : 0))).toBeGreaterThan(10);
    expect(wrong('xor', (a, b) => (a * b > 0 ? 1 : 0))).toBeGreaterThan(10);
  });

  it('gauss: class 1 around (2, 2), class 0 around (-2, -2)', () => {
    const p = generate2D({ name: 'gauss', numSamples: 2000, noise: 0, seed: 6 });
    const sums = [
      [0, 0],
      [0, 0],
    ];
    for (let i = 0; i < p.n; i++) {
      sums[p.y[i]][0] += p.x[2 * i];
      sums[p.y[i]][1] += p.x[2 * i + 1];
    }
    for (const v of sums[1]) expect(v / 1000).toBeCloseTo(2, 0);
    for (const v of sums[0]) expect(v / 1000).toBeCloseTo(-2, 0);
  });

  it('blobs: each class clusters on its own centre', () => {
    const p = generate2D({ name: 'blobs', numSamples: 600, noise: 0, seed: 8, classes: 6 });
    const centres = Array.from({ length: 6 }, () => [0, 0]);
    for (let i = 0; i < p.n; i++) {
      centres[p.y[i]][0] += p.x[2 * i] / 100;
      centres[p.y[i]][1] += p.x[2 * i + 1] / 100;
    }
    const radii = centres.map(([a, b]) => Math.hypot(a, b));
    for (const r of radii) expect(r).toBeGreaterThan(2.5);
    const angles = new Set(centres.map(([a, b]) => Math.round((Math.atan2(b, a) * 3) / Math.PI)));
    expect(angles.size).toBe(6);
  });

  it('regression targets follow their function without noise', () => {
    for (const [name, target] of [
      ['plane', planeTarget],
      ['bumps', bumpsTarget],
    ] as const) {
      const p = generate2D({ name, numSamples: 300, noise: 0, seed: 9 });
      for (let i = 0; i < p.n; i++) expect(p.y[i]).toBe(target(p.x[2 * i], p.x[2 * i + 1]));
    }
    expect(planeTarget(6, 6)).toBe(1);
    expect(planeTarget(-6, -6)).toBe(-1);
    expect(bumpsTarget(-2.5, -1.5)).toBeCloseTo(1, 2);
    expect(bumpsTarget(2.5, 1.5)).toBeCloseTo(-1, 2);
  });

  it('regression noise is added to the target, at most ±noise/100', () => {
    const p = generate2D({ name: 'plane', numSamples: 500, noise: 20, seed: 10 });
    let moved = 0;
    for (let i = 0; i < p.n; i++) {
      const delta = p.y[i] - planeTarget(p.x[2 * i], p.x[2 * i + 1]);
      expect(Math.abs(delta)).toBeLessThanOrEqual(0.2 + 1e-12);
      if (Math.abs(delta) > 0.05) moved++;
    }
    expect(moved).toBeGreaterThan(100);
  });

  it('refuses bad options with a readable, located error', () => {
    const ok = { name: 'circle' as Dataset2DName, numSamples: 10, noise: 0, seed: 1 };
    expect(() => generate2D({ ...ok, numSamples: 0 })).toThrow(/numSamples/);
    expect(() => generate2D({ ...ok, numSamples: 2.5 })).toThrow(EngineError);
    expect(() => generate2D({ ...ok, noise: 51 })).toThrow(/noise/);
    expect(() => generate2D({ ...ok, noise: NaN })).toThrow(/noise/);
    expect(() => generate2D({ ...ok, seed: 0.5 })).toThrow(/seed/);
    expect(() => generate2D({ ...ok, name: 'moon' as Dataset2DName })).toThrow(/name: unknown dataset "moon"/);
    expect(() => generate2D({ ...ok, name: 'blobs', classes: 7 })).toThrow(/classes/);
    expect(() => generate2D({ ...ok, name: 'spirals', classes: 2 })).toThrow(/classes/);
    // Datasets with a fixed number of classes ignore the option.
    expect(generate2D({ ...ok, classes: 7 }).classes).toBe(2);
  });
});

describe('splitTrainValidation', () => {
  const points = generate2D({ name: 'blobs', numSamples: 250, noise: 20, seed: 11, classes: 4 });

  it('holds out the right number of points and keeps task and classes', () => {
    const { train, validation } = splitTrainValidation(points, 0.2, 1);
    expect(validation.n).toBe(50);
    expect(train.n).toBe(200);
    expect(train.x.length).toBe(400);
    expect(validation.y.length).toBe(50);
    expect([train.task, train.classes, validation.task, validation.classes]).toEqual(['multiclass', 4, 'multiclass', 4]);
  });

  it('is deterministic from its seed and shuffles', () => {
    const a = splitTrainValidation(points, 0.3, 5);
    expect(splitTrainValidation(points, 0.3, 5)).toEqual(a);
    expect(splitTrainValidation(points, 0.3, 6).train.x).not.toEqual(a.train.x);
    // Generated points are grouped by class; a shuffled validation set holds every class.
    expect(new Set(a.validation.y).size).toBe(4);
  });

  it('train and validation together are a permutation of the input, for any size and fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.double({ min: 0, max: 0.9, noNaN: true }), fc.integer(), (n, fraction, seed) => {
        const p = generate2D({ name: 'plane', numSamples: n, noise: 30, seed });
        const { train, validation } = splitTrainValidation(p, fraction, seed);
        expect(validation.n).toBe(Math.min(Math.round(n * fraction), n - 1));
        expect(train.n + validation.n).toBe(n);
        expect([...rowsOf(train), ...rowsOf(validation)].sort()).toEqual(rowsOf(p).sort());
      }),
      { numRuns: 60 },
    );
  });

  it('keeps at least one training point', () => {
    const tiny = generate2D({ name: 'circle', numSamples: 1, noise: 0, seed: 1 });
    const { train, validation } = splitTrainValidation(tiny, 0.9, 1);
    expect([train.n, validation.n]).toEqual([1, 0]);
  });

  it('refuses a fraction outside [0, 0.9]', () => {
    expect(() => splitTrainValidation(points, 0.95, 1)).toThrow(/validationFraction/);
    expect(() => splitTrainValidation(points, -0.1, 1)).toThrow(EngineError);
  });
});
