import { describe, expect, it } from 'vitest';
import { centreOfMass, toMnist } from './digitImage.ts';

/** A width x height canvas with a filled rectangle of ink. */
function canvas(width: number, height: number, rect: { x: number; y: number; w: number; h: number }): Float64Array {
  const ink = new Float64Array(width * height);
  for (let y = rect.y; y < rect.y + rect.h; y++) for (let x = rect.x; x < rect.x + rect.w; x++) ink[y * width + x] = 1;
  return ink;
}

describe('toMnist', () => {
  it('finds nothing on a blank canvas', () => {
    expect(toMnist(new Float64Array(100 * 100), 100, 100)).toBeNull();
  });

  it('fits the drawing into 20 pixels, keeps its proportions and centres its mass', () => {
    // A tall bar drawn in the top-left corner of a 280 x 280 canvas: 30 wide, 200 high.
    const out = toMnist(canvas(280, 280, { x: 10, y: 5, w: 30, h: 200 }), 280, 280)!;
    expect(out.side).toBe(28);
    const { pixels } = out;
    const inked = (r: number, c: number) => pixels[r * 28 + c] > 0.01;
    let rows = 0;
    let cols = 0;
    for (let r = 0; r < 28; r++) if (Array.from({ length: 28 }, (_, c) => inked(r, c)).some(Boolean)) rows++;
    for (let c = 0; c < 28; c++) if (Array.from({ length: 28 }, (_, r) => inked(r, c)).some(Boolean)) cols++;
    expect(rows).toBe(20); // the longer side becomes 20 pixels
    expect(cols).toBeGreaterThanOrEqual(3); // 30 * 20/200 = 3 pixels wide
    expect(cols).toBeLessThanOrEqual(4);
    const centre = centreOfMass(pixels, 28);
    expect(centre.x).toBeCloseTo(14, 1);
    expect(centre.y).toBeCloseTo(14, 1);
  });

  it('keeps the amount of ink: area averaging, values from 0 to 1', () => {
    const out = toMnist(canvas(200, 200, { x: 50, y: 50, w: 100, h: 100 }), 200, 200)!;
    const total = out.pixels.reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(400, 5); // a full 20 x 20 square
    expect(Math.max(...out.pixels)).toBeLessThanOrEqual(1);
    expect(Math.min(...out.pixels)).toBeGreaterThanOrEqual(0);
  });
});
