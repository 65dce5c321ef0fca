// A marker shape per class, so classes differ by more than colour: a learner who cannot tell two
// colours apart still tells a square from a triangle. Regression points stay circles.

import type { Task } from '../../engine/datasets/names.ts';

export const SHAPES = ['circle', 'square', 'triangle', 'diamond', 'triangle-down', 'cross'] as const;
export type Shape = (typeof SHAPES)[number];

export function pointShape(task: Task, label: number): Shape {
  return task === 'regression' ? 'circle' : SHAPES[label % SHAPES.length];
}

/**
 * An SVG path for a shape centred on (0, 0) with about the area of a circle of radius r, so no class
 * looks bigger than another. (The circle itself is drawn as an SVG circle.)
 */
export function shapePath(shape: Shape, r: number): string {
  const f = (v: number) => Number(v.toFixed(2));
  switch (shape) {
    case 'circle':
      return `M${f(-r)},0a${f(r)},${f(r)} 0 1,0 ${f(2 * r)},0a${f(r)},${f(r)} 0 1,0 ${f(-2 * r)},0Z`;
    case 'square': {
      const h = f((r * Math.sqrt(Math.PI)) / 2);
      return `M${-h},${-h}H${h}V${h}H${-h}Z`;
    }
    case 'diamond': {
      const h = f(r * Math.sqrt(Math.PI / 2));
      return `M0,${-h}L${h},0L0,${h}L${-h},0Z`;
    }
    case 'triangle':
    case 'triangle-down': {
      // An equilateral triangle of the circle's area, its centroid on the point.
      const side = r * Math.sqrt((4 * Math.PI) / Math.sqrt(3));
      const height = (side * Math.sqrt(3)) / 2;
      const s = shape === 'triangle' ? 1 : -1;
      return `M0,${f((-s * (2 * height)) / 3)}L${f(side / 2)},${f((s * height) / 3)}L${f(-side / 2)},${f((s * height) / 3)}Z`;
    }
    case 'cross': {
      // A plus of arm width w: area 5w² = πr².
      const w = r * Math.sqrt(Math.PI / 5);
      const a = f(w / 2);
      const b = f((3 * w) / 2);
      return `M${-a},${-b}H${a}V${-a}H${b}V${a}H${a}V${b}H${-a}V${a}H${-b}V${-a}H${-a}Z`;
    }
  }
}
