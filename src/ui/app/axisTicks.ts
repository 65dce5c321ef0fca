// Tick values that fit the pixels they get. A log axis labels decades, adds 2 and 5 within each
// decade only when they get room, and skips decades when even those would touch; a linear axis asks
// d3 for as many ticks as its height holds.

import { format, type ScaleContinuousNumeric } from 'd3';

/** Least vertical distance between two tick labels' centres: an 11 px label plus air. */
export const MIN_TICK_GAP = 18;

/** The values to label on a log axis over [min, max] drawn `height` pixels tall. */
export function logTicks(min: number, max: number, height: number, minGap = MIN_TICK_GAP): number[] {
  if (!(min > 0) || !(max > min) || !(height > 0)) return [];
  const lo = Math.log10(min);
  const hi = Math.log10(max);
  const perDecade = height / (hi - lo);
  // Between 1 and 2 lies the smallest step of the 1-2-5 sequence, log10(2) of a decade.
  const multiples = perDecade * Math.log10(2) >= minGap ? [1, 2, 5] : [1];
  const stride = Math.max(1, Math.ceil(minGap / perDecade));
  const ticks: number[] = [];
  // A hair of slack so that 0.01 counts as inside [0.01, 1] despite floating point.
  const inside = (v: number) => Math.log10(v) >= lo - 1e-9 && Math.log10(v) <= hi + 1e-9;
  for (let e = Math.floor(lo); e <= Math.ceil(hi); e++) {
    if (e % stride !== 0) continue;
    for (const m of multiples) {
      const v = Number((m * 10 ** e).toPrecision(12));
      if (inside(v)) ticks.push(v);
    }
  }
  return ticks;
}

/** About one labelled value per 40 pixels, at least two. */
export function linearTicks(scale: ScaleContinuousNumeric<number, number>, height: number, most: number): number[] {
  return scale.ticks(Math.max(2, Math.min(most, Math.floor(height / 40))));
}

const PLAIN = format('~g');
const EXPONENT = format('~e');

/** 0.01, 0.5, 100; very small or large losses as 1e−5. */
export function formatLogTick(value: number): string {
  return value >= 0.001 && value < 10000 ? PLAIN(value) : EXPONENT(value).replace('-', '\u2212');
}
