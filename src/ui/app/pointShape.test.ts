import { describe, expect, it } from 'vitest';
import { pointShape, shapePath, SHAPES } from './pointShape.ts';

/** Area of a closed polygon path made of M/L/H/V commands (absolute), by the shoelace formula. */
function polygonArea(d: string): number {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLHVZ])([^MLHVZ]*)/g)) {
    const n = args.split(/[ ,]/).filter(Boolean).map(Number);
    if (cmd === 'M' || cmd === 'L') [x, y] = n;
    else if (cmd === 'H') x = n[0];
    else if (cmd === 'V') y = n[0];
    else continue;
    points.push([x, y]);
  }
  let a = 0;
  for (let i = 0; i < points.length; i++) {
    const [x1, y1] = points[i];
    const [x2, y2] = points[(i + 1) % points.length];
    a += x1 * y2 - x2 * y1;
  }
  return Math.abs(a) / 2;
}

describe('point shapes', () => {
  it('gives each class its own shape and regression points circles', () => {
    expect(pointShape('multiclass', 0)).toBe('circle');
    expect(pointShape('binary', 1)).toBe('square');
    expect(new Set([0, 1, 2, 3, 4, 5].map((k) => pointShape('multiclass', k))).size).toBe(6);
    expect(pointShape('regression', 0.7)).toBe('circle');
  });

  it('draws every polygon with about the area of the circle, so no class looks bigger', () => {
    const r = 4;
    for (const shape of SHAPES.filter((s) => s !== 'circle')) {
      expect(polygonArea(shapePath(shape, r)) / (Math.PI * r * r), shape).toBeCloseTo(1, 1);
    }
  });
});
