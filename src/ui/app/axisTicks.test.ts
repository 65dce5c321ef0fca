import { describe, expect, it } from 'vitest';
import { formatLogTick, logTicks, MIN_TICK_GAP } from './axisTicks.ts';

/** Pixel positions of the ticks on a log axis [min, max] drawn height tall. */
function positions(ticks: number[], min: number, max: number, height: number): number[] {
  return ticks.map((t) => (height * Math.log10(t / min)) / Math.log10(max / min));
}

describe('log axis ticks', () => {
  it('labels 1-2-5 within each decade when there is room', () => {
    expect(logTicks(0.01, 1, 300)).toEqual([0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1]);
  });

  it('falls back to decades, then to every other decade, as the axis shrinks', () => {
    expect(logTicks(0.01, 1, 60)).toEqual([0.01, 0.1, 1]);
    expect(logTicks(1e-6, 1, 60)).toEqual([1e-6, 1e-4, 0.01, 1]);
  });

  it('never puts two labels closer than the gap, at any size', () => {
    for (const [min, max] of [
      [0.01, 1],
      [1e-4, 10],
      [1e-8, 100],
      [0.1, 1],
    ]) {
      for (let height = 20; height <= 800; height += 7) {
        const ticks = logTicks(min, max, height);
        const at = positions(ticks, min, max, height);
        for (let i = 1; i < at.length; i++) expect(at[i] - at[i - 1]).toBeGreaterThanOrEqual(MIN_TICK_GAP - 1e-6);
        if (height >= 2 * MIN_TICK_GAP && max / min <= 100) expect(ticks.length).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('writes tiny losses in e-notation with a true minus', () => {
    expect(formatLogTick(0.01)).toBe('0.01');
    expect(formatLogTick(1e-5)).toBe('1e\u22125');
  });
});
