import { describe, expect, it } from 'vitest';
import { scaleLinear } from 'd3';
import { DOMAIN } from '../../engine/datasets/names.ts';
import { PLANE_TICKS, formatPlaneTick, planeScale } from './planeAxes.ts';

describe('the input plane axes', () => {
  const d3x = (side: number, flip: boolean) =>
    scaleLinear()
      .domain([-DOMAIN, DOMAIN])
      .range(flip ? [side, 0] : [0, side]);

  it('put every value where d3 scaleLinear puts it, on both axes', () => {
    for (const side of [0, 97, 280, 511.5]) {
      for (const flip of [false, true]) {
        const ours = planeScale(side, flip);
        const theirs = d3x(side, flip);
        expect(ours.range()).toEqual(theirs.range());
        for (const value of [-DOMAIN, -4.25, -1e-9, 0, 0.3, 2, DOMAIN, 7.5]) expect(ours(value)).toBeCloseTo(theirs(value), 9);
      }
    }
  });

  it('label the ticks d3 would, with its minus sign', () => {
    const theirs = d3x(300, false);
    expect(PLANE_TICKS).toEqual(theirs.ticks(5));
    expect(PLANE_TICKS.map(formatPlaneTick)).toEqual(theirs.ticks(5).map(theirs.tickFormat(5)));
    expect(PLANE_TICKS.map(formatPlaneTick)).toEqual(['−6', '−4', '−2', '0', '2', '4', '6']);
  });
});
