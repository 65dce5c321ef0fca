import { describe, it, expect } from 'vitest';
import { randomNoise } from './noise.ts';

describe('randomNoise', () => {
  it('defaults to 1000 samples of 100 features and 10 classes', () => {
    const data = randomNoise({ seed: 1 });
    expect([data.n, data.d, data.classes]).toEqual([1000, 100, 10]);
    expect(data.x.length).toBe(100_000);
    expect(data.y.length).toBe(1000);
  });

  it('gives uniform inputs in [0, 1) and every label in range, each used', () => {
    const { x, y } = randomNoise({ samples: 2000, features: 5, classes: 4, seed: 2 });
    for (const v of x) expect(v >= 0 && v < 1).toBe(true);
    const mean = x.reduce((a, b) => a + b, 0) / x.length;
    expect(mean).toBeCloseTo(0.5, 1);
    const counts = [0, 0, 0, 0];
    for (const label of y) counts[label]++;
    for (const c of counts) expect(c).toBeGreaterThan(400);
  });

  it('is deterministic from its seed; the inputs do not depend on the number of classes', () => {
    const a = randomNoise({ samples: 50, features: 3, seed: 3 });
    expect(randomNoise({ samples: 50, features: 3, seed: 3 })).toEqual(a);
    expect(randomNoise({ samples: 50, features: 3, seed: 4 }).x).not.toEqual(a.x);
    expect(randomNoise({ samples: 50, features: 3, classes: 2, seed: 3 }).x).toEqual(a.x);
  });

  it('refuses bad sizes, naming the option', () => {
    expect(() => randomNoise({ samples: 0, seed: 1 })).toThrow(/^samples: /);
    expect(() => randomNoise({ features: 1.5, seed: 1 })).toThrow(/^features: /);
    expect(() => randomNoise({ classes: 1, seed: 1 })).toThrow(/^classes: /);
  });
});
